/**
 * The fast path of the SLI CSV reader: rows are read straight from the text by index, so a year
 * of minutes creates no string per line or per number. Lines with quotes, or values it does not
 * recognise, are handed back to the caller's slower, general path.
 */
const DIGIT0 = 48;
const CR = 13;

/** A non-negative integer or decimal written plainly (no sign, exponent or spaces), else NaN. */
function plainNumberAt(text: string, start: number, end: number): number {
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

/** Two digits as 0-99, or -1: an integer either way, which keeps the arithmetic on integers. */
function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at) - DIGIT0;
  const b = text.charCodeAt(at + 1) - DIGIT0;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * Samples as rows are read, in typed arrays that grow: no boxed numbers for the collector. Line
 * numbers, needed only to name a problem, take four bytes, not eight.
 */
export class SampleColumns {
  times: Float64Array;
  lineNumbers: Int32Array;
  first: Float64Array;
  second: Float64Array;
  length = 0;
  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.times = new Float64Array(size);
    this.lineNumbers = new Int32Array(size);
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

  // The passes over all rows live in small methods of their own: inside the large parse
  // function each loop cost a fresh optimising compile on every import.
  inTimeOrder(): boolean {
    const { times, length } = this;
    for (let i = 1; i < length; i += 1) if (times[i]! < times[i - 1]!) return false;
    return true;
  }

  /** Every row sits on its own point of the grid `startMs + k * stepMs`. */
  onGrid(startMs: number, stepMs: number): boolean {
    const { times, length } = this;
    for (let k = 0; k < length; k += 1) if (times[k] !== startMs + k * stepMs) return false;
    return true;
  }

  /** Puts the rows in time order (stable: equal times keep their file order). */
  sortByTime(): void {
    const order = new Int32Array(this.length);
    for (let i = 0; i < this.length; i += 1) order[i] = i;
    order.sort((x, y) => this.times[x]! - this.times[y]! || x - y);
    const permute = <T extends Float64Array | Int32Array>(from: T, next: T) => {
      for (let k = 0; k < order.length; k += 1) next[k] = from[order[k]!]!;
      return next;
    };
    const size = this.times.length;
    this.times = permute(this.times, new Float64Array(size));
    this.lineNumbers = permute(this.lineNumbers, new Int32Array(size));
    this.first = permute(this.first, new Float64Array(size));
    this.second = permute(this.second, new Float64Array(size));
  }

  grow(): void {
    const twice = <T extends Float64Array | Int32Array>(from: T, next: T) => {
      next.set(from);
      return next;
    };
    const size = this.times.length * 2;
    this.times = twice(this.times, new Float64Array(size));
    this.lineNumbers = twice(this.lineNumbers, new Int32Array(size));
    this.first = twice(this.first, new Float64Array(size));
    this.second = twice(this.second, new Float64Array(size));
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
 * Reads every row after the header in one loop, with no string made per line or cell and no call
 * per row beyond the digits' reading. A row it cannot take as it is (a quote, a space, another
 * time format, a missing or odd number, more good than total) goes to `other`, the general path,
 * which reads it or names its problem; `other` returning false stops the scan.
 */
export function scanRows(
  text: string,
  from: number,
  firstLineNumber: number,
  layout: RowLayout,
  /** Reads a whole timestamp at [start, end): called once an hour of rows, or NaN. */
  fullParse: (start: number, end: number) => number,
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
  // The columns as locals: a field load and a call per row cost more than the row's reading.
  let { times, lineNumbers, first: firsts, second: seconds } = out;
  let at = out.length;
  // The hour of the last full parse, as YYYYMMDDHH, and the time it starts.
  let hourKey = -1;
  let hourMs = 0;
  /**
   * "YYYY-MM-DDTHH:MM[:SS[.fff]]Z", else NaN. The hour is read as a number from its digits and
   * only a new hour is parsed whole (which checks the calendar: no 30 February).
   */
  const readUtcIso = (s: number, e: number): number => {
    const size = e - s;
    if (size < 17 || text.charCodeAt(e - 1) !== 90 /* Z */) return Number.NaN;
    if (
      text.charCodeAt(s + 4) !== 45 ||
      text.charCodeAt(s + 7) !== 45 ||
      text.charCodeAt(s + 10) !== 84 /* T */ ||
      text.charCodeAt(s + 13) !== 58
    )
      return Number.NaN;
    const century = twoDigits(text, s);
    const year = twoDigits(text, s + 2);
    const month = twoDigits(text, s + 5);
    const day = twoDigits(text, s + 8);
    const hour = twoDigits(text, s + 11);
    const minute = twoDigits(text, s + 14);
    if (century < 0 || year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || minute > 59)
      return Number.NaN;
    let second = 0;
    let millis = 0;
    if (size > 17) {
      if (size < 20 || text.charCodeAt(s + 16) !== 58) return Number.NaN;
      second = twoDigits(text, s + 17);
      if (second < 0 || second > 59) return Number.NaN;
      if (size > 20) {
        // ".sss" (any number of digits), then the Z.
        if (text.charCodeAt(s + 19) !== 46 || size === 21) return Number.NaN;
        let scale = 100;
        for (let i = s + 20; i < e - 1; i += 1) {
          const d = text.charCodeAt(i) - DIGIT0;
          if (d < 0 || d > 9) return Number.NaN;
          millis += d * scale;
          scale /= 10;
        }
        millis = Math.round(millis);
      }
    }
    const key = ((century * 100 + year) * 100 + month) * 10_000 + day * 100 + hour;
    if (key !== hourKey) {
      const full = fullParse(s, e);
      if (Number.isNaN(full)) return Number.NaN;
      hourKey = key;
      hourMs = full - minute * 60_000 - second * 1000 - millis;
    }
    return hourMs + minute * 60_000 + second * 1000 + millis;
  };

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
        const time = readUtcIso(timeStart, timeEnd);
        const a = plainNumberAt(text, firstStart, firstEnd);
        const b = counts ? plainNumberAt(text, totalStart, totalEnd) : Number.NaN;
        if (!Number.isNaN(time) && !Number.isNaN(a) && (!counts || (!Number.isNaN(b) && a <= b))) {
          if (at === times.length) {
            out.length = at;
            out.grow();
            ({ times, lineNumbers, first: firsts, second: seconds } = out);
          }
          times[at] = time;
          lineNumbers[at] = lineNumber;
          firsts[at] = counts && firstIsBad ? b - a : a;
          seconds[at] = b;
          at += 1;
          taken = true;
        }
      }
      if (!taken) {
        // The general path adds through `out` too: hand over and take back the columns.
        out.length = at;
        const goOn = other(start, end, lineNumber);
        ({ times, lineNumbers, first: firsts, second: seconds, length: at } = out);
        if (!goOn) return;
      }
    }
    lineNumber += 1;
    start = next;
  }
  out.length = at;
}
