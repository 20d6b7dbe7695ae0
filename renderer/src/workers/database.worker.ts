import { WorkbookDatabase } from '../db/database';
import { runDatabaseJob, type DatabaseJob } from './databaseJobs';

export interface DatabaseWorkerRequest {
  databaseName: string;
  job: DatabaseJob;
}

// A dedicated worker's global: typed here because the renderer's lib is the DOM's.
const worker = self as unknown as {
  onmessage: ((event: MessageEvent<DatabaseWorkerRequest>) => void) | null;
  postMessage: (message: unknown) => void;
};

// The worker opens the database itself, so the workbook's records never pass through the window's
// thread: a 200,000-pain-point workbook is read and written out here while the window stays live.
worker.onmessage = async (event) => {
  const db = new WorkbookDatabase(event.data.databaseName);
  try {
    worker.postMessage({ type: 'done', value: await runDatabaseJob(db, event.data.job) });
  } finally {
    db.close();
  }
};
