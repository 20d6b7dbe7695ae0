import { lazy, type ComponentType } from 'react';
import type { Workbook } from '../../../shared/domain/workbook';
import type { AreaId } from '../state/areas';

type AreaPage = ComponentType<{ workbook: Workbook }>;

// Each area is its own chunk: start-up evaluates the shell and the area on screen only, and the
// rest (charts, the report renderer, the retrospective tools) loads when it is first opened.
const loaders: Record<AreaId, () => Promise<AreaPage>> = {
  journeys: () => import('../features/journeys/JourneysPage').then((m) => m.JourneysPage),
  slos: () => import('../features/slos/SlosPage').then((m) => m.SlosPage),
  retros: () => import('../features/retros/RetrosPage').then((m) => m.RetrosPage),
  reports: () => import('../features/reports/ReportsPage').then((m) => m.ReportsPage),
  settings: () => import('../features/settings/SettingsPage').then((m) => m.SettingsPage),
};

const loaded = new Map<AreaId, AreaPage>();
const chosen = new Map<AreaId, AreaPage>();

/**
 * Loads an area's chunk ahead of its first render (start-up does it for the area it opens on,
 * beside opening the database). An area drawn through React.lazy suspends once even when its
 * chunk is already there, and React then holds the reveal for up to 300 ms; one loaded ahead
 * is drawn at once.
 */
export function preloadArea(area: AreaId): Promise<void> {
  return loaders[area]().then((page) => {
    loaded.set(area, page);
  });
}

/**
 * The component that draws an area: the one loaded ahead if there is one, else a lazy one. The
 * choice is made once per area, so a page never changes type (and loses its state) mid-life.
 */
export function areaPage(area: AreaId): AreaPage {
  let page = chosen.get(area);
  if (!page) {
    page = loaded.get(area) ?? lazy(() => loaders[area]().then((p) => ({ default: p })));
    chosen.set(area, page);
  }
  return page;
}
