import type { WorkbookDatabase } from '../db/database';
import type { DatabaseWorkerRequest } from './database.worker';
import {
  runDatabaseJob,
  type DatabaseJob,
  type DatabaseJobResults,
  type JobProgress,
} from './databaseJobs';
import { runInWorker, type WorkerRun } from './runInWorker';

/**
 * Runs a job on a whole workbook or file in a worker that opens the same database, so seconds of
 * checking, reading and writing never freeze the window; where workers are unavailable it runs
 * here.
 */
export function runDatabaseJobOffThread<J extends DatabaseJob>(
  db: WorkbookDatabase,
  job: J,
  onProgress?: JobProgress,
): WorkerRun<DatabaseJobResults[J['type']]> {
  const request: DatabaseWorkerRequest = { databaseName: db.name, job };
  return runInWorker(
    () => new Worker(new URL('./database.worker.ts', import.meta.url), { type: 'module' }),
    request,
    () => runDatabaseJob(db, job, onProgress),
    onProgress,
  );
}
