import {
  checkAccountImport,
  type AccountImportRequest,
} from '../../../../shared/customer/accountImportJob';

// A dedicated worker's global: typed here because the renderer's lib is the DOM's.
const worker = self as unknown as {
  onmessage: ((event: MessageEvent<AccountImportRequest>) => void) | null;
  postMessage: (message: unknown) => void;
};

worker.onmessage = (event) => {
  try {
    worker.postMessage({ type: 'done', value: checkAccountImport(event.data) });
  } catch (error) {
    worker.postMessage({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
