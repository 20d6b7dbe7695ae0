import { chatPreview, type ChatPreviewRequest } from '../../../../shared/retro/chat/chatPreview';

// A dedicated worker's global: typed here because the renderer's lib is the DOM's.
const worker = self as unknown as {
  onmessage: ((event: MessageEvent<ChatPreviewRequest>) => void) | null;
  postMessage: (message: unknown) => void;
};

worker.onmessage = (event) => {
  try {
    worker.postMessage({ type: 'done', value: chatPreview(event.data) });
  } catch (error) {
    worker.postMessage({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
