import './recovery.css';
import type { Workbook } from '../../../shared/domain/workbook';
import { useDatabase } from '../db/DatabaseContext';
import { exportWorkbook } from '../features/workbooks/workbookFiles';
import { platform } from '../platform/platform';
import { errorText, showError, showInfo } from '../ui/noticeStore';

/** The text a person can paste into a message to whoever helps them. */
export function failureReport(what: string, error: Error): string {
  return [
    `SLO Workbook could not show ${what}.`,
    `Error: ${error.message}`,
    `Time: ${new Date().toISOString()}`,
    `App: ${navigator.userAgent}`,
    error.stack ? `\n${error.stack}` : '',
  ].join('\n');
}

export async function copyFailure(what: string, error: Error): Promise<void> {
  const result = await platform.copyText({ text: failureReport(what, error) });
  if (result.status === 'failed') showError(result.message);
  else showInfo('Copied the error text: paste it into a message to whoever helps you.');
}

export async function exportForHelp(
  db: ReturnType<typeof useDatabase>,
  workbook: Workbook,
): Promise<void> {
  try {
    const outcome = await exportWorkbook(db, platform, workbook.id);
    if (outcome?.ok) showInfo(outcome.message);
    else if (outcome) showError(outcome.message);
  } catch (error) {
    showError(errorText(error));
  }
}

interface AreaFailureProps {
  areaLabel: string;
  workbook: Workbook;
  error: Error;
  onRetry: () => void;
}

/** Shown in place of an area that failed: what happened, and ways on that lose nothing. */
export function AreaFailure({ areaLabel, workbook, error, onRetry }: AreaFailureProps) {
  const db = useDatabase();
  const what = `${areaLabel} of “${workbook.name}”`;
  return (
    <section className="area-failure" role="alert" aria-labelledby="area-failure-title">
      <h1 id="area-failure-title">{areaLabel} could not be shown</h1>
      <p>
        {`Something in “${workbook.name}” stopped SLO Workbook from showing ${areaLabel}: `}
        <strong>{error.message || 'an unknown error'}</strong>
      </p>
      <p>
        Nothing was changed and nothing you saved is lost. You can choose another area on the left
        or another workbook at the top, export this workbook to keep a copy, or copy the error text
        to send to whoever helps you.
      </p>
      <div className="welcome-actions">
        <button type="button" className="primary" onClick={onRetry}>
          Try again
        </button>
        <button type="button" onClick={() => void exportForHelp(db, workbook)}>
          Export this workbook
        </button>
        <button type="button" onClick={() => void copyFailure(what, error)}>
          Copy the error text
        </button>
      </div>
    </section>
  );
}
