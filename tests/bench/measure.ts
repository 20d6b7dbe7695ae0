/** Median wall time of `runs` calls, after a warm-up, in milliseconds. */
export function median(fn: () => unknown, runs = 7): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export interface Row {
  name: string;
  ms: number;
  reference: string;
  referenceMs: number;
  goal: number | null;
}

export function printRows(title: string, rows: Row[]): void {
  console.log(`\n${title}`);
  for (const row of rows) {
    const ratio = row.ms / row.referenceMs;
    const goal =
      row.goal === null ? '' : `  goal <= ${row.goal}x: ${ratio <= row.goal ? 'met' : 'NOT MET'}`;
    console.log(
      `  ${row.name}: ${row.ms.toFixed(1)} ms | ${row.reference}: ${row.referenceMs.toFixed(1)} ms | ratio ${ratio.toFixed(2)}x${goal}`,
    );
  }
}
