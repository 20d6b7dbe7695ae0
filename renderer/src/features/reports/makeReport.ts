import type { WorkbookContents } from '../../../../shared/domain/workbookFile';
import { renderActionItemsReport } from '../../../../shared/report/actionItemsReport';
import { renderJourneyReport } from '../../../../shared/report/journeyReport';
import {
  formatTime,
  type ReportKind,
  type ReportOutput,
} from '../../../../shared/report/reportContext';
import { loadWinkTagger } from '../../../../shared/retro/blame/loadWinkTagger';
import { retroReportFindings, type ReportFinding } from '../../../../shared/retro/reportFindings';
import { renderRetroReport } from '../../../../shared/report/retroReport';
import { renderSloReport } from '../../../../shared/report/sloReport';
import { renderWorkbookReport } from '../../../../shared/report/workbookReport';
import type { WorkbookDatabase } from '../../db/database';
import { readReportContents } from '../../db/reportContents';

export interface ReportRequest {
  workbookId: string;
  kind: ReportKind;
  /** The SLO, journey or retrospective reported on; null for the workbook and action items. */
  subjectId: string | null;
  /** IANA zone the report's times are written in. */
  timeZone: string;
}

export type ReportResult =
  | {
      status: 'made';
      report: ReportOutput;
      /** Blame language still open in a retrospective's report, to list before it is shared. */
      findings: ReportFinding[];
    }
  | { status: 'failed'; message: string };

function render(
  contents: WorkbookContents,
  request: ReportRequest,
  generatedAt: string,
): ReportOutput {
  const ctx = { generatedAt, timeZone: request.timeZone };
  const { kind, subjectId } = request;
  if (kind === 'workbook') return renderWorkbookReport(contents, ctx);
  if (kind === 'actions') return renderActionItemsReport(contents, ctx);
  if (!subjectId) throw new Error('Choose what the report is about.');
  if (kind === 'slo') return renderSloReport(contents, subjectId, ctx);
  if (kind === 'journey') return renderJourneyReport(contents, subjectId, ctx);
  return renderRetroReport(contents, subjectId, ctx);
}

/** Reads what the report needs and writes it, stamped with the time its data was read. */
export async function makeReport(
  db: WorkbookDatabase,
  request: ReportRequest,
): Promise<ReportResult> {
  try {
    const contents = await readReportContents(db, request.workbookId, request);
    const generatedAt = new Date().toISOString();
    if (!contents) return { status: 'failed', message: 'This workbook is no longer here.' };
    const report = render(contents, request, generatedAt);
    if (request.kind === 'retro') await loadWinkTagger().catch(() => undefined);
    const findings =
      request.kind === 'retro' && request.subjectId
        ? retroReportFindings(contents, request.subjectId, (iso) =>
            formatTime(Date.parse(iso), request.timeZone).slice(11),
          )
        : [];
    return { status: 'made', report, findings };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { status: 'failed', message: `The report could not be made: ${reason}` };
  }
}
