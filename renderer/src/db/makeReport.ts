import {
  formatTime,
  type ReportKind,
  type ReportOutput,
} from '../../../shared/report/reportContext';
import { renderReport } from '../../../shared/report/reportKinds';
import { loadWinkTagger } from '../../../shared/retro/blame/loadWinkTagger';
import { loadGivenNames } from '../../../shared/retro/names/loadGivenNames';
import { retroReportFindings, type ReportFinding } from '../../../shared/retro/reportFindings';
import { retroReportNames, type ReportNames } from '../../../shared/retro/reportNames';
import type { WorkbookDatabase } from './database';
import { readReportContents } from './reportContents';

export interface ReportRequest {
  workbookId: string;
  kind: ReportKind;
  /** The SLO, journey or retrospective reported on; null for the workbook and action items. */
  subjectId: string | null;
  /** IANA zone the report's times are written in. */
  timeZone: string;
  /**
   * The window's time when the report was asked for (ISO): "overdue", "budget now" and the
   * stamp follow the clock the person sees, not the worker's, which a test cannot set.
   */
  generatedAt: string;
}

export type ReportResult =
  | {
      status: 'made';
      report: ReportOutput;
      /** Blame language still open in a retrospective's report, to list before it is shared. */
      findings: ReportFinding[];
      /** People a retrospective's report names, to replace with a role before it is shared. */
      names: ReportNames;
    }
  | { status: 'failed'; message: string };

/** Reads what the report needs and writes it, stamped with the time it was asked for. */
export async function makeReport(
  db: WorkbookDatabase,
  request: ReportRequest,
): Promise<ReportResult> {
  try {
    const contents = await readReportContents(db, request.workbookId, request);
    const { generatedAt } = request;
    if (!contents) return { status: 'failed', message: 'This workbook is no longer here.' };
    const report = renderReport(contents, request.kind, request.subjectId, {
      generatedAt,
      timeZone: request.timeZone,
    });
    if (request.kind === 'retro')
      await Promise.all([loadWinkTagger(), loadGivenNames()]).catch(() => undefined);
    const timeOf = (iso: string) => formatTime(Date.parse(iso), request.timeZone).slice(11);
    const retroId = request.kind === 'retro' ? request.subjectId : null;
    const findings = retroId ? retroReportFindings(contents, retroId, timeOf) : [];
    const names = retroId
      ? retroReportNames(contents, retroId, timeOf)
      : { findings: [], roles: [] };
    return { status: 'made', report, findings, names };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { status: 'failed', message: `The report could not be made: ${reason}` };
  }
}
