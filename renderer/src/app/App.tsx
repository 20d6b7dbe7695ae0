import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../db/DatabaseContext';
import { listWorkbooks } from '../db/workbookRepository';
import { WelcomeScreen } from '../features/workbooks/WelcomeScreen';
import { WorkbookDialogs } from '../features/workbooks/WorkbookDialogs';
import { ProgressOverlay } from '../ui/ProgressOverlay';
import { Shell } from './Shell';
import { useAreaShortcuts } from './useAreaShortcuts';
import { useSaveShortcut } from './useSaveShortcut';
import { useMenuCommands } from './useMenuCommands';
import { useUiStore } from './uiStore';

export function App() {
  const db = useDatabase();
  const workbooks = useLiveQuery(() => listWorkbooks(db), [db]);
  const currentId = useUiStore((state) => state.currentWorkbookId);
  useAreaShortcuts();
  useSaveShortcut();
  useMenuCommands();

  if (!workbooks) return <p className="loading">Opening your workbooks…</p>;

  // A remembered workbook that was deleted elsewhere falls back to the first one.
  const current = workbooks.find((w) => w.id === currentId) ?? workbooks[0];
  const others = workbooks.filter((w) => w.id !== current?.id);

  return (
    <>
      {current ? <Shell workbooks={workbooks} current={current} /> : <WelcomeScreen />}
      <WorkbookDialogs current={current} others={others} />
      <ProgressOverlay />
    </>
  );
}
