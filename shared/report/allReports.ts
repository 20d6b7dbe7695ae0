import type { WorkbookContents } from '../domain/workbookFile';
import type { ReportContext, ReportOutput } from './reportContext';
import { REPORT_KIND_ORDER, REPORT_KINDS, renderReport } from './reportKinds';

/**
 * Every report a workbook has: one of each kind, or one per record for the kinds about a record
 * (each SLO, journey, retrospective and customer account), from the one table of report kinds,
 * so the CLI and the repository form write every kind the Reports screen offers.
 */
export function renderAllReports(contents: WorkbookContents, ctx: ReportContext): ReportOutput[] {
  const reports = REPORT_KIND_ORDER.flatMap((kind) => {
    const list = REPORT_KINDS[kind].subjects;
    return list
      ? contents[list].map((record) => renderReport(contents, kind, record.id, ctx))
      : [renderReport(contents, kind, null, ctx)];
  });
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
