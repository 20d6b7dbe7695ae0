import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useState } from 'react';
import type { Workbook } from '../../../../shared/domain/workbook';
import type { ReportKind } from '../../../../shared/report/reportContext';
import { REPORT_KIND_ORDER, REPORT_KINDS } from '../../../../shared/report/reportKinds';
import { useDatabase } from '../../db/DatabaseContext';
import { useUiStore } from '../../state/uiStore';
import { readReportSubjects, type ReportSubjects } from '../../db/reportContents';
import { platform } from '../../platform/platform';
import { useAppInfo } from '../../platform/useAppInfo';
import { localZone } from '../../ui/localTime';
import { showError, showInfo } from '../../ui/noticeStore';
import { useWorkbookFileActions } from '../workbooks/useWorkbookFileActions';
import type { ReportResult } from '../../db/makeReport';
import { OpenFindingsDialog } from './OpenFindingsDialog';
import { ReportPreview } from './ReportPreview';
import { runDatabaseJobOffThread } from '../../workers/runDatabaseJobOffThread';
import './reports.css';

function subjectsOf(subjects: ReportSubjects, kind: ReportKind): { id: string; name: string }[] {
  const list = REPORT_KINDS[kind].subjects;
  return list ? subjects[list] : [];
}

/** A report asked for: what, about which record, as of which version of the workbook. */
interface Wanted {
  kind: ReportKind;
  subjectId: string | null;
  index: ReportSubjects;
}

/** Reports to share: choose what, preview it as it will read, then save or print it. */
export function ReportsPage({ workbook }: { workbook: Workbook }) {
  const db = useDatabase();
  const id = useId();
  const { exportCurrent } = useWorkbookFileActions();
  // A new value whenever anything in the workbook changes, which makes the report again.
  const index = useLiveQuery(() => readReportSubjects(db, workbook.id), [db, workbook.id]);
  const shell = useAppInfo()?.shell;
  // Opened from another screen for one record (an account's page): start on that report.
  const [request] = useState(() => useUiStore.getState().reportRequest);
  // Taken once: coming back to Reports later starts from the whole workbook again.
  useEffect(() => useUiStore.getState().requestReport(null), []);
  const [kind, setKind] = useState<ReportKind>(request?.kind ?? 'workbook');
  const [chosen, setChosen] = useState<string | null>(request?.subjectId ?? null);
  const subjects = useMemo(() => (index ? subjectsOf(index, kind) : []), [index, kind]);
  const subjectId = subjects.some((s) => s.id === chosen) ? chosen : (subjects[0]?.id ?? null);
  const needsSubject = REPORT_KINDS[kind].subject !== null;
  const wanted = useMemo<Wanted | null>(
    () => (index && (!needsSubject || subjectId) ? { kind, subjectId, index } : null),
    [index, kind, subjectId, needsSubject],
  );
  const [made, setMade] = useState<{ for: Wanted; result: ReportResult } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    const job = runDatabaseJobOffThread(db, {
      type: 'report',
      request: {
        workbookId: workbook.id,
        kind: wanted.kind,
        subjectId: wanted.subjectId,
        timeZone: localZone(),
        generatedAt: new Date().toISOString(),
      },
    });
    void job.result.then((result) => setMade({ for: wanted, result }));
    return job.cancel;
  }, [db, workbook.id, wanted]);
  // Only the report of what is chosen now counts: a stale one is never shown or saved.
  const result = made && made.for === wanted ? made.result : null;
  const report = result?.status === 'made' ? result.report : null;

  const findings = result?.status === 'made' ? result.findings : [];
  const names = result?.status === 'made' ? result.names : null;
  // Asked once per click: the dialog stays open (its list shrinking) while findings are dismissed.
  const [asking, setAsking] = useState<'save' | 'copy' | null>(null);
  const share = (action: 'save' | 'copy') => {
    if (findings.length > 0 || (names?.findings.length ?? 0) > 0) return setAsking(action);
    void (action === 'save' ? save() : copy());
  };

  async function save() {
    if (!report) return;
    const result = await platform.saveFile({
      suggestedName: report.fileName,
      content: report.markdown,
      kind: 'markdown',
      attachments: report.attachments,
    });
    if (result.status === 'saved') {
      const charts = report.attachments.length;
      const chartsText = `${charts} ${charts === 1 ? 'chart' : 'charts'}`;
      showInfo(
        result.fileName.endsWith('.zip')
          ? `Saved “${report.title}” in ${result.fileName}: a folder with the report and its ${chartsText}, ready to unpack and share.`
          : `Saved “${report.title}” as ${result.fileName}${charts ? `, with ${chartsText} beside it` : ''}.`,
      );
    } else if (result.status === 'failed') showError(result.message);
  }

  async function copy() {
    if (!report) return;
    const result = await platform.copyText({ text: report.markdown });
    if (result.status === 'failed') return showError(result.message);
    const charts = report.attachments.length;
    showInfo(
      `Copied the Markdown of “${report.title}”: paste it into an issue, a wiki page or a chat.${charts ? ` Its ${charts === 1 ? 'chart is' : `${charts} charts are`} not in the text: Save writes ${charts === 1 ? 'it' : 'them'} beside the report.` : ''}`,
    );
  }

  async function print() {
    if (!report) return;
    const result = await platform.printToPdf({
      suggestedName: report.fileName.replace(/\.md$/, '.pdf'),
    });
    if (result.status === 'saved') showInfo(`Printed “${report.title}” to ${result.fileName}.`);
    else if (result.status === 'failed') showError(result.message);
  }

  if (!index) return <p>Gathering the workbook…</p>;
  const kindLabel = REPORT_KINDS[kind].label;
  return (
    <section aria-label="Reports" className="reports">
      <div className="no-print">
        <h2>Reports</h2>
        <p className="field-hint">
          Markdown that reads well as plain text and renders well on GitHub. Charts are saved as SVG
          files beside the report. Times are in {localZone()}.
        </p>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-kind`}>Report</label>
            <select
              id={`${id}-kind`}
              value={kind}
              onChange={(e) => setKind(e.target.value as ReportKind)}
            >
              {REPORT_KIND_ORDER.map((k) => (
                <option key={k} value={k}>
                  {REPORT_KINDS[k].label}
                </option>
              ))}
            </select>
          </div>
          {needsSubject && subjects.length > 0 && (
            <div className="field">
              <label htmlFor={`${id}-subject`}>{kindLabel} of</label>
              <select
                id={`${id}-subject`}
                value={subjectId ?? ''}
                onChange={(e) => setChosen(e.target.value)}
              >
                {subjects.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
        <div className="toolbar-row">
          <button
            type="button"
            className="primary"
            disabled={!report}
            onClick={() => share('save')}
          >
            Save report…
          </button>
          <button type="button" disabled={!report} onClick={() => share('copy')}>
            Copy Markdown
          </button>
          <button type="button" disabled={!report} onClick={() => void print()}>
            {shell === 'electron' ? 'Print to PDF…' : 'Print…'}
          </button>
          <button type="button" onClick={() => void exportCurrent()}>
            Export this workbook as a file
          </button>
        </div>
      </div>
      {needsSubject && subjects.length === 0 ? (
        <p className="empty-state">
          This workbook has {REPORT_KINDS[kind].noneYet}, so there is no {kindLabel.toLowerCase()}{' '}
          to make. The whole-workbook report shows what there is.
        </p>
      ) : !result ? (
        <div className="report-making" role="status">
          <p>Making the report…</p>
          <progress aria-label="Making the report" />
        </div>
      ) : result.status === 'failed' ? (
        <p className="field-error" role="alert">
          {result.message}
        </p>
      ) : (
        <ReportPreview report={result.report} />
      )}
      {asking && wanted?.subjectId && (
        <OpenFindingsDialog
          retroId={wanted.subjectId}
          findings={report ? findings : null}
          names={report ? names : null}
          action={asking}
          onClose={() => setAsking(null)}
          onProceed={() => {
            const action = asking;
            setAsking(null);
            void (action === 'save' ? save() : copy());
          }}
        />
      )}
    </section>
  );
}
