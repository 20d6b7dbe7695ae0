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
  /** The hour ("YYYY-MM-DDTHH") of the last full parse, compared in one call per row. */
  private hour = '';
  private hourMs = 0;
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
    if (this.hour === '' || !t.startsWith(this.hour, start)) {
      const full = this.fullParse(start, end);
      if (Number.isNaN(full)) return Number.NaN;
      this.hour = t.slice(start, start + 13);
      this.hourMs = full - minute * 60_000 - second * 1000 - millis;
    }
    return this.hourMs + minute * 60_000 + second * 1000 + millis;
  }
}

/** Samples as rows are read, in typed arrays that grow: no boxed numbers for the collector. */
export class SampleColumns {
  times: Float64Array;
  lineNumbers: Float64Array;
  first: Float64Array;
  second: Float64Array;
  length = 0;
  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.times = new Float64Array(size);
    this.lineNumbers = new Float64Array(size);
    this.first = new Float64Array(size);
    this.second = new Float64Array(size);
  }

  push(time: number, first: number, second: number, lineNumber: number): void {
    const at = this.length;
    if (at === this.times.length) this.grow();
    this.times[at] = time;
    this.lineNumbers[at] = lineNumber;
    this.first[at] = first;
    this.second[at] = second;
    this.length = at + 1;
  }

  /** Puts the rows in time order (stable: equal times keep their file order). */
  sortByTime(): void {
    const order = new Int32Array(this.length);
    for (let i = 0; i < this.length; i += 1) order[i] = i;
    order.sort((x, y) => this.times[x]! - this.times[y]! || x - y);
    const permute = (from: Float64Array) => {
      const next = new Float64Array(from.length);
      for (let k = 0; k < order.length; k += 1) next[k] = from[order[k]!]!;
      return next;
    };
    this.times = permute(this.times);
    this.lineNumbers = permute(this.lineNumbers);
    this.first = permute(this.first);
    this.second = permute(this.second);
  }

  private grow(): void {
    const twice = (from: Float64Array) => {
      const next = new Float64Array(from.length * 2);
      next.set(from);
      return next;
    };
    this.times = twice(this.times);
    this.lineNumbers = twice(this.lineNumbers);
    this.first = twice(this.first);
    this.second = twice(this.second);
  }
}

/** Where a row's cells are and what they mean. */
export interface RowLayout {
  delimiter: string;
  timestamp: number;
  /** The good (or bad) count, or the value. */
  first: number;
  /** The total, or -1 for a value column. */
  total: number;
  /** The first column counts bad events: good is total minus it. */
  firstIsBad: boolean;
}

/**
 * Reads every row after the header in one loop, with no string made per line or cell: a year of
 * minutes is read in about the time of three reads of the file. A row it cannot take as it is
 * (a quote, a space, another time format, a missing or odd number, more good than total) goes
 * to `other`, the general path, which reads it or names its problem; `other` returning false
 * stops the scan.
 */
export function scanRows(
  text: string,
  from: number,
  firstLineNumber: number,
  layout: RowLayout,
  scanner: UtcIsoScanner,
  out: SampleColumns,
  other: (start: number, end: number, lineNumber: number) => boolean,
  onProgress?: (fraction: number) => void,
): void {
  const { delimiter, timestamp, first, total, firstIsBad } = layout;
  const counts = total >= 0;
  const last = Math.max(timestamp, first, total);
  const length = text.length;
  // Where the next quote is: found once per quote, not searched again on every line.
  let nextQuote = text.indexOf('"', from);
  let start = from;
  let lineNumber = firstLineNumber;
  let rows = 0;
  while (start < length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = length;
    const next = end + 1;
    if (end > start && text.charCodeAt(end - 1) === CR) end -= 1;
    if (end > start) {
      rows += 1;
      if (onProgress && (rows & 0xffff) === 0) onProgress(end / length);
      if (nextQuote !== -1 && nextQuote < start) nextQuote = text.indexOf('"', start);
      let taken = false;
      if (nextQuote === -1 || nextQuote >= end) {
        let timeStart = end;
        let timeEnd = end;
        let firstStart = end;
        let firstEnd = end;
        let totalStart = end;
        let totalEnd = end;
        let column = 0;
        let cellStart = start;
        for (;;) {
          let cellEnd = text.indexOf(delimiter, cellStart);
          if (cellEnd === -1 || cellEnd > end) cellEnd = end;
          if (column === timestamp) {
            timeStart = cellStart;
            timeEnd = cellEnd;
          }
          if (column === first) {
            firstStart = cellStart;
            firstEnd = cellEnd;
          }
          if (column === total) {
            totalStart = cellStart;
            totalEnd = cellEnd;
          }
          if (column === last || cellEnd === end) break;
          column += 1;
          cellStart = cellEnd + 1;
        }
        const time = scanner.read(timeStart, timeEnd);
        const a = plainNumberAt(text, firstStart, firstEnd);
        const b = counts ? plainNumberAt(text, totalStart, totalEnd) : Number.NaN;
        if (!Number.isNaN(time) && !Number.isNaN(a) && (!counts || (!Number.isNaN(b) && a <= b))) {
          out.push(time, counts && firstIsBad ? b - a : a, b, lineNumber);
          taken = true;
        }
      }
      if (!taken && !other(start, end, lineNumber)) return;
    }
    lineNumber += 1;
    start = next;
  }
}
