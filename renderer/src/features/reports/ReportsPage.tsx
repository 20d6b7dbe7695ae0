import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import type { Workbook } from '../../../../shared/domain/workbook';
import type { WorkbookContents } from '../../../../shared/domain/workbookFile';
import { renderActionItemsReport } from '../../../../shared/report/actionItemsReport';
import { renderJourneyReport } from '../../../../shared/report/journeyReport';
import type { ReportKind, ReportOutput } from '../../../../shared/report/reportContext';
import { renderRetroReport } from '../../../../shared/report/retroReport';
import { renderSloReport } from '../../../../shared/report/sloReport';
import { renderWorkbookReport } from '../../../../shared/report/workbookReport';
import { useDatabase } from '../../db/DatabaseContext';
import { readWorkbookContents } from '../../db/workbookRepository';
import { platform } from '../../platform/platform';
import { useAppInfo } from '../../platform/useAppInfo';
import { localZone } from '../../ui/localTime';
import { errorText, showError, showInfo } from '../../ui/noticeStore';
import { useWorkbookFileActions } from '../workbooks/useWorkbookFileActions';
import { ReportPreview } from './ReportPreview';

const KINDS: { kind: ReportKind; label: string }[] = [
  { kind: 'workbook', label: 'Whole workbook' },
  { kind: 'slo', label: 'SLO document' },
  { kind: 'journey', label: 'Journey map' },
  { kind: 'retro', label: 'Retrospective' },
  { kind: 'actions', label: 'Open action items' },
];

function subjectsOf(contents: WorkbookContents, kind: ReportKind): { id: string; name: string }[] {
  if (kind === 'slo') return contents.slos.map((s) => ({ id: s.id, name: s.name }));
  if (kind === 'journey') return contents.journeys.map((j) => ({ id: j.id, name: j.name }));
  if (kind === 'retro') return contents.retros.map((r) => ({ id: r.id, name: r.title }));
  return [];
}

function render(
  contents: WorkbookContents,
  kind: ReportKind,
  subjectId: string | null,
  generatedAt: string,
): ReportOutput | null {
  const ctx = { generatedAt, timeZone: localZone() };
  if (kind === 'workbook') return renderWorkbookReport(contents, ctx);
  if (kind === 'actions') return renderActionItemsReport(contents, ctx);
  if (!subjectId) return null;
  if (kind === 'slo') return renderSloReport(contents, subjectId, ctx);
  if (kind === 'journey') return renderJourneyReport(contents, subjectId, ctx);
  return renderRetroReport(contents, subjectId, ctx);
}

/** Reports to share: choose what, preview it as it will read, then save or print it. */
export function ReportsPage({ workbook }: { workbook: Workbook }) {
  const db = useDatabase();
  const id = useId();
  const { exportCurrent } = useWorkbookFileActions();
  // The report is stamped with the time its data was read.
  const snapshot = useLiveQuery(
    async () => ({
      contents: await readWorkbookContents(db, workbook.id),
      readAt: new Date().toISOString(),
    }),
    [db, workbook.id],
  );
  const contents = snapshot?.contents;
  const generatedAt = snapshot?.readAt ?? '';
  const shell = useAppInfo()?.shell;
  const [kind, setKind] = useState<ReportKind>('workbook');
  const [chosen, setChosen] = useState<string | null>(null);
  const subjects = useMemo(() => (contents ? subjectsOf(contents, kind) : []), [contents, kind]);
  const subjectId = subjects.some((s) => s.id === chosen) ? chosen : (subjects[0]?.id ?? null);
  const { report, problem } = useMemo(() => {
    if (!contents) return { report: null, problem: null };
    try {
      return { report: render(contents, kind, subjectId, generatedAt), problem: null };
    } catch (error) {
      return { report: null, problem: `The report could not be made: ${errorText(error)}` };
    }
  }, [contents, kind, subjectId, generatedAt]);

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
      showInfo(
        `Saved “${report.title}” as ${result.fileName}${charts ? `, with ${charts} ${charts === 1 ? 'chart' : 'charts'} beside it` : ''}.`,
      );
    } else if (result.status === 'failed') showError(result.message);
  }

  async function print() {
    if (!report) return;
    const result = await platform.printToPdf({
      suggestedName: report.fileName.replace(/\.md$/, '.pdf'),
    });
    if (result.status === 'saved') showInfo(`Printed “${report.title}” to ${result.fileName}.`);
    else if (result.status === 'failed') showError(result.message);
  }

  if (!contents) return <p>Gathering the workbook…</p>;
  const needsSubject = kind === 'slo' || kind === 'journey' || kind === 'retro';
  const kindLabel = KINDS.find((k) => k.kind === kind)!.label;
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
              {KINDS.map((k) => (
                <option key={k.kind} value={k.kind}>
                  {k.label}
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
          <button type="button" className="primary" disabled={!report} onClick={() => void save()}>
            Save report…
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
          This workbook has no{' '}
          {kind === 'slo' ? 'SLOs' : kind === 'journey' ? 'journeys' : 'retrospectives'} yet, so
          there is nothing to report. The whole-workbook report shows what there is.
        </p>
      ) : problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : (
        report && <ReportPreview report={report} />
      )}
    </section>
  );
}
