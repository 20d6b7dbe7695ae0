/**
 * The fast path of the SLI CSV reader: rows are read straight from the text by index, so a year
 * of minutes creates no string per line or per number. Lines with quotes, or values it does not
 * recognise, are handed back to the caller's slower, general path.
 */
const DIGIT0 = 48;
const CR = 13;

/** A non-negative integer or decimal written plainly (no sign, exponent or spaces), else NaN. */
export function plainNumberAt(text: string, start: number, end: number): number {
  if (start >= end) return Number.NaN;
  let value = 0;
  let i = start;
  for (; i < end; i += 1) {
    const d = text.charCodeAt(i) - DIGIT0;
    if (d < 0 || d > 9) break;
    value = value * 10 + d;
  }
  if (i === end) return i - start <= 15 ? value : Number.NaN;
  if (text.charCodeAt(i) !== 46 || i === start) return Number.NaN;
  let scale = 0.1;
  for (i += 1; i < end; i += 1) {
    const d = text.charCodeAt(i) - DIGIT0;
    if (d < 0 || d > 9) return Number.NaN;
    value += d * scale;
    scale /= 10;
  }
  return value;
}

function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at) - DIGIT0;
  const b = text.charCodeAt(at + 1) - DIGIT0;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : Number.NaN;
}

/**
 * Reads "YYYY-MM-DDTHH:MM[:SS]Z" at [start, end). When the first 13 characters (the hour) match
 * the previous row's, only minutes and seconds are read; otherwise `fullParse` reads the whole
 * timestamp once. Returns NaN for any other form, which the general parser then reads.
 */
export class UtcIsoScanner {
  private prefixStart = -1;
  private prefixHourMs = 0;
  constructor(
    private readonly text: string,
    private readonly fullParse: (start: number, end: number) => number,
  ) {}

  read(start: number, end: number): number {
    const t = this.text;
    const length = end - start;
    if (length < 17 || t.charCodeAt(end - 1) !== 90 /* Z */) return Number.NaN;
    if (t.charCodeAt(start + 13) !== 58 || t.charCodeAt(start + 10) !== 84 /* T */)
      return Number.NaN;
    const minute = twoDigits(t, start + 14);
    if (!(minute <= 59)) return Number.NaN;
    let second = 0;
    let millis = 0;
    if (length > 17) {
      if (length < 20 || t.charCodeAt(start + 16) !== 58) return Number.NaN;
      second = twoDigits(t, start + 17);
      if (!(second <= 59)) return Number.NaN;
      if (length > 20) {
        // ".sss" (any number of digits), then the Z.
        if (t.charCodeAt(start + 19) !== 46 || length === 21) return Number.NaN;
        let scale = 100;
        for (let i = start + 20; i < end - 1; i += 1) {
          const d = t.charCodeAt(i) - DIGIT0;
          if (d < 0 || d > 9) return Number.NaN;
          millis += d * scale;
          scale /= 10;
        }
        millis = Math.round(millis);
      }
    }
    let sameHour = this.prefixStart >= 0;
    if (sameHour) {
      for (let k = 0; k < 13; k += 1) {
        if (t.charCodeAt(start + k) !== t.charCodeAt(this.prefixStart + k)) {
          sameHour = false;
          break;
        }
      }
    }
    if (!sameHour) {
      const full = this.fullParse(start, end);
      if (Number.isNaN(full)) return Number.NaN;
      this.prefixStart = start;
      this.prefixHourMs = full - minute * 60_000 - second * 1000 - millis;
    }
    return this.prefixHourMs + minute * 60_000 + second * 1000 + millis;
  }
}

export interface RowCells {
  /** Start and end of each wanted cell, in `wanted` order. */
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * Finds the wanted cells of the delimited line [start, end). Returns false when the line has a
 * quote (the general path handles it).
 */
export function locateCells(
  text: string,
  start: number,
  end: number,
  wanted: number[],
  cells: RowCells,
  delimiter: string = ',',
  /** False when the caller knows the whole text holds no quote (a bounded search costs O(n) per line). */
  mayHaveQuotes = true,
): boolean {
  if (mayHaveQuotes) {
    for (let i = start; i < end; i += 1) if (text.charCodeAt(i) === 34) return false;
  }
  cells.starts.fill(end);
  cells.ends.fill(end);
  let column = 0;
  let cellStart = start;
  let remaining = wanted.length;
  while (remaining > 0) {
    let cellEnd = text.indexOf(delimiter, cellStart);
    if (cellEnd === -1 || cellEnd > end) cellEnd = end;
    for (let k = 0; k < wanted.length; k += 1) {
      if (wanted[k] === column) {
        cells.starts[k] = cellStart;
        cells.ends[k] = cellEnd;
        remaining -= 1;
      }
    }
    if (cellEnd === end) break;
    column += 1;
    cellStart = cellEnd + 1;
  }
  return true;
}

/** Calls `onLine(start, end, lineNumber)` for each line after the first (the header). */
export function forEachRow(
  text: string,
  from: number,
  firstLineNumber: number,
  onLine: (start: number, end: number, lineNumber: number) => boolean,
): void {
  let start = from;
  let lineNumber = firstLineNumber;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const next = end + 1;
    if (end > start && text.charCodeAt(end - 1) === CR) end -= 1;
    if (end > start && !onLine(start, end, lineNumber)) return;
    lineNumber += 1;
    start = next;
  }
}
