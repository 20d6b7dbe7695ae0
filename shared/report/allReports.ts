import type { WorkbookContents } from '../domain/workbookFile';
import { renderActionItemsReport } from './actionItemsReport';
import { renderJourneyReport } from './journeyReport';
import type { ReportContext, ReportOutput } from './reportContext';
import { renderRetroReport } from './retroReport';
import { renderSloReport } from './sloReport';
import { renderWorkbookReport } from './workbookReport';

/** Every report a workbook has: the whole workbook, each SLO, journey and retrospective, and action items. */
export function renderAllReports(contents: WorkbookContents, ctx: ReportContext): ReportOutput[] {
  const reports = [
    renderWorkbookReport(contents, ctx),
    ...contents.slos.map((s) => renderSloReport(contents, s.id, ctx)),
    ...contents.journeys.map((j) => renderJourneyReport(contents, j.id, ctx)),
    ...contents.retros.map((r) => renderRetroReport(contents, r.id, ctx)),
    renderActionItemsReport(contents, ctx),
  ];
  // Two records with the same name would write the same file: number the later ones.
  const seen = new Map<string, number>();
  return reports.map((report) => {
    const count = (seen.get(report.fileName) ?? 0) + 1;
    seen.set(report.fileName, count);
    return count === 1
      ? report
      : { ...report, fileName: report.fileName.replace(/\.md$/, `-${count}.md`) };
  });
}
