import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/DatabaseContext';
import { useSloUi } from '../../features/slos/sloStore';
import { areas } from '../areas';
import { showRoute } from '../useHashRoute';
import { useUiStore } from '../uiStore';
import type { PaletteEntry } from './paletteSearch';

/** Every record of the workbook the palette can open, read while the palette is open. */
function usePaletteRecords(workbookId: string) {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [journeys, steps, slos, retros, actions] = await Promise.all([
      db.journeys.where('workbookId').equals(workbookId).toArray(),
      db.journeySteps.where('workbookId').equals(workbookId).toArray(),
      db.slos.where('workbookId').equals(workbookId).toArray(),
      db.retros.where('workbookId').equals(workbookId).toArray(),
      db.actionItems.where('workbookId').equals(workbookId).toArray(),
    ]);
    return { journeys, steps, slos, retros, actions };
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
  const go = (route: Parameters<typeof showRoute>[0]) => () => showRoute(route);
  const entries: PaletteEntry[] = [
    ...areas.map((area) => ({
      id: `area:${area.id}`,
      label: `Go to ${area.label}`,
      kind: 'Command',
      shortcut: `Alt+${area.key}`,
      run: go({ workbookId, area: area.id }),
    })),
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
  for (const j of records.journeys)
    entries.push({
      id: `journey:${j.id}`,
      label: j.name,
      kind: 'Journey',
      run: go({
        workbookId,
        area: 'journeys',
        journeyTab: 'journeys',
        journeyId: j.id,
        journeyView: 'steps',
      }),
    });
  for (const s of records.steps)
    entries.push({
      id: `step:${s.id}`,
      label: s.name,
      kind: `Step of ${journeyName.get(s.journeyId) ?? 'a journey'}`,
      run: go({
        workbookId,
        area: 'journeys',
        journeyTab: 'journeys',
        journeyId: s.journeyId,
        journeyView: 'steps',
      }),
    });
  for (const s of records.slos)
    entries.push({
      id: `slo:${s.id}`,
      label: s.name,
      kind: 'SLO',
      run: go({ workbookId, area: 'slos', sloId: s.id }),
    });
  for (const r of records.retros)
    entries.push({
      id: `retro:${r.id}`,
      label: r.title,
      kind: 'Retrospective',
      run: go({
        workbookId,
        area: 'retros',
        retroTab: 'retros',
        retroId: r.id,
        retroSection: 'incident',
      }),
    });
  for (const a of records.actions)
    entries.push({
      id: `action:${a.id}`,
      label: a.description,
      kind: `Action item of ${retroTitle.get(a.retroId) ?? 'a retrospective'}`,
      run: go({
        workbookId,
        area: 'retros',
        retroTab: 'retros',
        retroId: a.retroId,
        retroSection: 'actions',
      }),
    });
  return entries;
}
