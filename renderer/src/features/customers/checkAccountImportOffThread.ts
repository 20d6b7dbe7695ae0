import {
  checkAccountImport,
  type AccountImportCheck,
  type AccountImportRequest,
} from '../../../../shared/customer/accountImportJob';
import { runInWorker, type WorkerRun } from '../../workers/runInWorker';

/** Reads and checks a CRM file in a worker, so a large export never freezes the window. */
export function checkAccountImportOffThread(
  request: AccountImportRequest,
): WorkerRun<AccountImportCheck> {
  return runInWorker(
    () => new Worker(new URL('./accountImport.worker.ts', import.meta.url), { type: 'module' }),
    request,
    async () => checkAccountImport(request),
  );
}
