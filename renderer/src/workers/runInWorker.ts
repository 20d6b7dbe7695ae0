export interface WorkerRun<T> {
  result: Promise<T>;
  /** Stops the work; the result then never settles. */
  cancel: () => void;
}

/**
 * What a worker posts: progress along the way, then one final message: the result, or why the job
 * itself failed (a failure of the job, unlike one of the worker, would fail here too).
 */
export type WorkerMessage<T> =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; value: T }
  | { type: 'failed'; message: string };

/**
 * Runs one job in a fresh worker and ends the worker with it. Where workers are unavailable
 * (tests under Node) or the worker fails to start or throws, the job runs here instead through
 * `here`, which must give the same result: the worker only keeps the window live. A job that
 * fails in the worker rejects with its message and is not tried again here.
 */
export function runInWorker<T>(
  start: () => Worker,
  request: unknown,
  here: () => Promise<T>,
  onProgress?: (fraction: number) => void,
): WorkerRun<T> {
  let cancelled = false;
  const never = new Promise<T>(() => {});
  const inPlace = () => here().then((value) => (cancelled ? never : value));
  if (typeof Worker === 'undefined')
    return { result: inPlace(), cancel: () => void (cancelled = true) };
  let worker: Worker | null = null;
  const result = new Promise<T>((resolve, reject) => {
    try {
      worker = start();
    } catch {
      resolve(inPlace());
      return;
    }
    worker.onmessage = (event: MessageEvent<WorkerMessage<T>>) => {
      if (event.data.type === 'progress') {
        onProgress?.(event.data.fraction);
        return;
      }
      worker?.terminate();
      if (event.data.type === 'failed') reject(new Error(event.data.message));
      else resolve(event.data.value);
    };
    worker.onerror = () => {
      worker?.terminate();
      resolve(inPlace());
    };
    worker.postMessage(request);
  });
  return {
    result,
    cancel: () => {
      cancelled = true;
      worker?.terminate();
    },
  };
}
