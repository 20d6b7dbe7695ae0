import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDatabase } from '../db/DatabaseContext';
import { listWorkbooks } from '../db/workbookRepository';
import { WelcomeScreen } from '../features/workbooks/WelcomeScreen';
import { GitConnectDialog } from '../features/gitShare/GitConnectDialog';
import { WorkbookDialogs } from '../features/workbooks/WorkbookDialogs';
import { ProgressOverlay } from '../ui/ProgressOverlay';
import { Shell } from './Shell';
import { useAreaShortcuts } from './useAreaShortcuts';
import { useSaveShortcut } from './useSaveShortcut';
import { useMenuCommands } from './useMenuCommands';
import { useUiStore } from '../state/uiStore';
import { RecoverScreen } from './RecoverScreen';
import { ConnectionLost } from './ConnectionLost';
import './recovery.css';
import { clearOpeningMark, previousStart } from './startupGuard';

export function App() {
  const db = useDatabase();
  const workbooks = useLiveQuery(() => listWorkbooks(db), [db]);
  const currentId = useUiStore((state) => state.currentWorkbookId);
  const selectWorkbook = useUiStore((state) => state.selectWorkbook);
  const openDialog = useUiStore((state) => state.openDialog);
  // The workbook the last start did not open fine waits for the person's word.
  const [suspectMark, setSuspectMark] = useState(previousStart);
  const [openingShared, setOpeningShared] = useState(false);
  useAreaShortcuts();
  useSaveShortcut();
  useMenuCommands();

  if (!workbooks) return <p className="loading">Opening your workbooks…</p>;

  // A remembered workbook that was deleted elsewhere falls back to the first one.
  const current = workbooks.find((w) => w.id === currentId) ?? workbooks[0];
  const others = workbooks.filter((w) => w.id !== current?.id);
  const suspect = suspectMark && workbooks.find((w) => w.id === suspectMark.workbookId);
  const choose = (workbookId: string | null) => {
    clearOpeningMark();
    setSuspectMark(null);
    if (workbookId) selectWorkbook(workbookId);
  };

  let screen;
  if (suspectMark && suspect) {
    screen = (
      <RecoverScreen
        mark={suspectMark}
        suspect={suspect}
        others={workbooks.filter((w) => w.id !== suspect.id)}
        onOpen={choose}
        onCreate={() => {
          choose(null);
          openDialog('create');
        }}
      />
    );
  } else if (current) screen = <Shell workbooks={workbooks} current={current} />;
  else
    screen = (
      <>
        <WelcomeScreen onOpenShared={() => setOpeningShared(true)} />
        {openingShared && <GitConnectDialog mode="open" onClose={() => setOpeningShared(false)} />}
      </>
    );

  return (
    <>
      {screen}
      <WorkbookDialogs current={current} others={others} />
      <ProgressOverlay />
      <ConnectionLost />
    </>
  );
}
