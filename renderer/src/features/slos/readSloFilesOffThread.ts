import { importSloFiles, type SloFile } from '../../../../shared/slo/importSloFiles';
import type { OpenSloImport } from '../../../../shared/slo/openslo/importOpenSlo';
import { runInWorker, type WorkerRun } from '../../workers/runInWorker';
import type { SloFilesReadRequest } from './sloFilesImport.worker';

/**
 * Reads SLO files (OpenSLO, Sloth) in a worker: YAML parsing of a large or aliased file took
 * seconds on the window's thread. Where workers are unavailable it reads here, with the same result.
 */
export function readSloFilesOffThread(files: SloFile[]): WorkerRun<OpenSloImport> {
  const request: SloFilesReadRequest = { files };
  return runInWorker(
    () => new Worker(new URL('./sloFilesImport.worker.ts', import.meta.url), { type: 'module' }),
    request,
    async () => importSloFiles(files),
  );
}
