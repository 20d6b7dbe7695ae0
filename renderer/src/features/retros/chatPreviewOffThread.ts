import {
  chatPreview,
  type ChatPreview,
  type ChatPreviewRequest,
} from '../../../../shared/retro/chat/chatPreview';
import { runInWorker, type WorkerRun } from '../../workers/runInWorker';

/**
 * Reads a pasted log in a worker: a 2 MB paste froze the window 14 s when it was read here on
 * every key. Where workers are unavailable it reads here instead, with the same result.
 */
export function chatPreviewOffThread(request: ChatPreviewRequest): WorkerRun<ChatPreview> {
  return runInWorker(
    () => new Worker(new URL('./chatPreview.worker.ts', import.meta.url), { type: 'module' }),
    request,
    async () => chatPreview(request),
  );
}
