import { buildWorkbookFile, serializeWorkbookFile } from '../../../shared/domain/workbookFile';
import type { WorkbookDatabase } from '../db/database';
import { readWorkbookContents } from '../db/workbookRepository';
import { makeReport, type ReportRequest, type ReportResult } from '../features/reports/makeReport';

/** Work that reads a whole workbook: done in a worker so the window stays live meanwhile. */
export type DatabaseJob =
  | { type: 'report'; request: ReportRequest }
  | { type: 'export'; workbookId: string; appVersion: string; exportedAt: string };

/** A workbook file's text, or null when the workbook is no longer there. */
export type ExportResult = { name: string; text: string } | null;

export interface DatabaseJobResults {
  report: ReportResult;
  export: ExportResult;
}

async function exportText(
  db: WorkbookDatabase,
  job: Extract<DatabaseJob, { type: 'export' }>,
): Promise<ExportResult> {
  const contents = await readWorkbookContents(db, job.workbookId);
  if (!contents) return null;
  return {
    name: contents.workbook.name,
    text: serializeWorkbookFile(buildWorkbookFile(contents, job.appVersion, job.exportedAt)),
  };
}

/** Does the job against this database; the same code runs in the worker and, failing that, here. */
export function runDatabaseJob<J extends DatabaseJob>(
  db: WorkbookDatabase,
  job: J,
): Promise<DatabaseJobResults[J['type']]>;
export function runDatabaseJob(
  db: WorkbookDatabase,
  job: DatabaseJob,
): Promise<DatabaseJobResults[DatabaseJob['type']]> {
  return job.type === 'report' ? makeReport(db, job.request) : exportText(db, job);
}
