import { useEffect, useMemo, useState } from 'react';
import {
  chatPreview,
  type ChatPreview,
  type ChatPreviewRequest,
} from '../../../../shared/retro/chat/chatPreview';
import { chatPreviewOffThread } from './chatPreviewOffThread';

/** Logs up to this size are read at once here; longer ones in a worker, after typing pauses. */
const READ_HERE = 100_000;
const PAUSE_MS = 250;

/**
 * The dialog's reading of the log: at once for a log of usual size, in a worker for a long one
 * (the window keeps answering while it reads). `current` is false while the reading shown is of
 * an earlier text or earlier choices, so nothing is added from it.
 */
export function useChatPreview(request: ChatPreviewRequest): {
  preview: ChatPreview | null;
  current: boolean;
  /** Why the worker could not read it, in its words. */
  failure: string | null;
} {
  const size = request.files.reduce((n, f) => n + f.text.length, 0);
  const here = size <= READ_HERE;
  const direct = useMemo(() => (here ? chatPreview(request) : null), [here, request]);
  const [late, setLate] = useState<{ for: ChatPreviewRequest; preview: ChatPreview } | null>(null);
  const [failure, setFailure] = useState<{ for: ChatPreviewRequest; message: string } | null>(null);
  useEffect(() => {
    if (here) return;
    let run: ReturnType<typeof chatPreviewOffThread> | null = null;
    const timer = setTimeout(() => {
      run = chatPreviewOffThread(request);
      run.result.then(
        (preview) => setLate({ for: request, preview }),
        (error: unknown) =>
          setFailure({
            for: request,
            message: error instanceof Error ? error.message : String(error),
          }),
      );
    }, PAUSE_MS);
    return () => {
      clearTimeout(timer);
      run?.cancel();
    };
  }, [here, request]);
  if (direct) return { preview: direct, current: true, failure: null };
  return {
    preview: late?.preview ?? null,
    current: late?.for === request,
    failure: failure?.for === request ? failure.message : null,
  };
}
