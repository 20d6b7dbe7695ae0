import { importSloFiles, type SloFile } from '../../../../shared/slo/importSloFiles';

export interface SloFilesReadRequest {
  files: SloFile[];
}

// A dedicated worker's global: typed here because the renderer's lib is the DOM's.
const worker = self as unknown as {
  onmessage: ((event: MessageEvent<SloFilesReadRequest>) => void) | null;
  postMessage: (message: unknown) => void;
};

worker.onmessage = (event) => {
  try {
    worker.postMessage({ type: 'done', value: importSloFiles(event.data.files) });
  } catch (error) {
    // The reader never throws by design; a failure here is the engine's (memory), said in words.
    worker.postMessage({
      type: 'failed',
      message: `The files could not be read: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
};
