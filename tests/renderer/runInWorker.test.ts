import { afterEach, describe, expect, it, vi } from 'vitest';
import { runInWorker } from '../../renderer/src/workers/runInWorker';

/** Stands in for a browser worker: the test plays the worker's side through its handlers. */
class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
}

const startFake = () => new FakeWorker() as unknown as Worker;

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.last = null;
});

describe('running a job in a worker', () => {
  it('sends the request, passes progress on, and ends the worker with the result', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const progress: number[] = [];
    const here = vi.fn(async () => 'made here');
    const run = runInWorker(startFake, { ask: 1 }, here, (f) => progress.push(f));
    const worker = FakeWorker.last!;
    expect(worker.posted).toEqual([{ ask: 1 }]);
    worker.onmessage!({ data: { type: 'progress', fraction: 0.5 } });
    worker.onmessage!({ data: { type: 'done', value: 'made there' } });
    await expect(run.result).resolves.toBe('made there');
    expect(progress).toEqual([0.5]);
    expect(worker.terminated).toBe(true);
    expect(here).not.toHaveBeenCalled();
  });

  it('does the job here when the worker fails, or cannot start, or workers do not exist', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const failing = runInWorker(startFake, {}, async () => 'made here');
    FakeWorker.last!.onerror!();
    await expect(failing.result).resolves.toBe('made here');
    expect(FakeWorker.last!.terminated).toBe(true);

    const refused = runInWorker(
      () => {
        throw new Error('blocked by policy');
      },
      {},
      async () => 'made here',
    );
    await expect(refused.result).resolves.toBe('made here');

    vi.unstubAllGlobals();
    expect(typeof Worker).toBe('undefined');
    await expect(runInWorker(startFake, {}, async () => 'made here').result).resolves.toBe(
      'made here',
    );
  });

  it('rejects with the message of a job that failed in the worker, without doing it again here', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const here = vi.fn(async () => 'made here');
    const run = runInWorker(startFake, {}, here);
    FakeWorker.last!.onmessage!({ data: { type: 'failed', message: 'No room left on disk.' } });
    await expect(run.result).rejects.toThrow('No room left on disk.');
    expect(FakeWorker.last!.terminated).toBe(true);
    expect(here).not.toHaveBeenCalled();
  });

  it('stops the worker when cancelled, and a cancelled result never arrives', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const run = runInWorker(startFake, {}, async () => 'made here');
    run.cancel();
    expect(FakeWorker.last!.terminated).toBe(true);

    vi.unstubAllGlobals();
    const inPlace = runInWorker(startFake, {}, async () => 'made here');
    inPlace.cancel();
    const settled = await Promise.race([
      inPlace.result.then(() => 'settled'),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 20)),
    ]);
    expect(settled).toBe('still waiting');
  });
});
