import type { WorkbookDatabase } from '../../db/database';
import { runInWorker, type WorkerRun } from '../../workers/runInWorker';
import { makeReport, type ReportRequest, type ReportResult } from './makeReport';
import type { ReportJob } from './report.worker';

/**
 * Makes a report in a worker, so the whole-workbook report of a big workbook (seconds of work)
 * never freezes the window; where workers are unavailable it is made here, with the same result.
 */
export function makeReportOffThread(
  db: WorkbookDatabase,
  request: ReportRequest,
): WorkerRun<ReportResult> {
  const job: ReportJob = { databaseName: db.name, request };
  return runInWorker(
    () => new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' }),
    job,
    () => makeReport(db, request),
  );
}
