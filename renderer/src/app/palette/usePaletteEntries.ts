import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/DatabaseContext';
import { useSloUi } from '../../features/slos/sloStore';
import { areas } from '../../state/areas';
import { revealStepCard } from '../../features/journeys/revealStepCard';
import { showRoute } from '../useHashRoute';
import { useUiStore } from '../../state/uiStore';
import type { RetroPart, Route } from '../routes';
import type { PaletteEntry } from './paletteSearch';

/** Every record of the workbook the palette can open, read while the palette is open. */
function usePaletteRecords(workbookId: string) {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [journeys, steps, slos, retros, actions, accounts] = await Promise.all([
      db.journeys.where('workbookId').equals(workbookId).toArray(),
      db.journeySteps.where('workbookId').equals(workbookId).toArray(),
      db.slos.where('workbookId').equals(workbookId).toArray(),
      db.retros.where('workbookId').equals(workbookId).toArray(),
      db.actionItems.where('workbookId').equals(workbookId).toArray(),
      db.accounts.where('workbookId').equals(workbookId).toArray(),
    ]);
    return { journeys, steps, slos, retros, actions, accounts };
  }, [db, workbookId]);
}

export interface PaletteCommands {
  importFile: () => void;
  exportCurrent: () => void;
}

/** Commands first (what the app bar and menus do), then the records by kind. */
export function usePaletteEntries(workbookId: string, commands: PaletteCommands): PaletteEntry[] {
  const records = usePaletteRecords(workbookId);
  const { openDialog } = useUiStore.getState();
  const go = (route: Route) => () => showRoute(route);
  const entries: PaletteEntry[] = [
    ...areas.map((area) => ({
      id: `area:${area.id}`,
      label: `Go to ${area.label}`,
      kind: 'Command',
      shortcut: `Alt+${area.key}`,
      run: go({ workbookId, area: area.id }),
    })),
    {
      id: 'cmd:sidebar',
      label: 'Collapse or expand the sidebar',
      kind: 'Command',
      shortcut: 'Ctrl+B',
      run: () => {
        const collapsed = document.querySelector('.sidebar.collapsed') !== null;
        useUiStore.getState().setSidebar(collapsed ? 'expanded' : 'collapsed');
      },
    },
    {
      id: 'cmd:new-slo',
      label: 'New SLO',
      kind: 'Command',
      run: () => {
        showRoute({ workbookId, area: 'slos' });
        useSloUi.getState().openEditor({ mode: 'new' });
      },
    },
    {
      id: 'cmd:new-workbook',
      label: 'New workbook…',
      kind: 'Command',
      run: () => openDialog('create'),
    },
    {
      id: 'cmd:rename',
      label: 'Rename workbook…',
      kind: 'Command',
      run: () => openDialog('rename'),
    },
    { id: 'cmd:import', label: 'Import workbook…', kind: 'Command', run: commands.importFile },
    { id: 'cmd:export', label: 'Export workbook', kind: 'Command', run: commands.exportCurrent },
    {
      id: 'cmd:delete',
      label: 'Delete workbook…',
      kind: 'Command',
      run: () => openDialog('delete'),
    },
  ];
  if (!records) return entries;
  const journeyName = new Map(records.journeys.map((j) => [j.id, j.name]));
  const retroTitle = new Map(records.retros.map((r) => [r.id, r.title]));
  const open = (id: string, label: string, kind: string, route: Omit<Route, 'workbookId'>) =>
    entries.push({ id, label, kind, run: go({ workbookId, ...route }) });
  const journey = (journeyId: string): Omit<Route, 'workbookId'> => ({
    area: 'journeys',
    journeyTab: 'journeys',
    journeyId,
    journeyView: 'steps',
  });
  const retro = (retroId: string, retroSection: RetroPart): Omit<Route, 'workbookId'> => ({
    area: 'retros',
    retroTab: 'retros',
    retroId,
    retroSection,
  });
  for (const j of records.journeys) open(`journey:${j.id}`, j.name, 'Journey', journey(j.id));
  for (const s of records.steps) {
    const show = go({ workbookId, ...journey(s.journeyId) });
    entries.push({
      id: `step:${s.id}`,
      label: s.name,
      kind: `Step of ${journeyName.get(s.journeyId) ?? 'a journey'}`,
      // The journey opens on the step itself, not at its top.
      run: () => {
        show();
        revealStepCard(s.id);
      },
    });
  }
  for (const s of records.slos) open(`slo:${s.id}`, s.name, 'SLO', { area: 'slos', sloId: s.id });
  for (const r of records.retros)
    open(`retro:${r.id}`, r.title, 'Retrospective', retro(r.id, 'incident'));
  for (const a of records.accounts)
    open(`account:${a.id}`, a.name, 'Customer account', {
      area: 'journeys',
      journeyTab: 'accounts',
      accountId: a.id,
    });
  for (const a of records.actions)
    open(
      `action:${a.id}`,
      a.description,
      `Action item of ${retroTitle.get(a.retroId) ?? 'a retrospective'}`,
      retro(a.retroId, 'actions'),
    );
  return entries;
}
