import { closeOnVersionChange } from '../db/connectionLost';
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
// thread: a 200,000-pain-point workbook is read, written out or imported here while the window
// stays live. Dexie tells the window's live queries about what was written here.
worker.onmessage = async (event) => {
  const db = new WorkbookDatabase(event.data.databaseName);
  // A newer version opening the data elsewhere ends this job rather than reopening under it.
  closeOnVersionChange(db);
  try {
    const value = await runDatabaseJob(db, event.data.job, (fraction) =>
      worker.postMessage({ type: 'progress', fraction }),
    );
    worker.postMessage({ type: 'done', value });
  } catch (error) {
    // An unhandled rejection here would never reach the window, which would wait forever.
    worker.postMessage({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  } finally {
    db.close();
  }
};
