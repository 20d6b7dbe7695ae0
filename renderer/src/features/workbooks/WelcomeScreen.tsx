import { useUiStore } from '../../state/uiStore';
import { NoticeArea } from '../../ui/NoticeArea';
import { useWorkbookFileActions } from './useWorkbookFileActions';

/**
 * First run, or every workbook deleted: say what the app is for and how to begin. Opening a
 * shared workbook is git sharing's dialog, which the app layer shows (a feature never imports
 * another).
 */
export function WelcomeScreen({ onOpenShared }: { onOpenShared: () => void }) {
  const openDialog = useUiStore((state) => state.openDialog);
  const { importFile, openSample } = useWorkbookFileActions();
  return (
    <main className="welcome" aria-labelledby="welcome-title">
      <NoticeArea />
      <h1 id="welcome-title">Welcome to SLO Workbook</h1>
      <p>
        Map the journeys your customers care about and the pain they tell you about, agree what
        “working” means with SLOs and error budgets, and learn from incidents with blameless
        retrospectives. Everything stays on this computer until you export it.
      </p>
      <p>A workbook holds one product’s or one customer’s journeys, SLOs and retrospectives.</p>
      <p>
        New here? The sample workbook shows every part filled in: a fictional shop platform with a
        checkout journey, customer accounts with their revenue and pain points, two SLOs with a
        quarter of data and two incidents with their retrospectives.
      </p>
      <div className="welcome-actions">
        <button type="button" className="primary" onClick={() => openDialog('create')}>
          Create your first workbook
        </button>
        <button type="button" onClick={() => void importFile()}>
          Import a workbook file
        </button>
        <button type="button" onClick={() => void openSample()}>
          Open the sample workbook
        </button>
        <button type="button" onClick={onOpenShared}>
          Open a shared workbook…
        </button>
      </div>
    </main>
  );
}
