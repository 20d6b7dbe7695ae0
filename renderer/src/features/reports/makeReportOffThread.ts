import type { WorkbookDatabase } from '../../db/database';
import { makeReport, type ReportRequest, type ReportResult } from './makeReport';
import type { ReportJob } from './report.worker';

export interface RunningReport {
  result: Promise<ReportResult>;
  /** Stops the work; the result then never settles. */
  cancel: () => void;
}

/**
 * Makes a report in a worker, so the whole-workbook report of a big workbook (seconds of work)
 * never freezes the window; where workers are unavailable, or the worker fails to start, it is
 * made here instead, with the same result.
 */
export function makeReportOffThread(db: WorkbookDatabase, request: ReportRequest): RunningReport {
  let cancelled = false;
  const here = () =>
    makeReport(db, request).then((result) =>
      cancelled ? new Promise<ReportResult>(() => {}) : result,
    );
  if (typeof Worker === 'undefined') {
    return { result: here(), cancel: () => void (cancelled = true) };
  }
  let worker: Worker | null = null;
  const result = new Promise<ReportResult>((resolve) => {
    try {
      worker = new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(here());
      return;
    }
    worker.onmessage = (event: MessageEvent<ReportResult>) => {
      worker?.terminate();
      resolve(event.data);
    };
    worker.onerror = () => {
      worker?.terminate();
      resolve(here());
    };
    const job: ReportJob = { databaseName: db.name, request };
    worker.postMessage(job);
  });
  return {
    result,
    cancel: () => {
      cancelled = true;
      worker?.terminate();
    },
  };
}
