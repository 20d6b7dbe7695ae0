import './recovery.css';
import type { Workbook } from '../../../shared/domain/workbook';
import { useDatabase } from '../db/DatabaseContext';
import { NoticeArea } from '../ui/NoticeArea';
import { exportForHelp } from './AreaFailure';
import type { OpeningMark } from './startupGuard';

interface RecoverScreenProps {
  mark: OpeningMark;
  suspect: Workbook;
  others: Workbook[];
  onOpen: (workbookId: string) => void;
  onCreate: () => void;
}

/**
 * At start-up, instead of reopening a workbook that took the app down last time: say so, and let
 * the person choose, so one bad workbook can never lock them out of the others.
 */
export function RecoverScreen({ mark, suspect, others, onOpen, onCreate }: RecoverScreenProps) {
  const db = useDatabase();
  const unfinished = mark.failed === 'unfinished';
  return (
    <main className="recover" aria-labelledby="recover-title">
      <NoticeArea />
      <h1 id="recover-title">
        {unfinished
          ? `SLO Workbook closed while opening “${suspect.name}”`
          : `“${suspect.name}” could not be shown last time`}
      </h1>
      <p>
        {unfinished ? (
          'The app stopped before the workbook was on screen, perhaps because something in it was too much to show.'
        ) : (
          <>
            SLO Workbook hit a problem showing it: <strong>{mark.failed}</strong>
          </>
        )}
      </p>
      <p>
        So that it cannot stop the app again, it was not reopened by itself. Nothing in it was
        changed.
      </p>
      <div className="welcome-actions">
        <button type="button" className="primary" onClick={() => onOpen(suspect.id)}>
          Open “{suspect.name}” anyway
        </button>
        <button type="button" onClick={() => void exportForHelp(db, suspect)}>
          Export “{suspect.name}” to a file
        </button>
        <button type="button" onClick={onCreate}>
          Create a new workbook
        </button>
      </div>
      {others.length > 0 && (
        <>
          <h2>Or open another workbook</h2>
          <ul className="recover-others">
            {others.map((w) => (
              <li key={w.id}>
                <button type="button" onClick={() => onOpen(w.id)}>
                  {w.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
