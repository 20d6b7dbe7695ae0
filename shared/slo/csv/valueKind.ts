/** What a column of values looks like: a ratio from 0 to 1, a percentage, or event counts. */
export type ValueKind = 'ratio' | 'percent' | 'counts' | 'unknown';

export interface ValueReading {
  kind: ValueKind;
  min: number;
  max: number;
  /** Cells read as numbers. */
  count: number;
}

const readCell = (cell: string) => Number(cell.trim().replace(/%$/, '').replace(',', '.'));

/**
 * Reads a value column's sample: all within 0 to 1 is a ratio (0.998); within 0 to 100 with
 * some above 1, or written with %, a percentage (99.8); whole numbers past 100 are counts,
 * which belong in the good and total columns instead.
 */
export function readValueKind(rows: string[][], column: number): ValueReading {
  let min = Infinity;
  let max = -Infinity;
  let count = 0;
  let whole = true;
  let percentSign = false;
  for (const row of rows) {
    const cell = row[column] ?? '';
    if (cell.trim() === '') continue;
    const value = readCell(cell);
    if (!Number.isFinite(value)) continue;
    if (cell.trim().endsWith('%')) percentSign = true;
    count += 1;
    min = Math.min(min, value);
    max = Math.max(max, value);
    if (!Number.isInteger(value)) whole = false;
  }
  if (count === 0) return { kind: 'unknown', min: 0, max: 0, count };
  const kind: ValueKind =
    min >= 0 && max <= 1 && !percentSign
      ? 'ratio'
      : min >= 0 && max <= 100
        ? 'percent'
        : whole && max > 100
          ? 'counts'
          : 'unknown';
  return { kind, min, max, count };
}
