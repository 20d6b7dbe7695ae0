/** Collects garbage first where Node allows it (the bench runs with --expose-gc). */
function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function timeOnce(fn: () => unknown): number {
  settle();
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export interface Comparison {
  /** Best of the runs: noise (page faults on fresh memory, the other core) only ever adds time. */
  ms: number;
  referenceMs: number;
  medianMs: number;
  referenceMedianMs: number;
}

/**
 * A measured function and its reference, timed alternately so both see the same machine
 * conditions. Goals are judged on the best run of each; medians are printed beside them.
 */
export function compare(fn: () => unknown, reference: () => unknown, runs = 11): Comparison {
  fn();
  reference();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    a.push(timeOnce(fn));
    b.push(timeOnce(reference));
  }
  a.sort((x, y) => x - y);
  b.sort((x, y) => x - y);
  const mid = Math.floor(runs / 2);
  return { ms: a[0]!, referenceMs: b[0]!, medianMs: a[mid]!, referenceMedianMs: b[mid]! };
}

export interface Row extends Comparison {
  name: string;
  reference: string;
  goal: number | null;
}

export function printRows(title: string, rows: Row[]): void {
  console.log(`\n${title} (best of several alternating runs)`);
  for (const row of rows) {
    const ratio = row.ms / row.referenceMs;
    const goal =
      row.goal === null ? '' : `  goal <= ${row.goal}x: ${ratio <= row.goal ? 'met' : 'NOT MET'}`;
    console.log(
      `  ${row.name}: ${row.ms.toFixed(1)} ms | ${row.reference}: ${row.referenceMs.toFixed(1)} ms | ratio ${ratio.toFixed(2)}x${goal}` +
        `  (medians ${row.medianMs.toFixed(1)} / ${row.referenceMedianMs.toFixed(1)} ms)`,
    );
  }
}
