import type { SliData } from '../sliSeries';
import { detectDelimiter, forEachLine, splitLine, type Delimiter } from './csvLines';
import { timestampParser } from './parseTimestamp';

/** Which columns hold what, chosen by the person in the preview. Indexes into the header. */
export type SliColumns =
  | { mode: 'good-total'; timestamp: number; good: number; total: number }
  | { mode: 'bad-total'; timestamp: number; bad: number; total: number }
  | { mode: 'value'; timestamp: number; value: number };

export interface CsvProblem {
  /** 1-based line in the file, or null for the file as a whole. */
  line: number | null;
  column: string | null;
  message: string;
}

export type CsvResult<T> = { ok: true; value: T } | { ok: false; problems: CsvProblem[] };

export interface CsvPreview {
  delimiter: Delimiter;
  header: string[];
  rows: string[][];
  guess: SliColumns | null;
}

/** Longest series accepted: 760 days of minutes; a stray year-1970 row must not eat the memory. */
export const MAX_POINTS = 760 * 1440;
const MAX_PROBLEMS = 20;

function findColumn(header: string[], pattern: RegExp, except: number[] = []): number {
  return header.findIndex((name, i) => !except.includes(i) && pattern.test(name.toLowerCase()));
}

/** Guesses the columns from their names; the person confirms or changes them. */
export function guessColumns(header: string[]): SliColumns | null {
  const timestamp = findColumn(header, /time|date|^ts$|^t$|epoch/);
  if (timestamp < 0) return null;
  const total = findColumn(header, /total|valid|requests|count|all/, [timestamp]);
  const good = findColumn(header, /good|success|ok|2xx/, [timestamp, total]);
  const bad = findColumn(header, /bad|error|fail|5xx/, [timestamp, total]);
  if (total >= 0 && good >= 0) return { mode: 'good-total', timestamp, good, total };
  if (total >= 0 && bad >= 0) return { mode: 'bad-total', timestamp, bad, total };
  const value = findColumn(header, /value|ratio|latency|p9\d|avg|mean/, [timestamp]);
  if (value >= 0) return { mode: 'value', timestamp, value };
  return null;
}

export function previewCsv(text: string, maxRows = 8): CsvResult<CsvPreview> {
  let header: string[] | null = null;
  let delimiter: Delimiter = ',';
  const rows: string[][] = [];
  forEachLine(text.replace(/^\uFEFF/, ''), (line) => {
    if (!header) {
      delimiter = detectDelimiter(line);
      header = splitLine(line, delimiter);
      return true;
    }
    rows.push(splitLine(line, delimiter));
    return rows.length < maxRows;
  });
  if (!header)
    return { ok: false, problems: [{ line: null, column: null, message: 'The file is empty.' }] };
  const columns: string[] = header;
  if (columns.length < 2) {
    return {
      ok: false,
      problems: [
        {
          line: 1,
          column: null,
          message:
            'The first line should name at least two columns (a time and a value), separated by commas.',
        },
      ],
    };
  }
  if (rows.length === 0) {
    return {
      ok: false,
      problems: [{ line: null, column: null, message: 'The file has a header but no data rows.' }],
    };
  }
  return { ok: true, value: { delimiter, header: columns, rows, guess: guessColumns(columns) } };
}

export interface ImportedSli {
  data: SliData;
  rows: number;
  /** Intervals in the grid with no row, or with an empty cell. */
  gaps: number;
}

export interface ParseOptions {
  /** Zone for timestamps written without one. */
  timeZone?: string;
  onProgress?: (fraction: number) => void;
}

function describeStep(ms: number): string {
  if (ms % 86_400_000 === 0) return `${ms / 86_400_000}-day`;
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}-hour`;
  if (ms % 60_000 === 0) return `${ms / 60_000}-minute`;
  return `${ms / 1000}-second`;
}

/** The interval the export uses: the most common gap between consecutive timestamps. */
function detectStep(sorted: Float64Array): number {
  const counts = new Map<number, number>();
  const limit = Math.min(sorted.length, 20_000);
  for (let i = 1; i < limit; i += 1) {
    const delta = sorted[i]! - sorted[i - 1]!;
    if (delta > 0) counts.set(delta, (counts.get(delta) ?? 0) + 1);
  }
  let best = 60_000;
  let bestCount = 0;
  for (const [delta, count] of counts) {
    if (count > bestCount || (count === bestCount && delta < best)) {
      best = delta;
      bestCount = count;
    }
  }
  return best;
}

const EMPTY = /^(|nan|null|none|n\/a|-)$/i;

/**
 * Reads SLI data from CSV text: validates every row first, then lays the samples on a regular
 * grid with NaN for gaps. On any problem nothing is returned but the problems, each with its line
 * and column, so an import can refuse the file whole.
 */
export function parseSliCsv(
  text: string,
  columns: SliColumns,
  options: ParseOptions = {},
): CsvResult<ImportedSli> {
  const problems: CsvProblem[] = [];
  const parseTime = timestampParser(options.timeZone ?? 'UTC');
  const body = text.replace(/^\uFEFF/, '');
  let header: string[] | null = null;
  let delimiter: Delimiter = ',';
  const times: number[] = [];
  const lines: number[] = [];
  const first: number[] = [];
  const second: number[] = [];
  const progressEvery = 65_536;
  let seen = 0;
  const numericColumns =
    columns.mode === 'good-total'
      ? [columns.good, columns.total]
      : columns.mode === 'bad-total'
        ? [columns.bad, columns.total]
        : [columns.value];

  const problem = (line: number | null, column: string | null, message: string) => {
    problems.push({ line, column, message });
    return problems.length < MAX_PROBLEMS;
  };

  forEachLine(body, (line, lineNumber, offset) => {
    if (!header) {
      delimiter = detectDelimiter(line);
      header = splitLine(line, delimiter);
      const needed = [columns.timestamp, ...numericColumns];
      if (needed.some((i) => i < 0 || i >= header!.length)) {
        problem(
          1,
          null,
          'The chosen columns are not all in this file. Choose them again in the preview.',
        );
        return false;
      }
      return true;
    }
    seen += 1;
    if (options.onProgress && seen % progressEvery === 0) options.onProgress(offset / body.length);
    const cells = splitLine(line, delimiter);
    const name = (i: number) => header![i] ?? `column ${i + 1}`;
    const rawTime = cells[columns.timestamp] ?? '';
    const time = parseTime(rawTime);
    if (Number.isNaN(time)) {
      return problem(
        lineNumber,
        name(columns.timestamp),
        `“${rawTime.slice(0, 40)}” is not a time SLO Workbook can read. Use ISO 8601 (2026-11-24T10:00:00Z) or Unix seconds.`,
      );
    }
    const values: number[] = [];
    for (const index of numericColumns) {
      const raw = cells[index] ?? '';
      if (EMPTY.test(raw)) {
        values.push(Number.NaN);
        continue;
      }
      const value = Number(raw);
      if (!Number.isFinite(value)) {
        return problem(lineNumber, name(index), `“${raw.slice(0, 40)}” is not a number.`);
      }
      if (columns.mode !== 'value' && value < 0) {
        return problem(lineNumber, name(index), `${raw} is negative; event counts cannot be.`);
      }
      values.push(value);
    }
    const [a, b] = values as [number, number | undefined];
    if (
      columns.mode !== 'value' &&
      b !== undefined &&
      !Number.isNaN(a) &&
      !Number.isNaN(b) &&
      a > b
    ) {
      const label = columns.mode === 'good-total' ? 'good' : 'bad';
      return problem(
        lineNumber,
        name(numericColumns[0]!),
        `${label} (${a}) is more than total (${b}).`,
      );
    }
    times.push(time);
    lines.push(lineNumber);
    if (columns.mode === 'value') {
      first.push(a);
      second.push(Number.NaN);
    } else {
      const total = b!;
      const good = columns.mode === 'good-total' ? a : total - a;
      first.push(Number.isNaN(a) || Number.isNaN(total) ? Number.NaN : good);
      second.push(Number.isNaN(a) ? Number.NaN : total);
    }
    return true;
  });

  if (!header) problems.push({ line: null, column: null, message: 'The file is empty.' });
  if (problems.length > 0) return { ok: false, problems };
  if (times.length === 0) {
    return {
      ok: false,
      problems: [{ line: null, column: null, message: 'The file has a header but no data rows.' }],
    };
  }

  const order = Array.from(times.keys()).sort((x, y) => times[x]! - times[y]!);
  const sorted = Float64Array.from(order, (i) => times[i]!);
  for (let k = 1; k < order.length; k += 1) {
    if (sorted[k] === sorted[k - 1]) {
      const again = lines[order[k]!]!;
      const before = lines[order[k - 1]!]!;
      if (
        !problem(
          Math.max(again, before),
          header![columns.timestamp] ?? null,
          `repeats the time on line ${Math.min(again, before)} (${new Date(sorted[k]!).toISOString()}).`,
        )
      )
        break;
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const stepMs = detectStep(sorted);
  const startMs = sorted[0]!;
  const length = Math.floor((sorted[sorted.length - 1]! - startMs) / stepMs) + 1;
  if (length > MAX_POINTS) {
    return {
      ok: false,
      problems: [
        {
          line: null,
          column: header![columns.timestamp] ?? null,
          message: `The data runs from ${new Date(startMs).toISOString()} to ${new Date(sorted[sorted.length - 1]!).toISOString()} in ${describeStep(stepMs)} steps: more than ${MAX_POINTS.toLocaleString('en-US')} intervals. Export a shorter period, or check for a stray date.`,
        },
      ],
    };
  }

  const a = new Float64Array(length).fill(Number.NaN);
  const b = columns.mode === 'value' ? null : new Float64Array(length).fill(Number.NaN);
  for (const i of order) {
    const slot = Math.floor((times[i]! - startMs) / stepMs);
    const value = first[i]!;
    if (b) {
      // Rows between grid points (an irregular export) add into the interval they fall in.
      const total = second[i]!;
      if (Number.isNaN(value) || Number.isNaN(total)) continue;
      a[slot] = Number.isNaN(a[slot]!) ? value : a[slot]! + value;
      b[slot] = Number.isNaN(b[slot]!) ? total : b[slot]! + total;
    } else if (!Number.isNaN(a[slot]!) && !Number.isNaN(value)) {
      if (
        !problem(
          lines[i]!,
          header![numericColumns[0]!] ?? null,
          `a second value for the ${describeStep(stepMs)} interval starting ${new Date(startMs + slot * stepMs).toISOString()}.`,
        )
      )
        break;
    } else if (!Number.isNaN(value)) {
      a[slot] = value;
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  let gaps = 0;
  const check = b ?? a;
  for (let i = 0; i < length; i += 1) if (Number.isNaN(check[i]!)) gaps += 1;
  options.onProgress?.(1);
  const data: SliData = b
    ? { kind: 'counts', startMs, stepMs, good: a, total: b }
    : { kind: 'values', startMs, stepMs, values: a };
  return { ok: true, value: { data, rows: times.length, gaps } };
}

/** One line per problem, for people: "Line 14, column “good”: “abc” is not a number." */
export function describeCsvProblem(problem: CsvProblem): string {
  const where = [
    problem.line !== null ? `Line ${problem.line}` : null,
    problem.column !== null ? `column “${problem.column}”` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${problem.message}` : problem.message;
}
