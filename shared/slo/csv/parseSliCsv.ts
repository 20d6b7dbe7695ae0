import type { SliData } from '../sliSeries';
import { forEachLine, readCsvHeader, splitLine, type Delimiter } from './csvLines';
import { timestampParser } from './parseTimestamp';
import { SampleColumns, scanRows } from './scanRows';

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

/** Without copying a whole file just to look at its first character. */
const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

import { EARLIEST_MS, LATEST_MS, MAX_SERIES_POINTS, MIN_STEP_MS } from '../../domain/bounds';

/** Longest series accepted (see the bounds every stored number lives within). */
export const MAX_POINTS = MAX_SERIES_POINTS;
const MAX_PROBLEMS = 20;

function findColumn(header: string[], pattern: RegExp, except: number[] = []): number {
  return header.findIndex((name, i) => !except.includes(i) && pattern.test(name.toLowerCase()));
}

/**
 * Guesses the columns from their names; the person confirms or changes them. `timestampAt` is
 * the time column when the cells already told (see sliCsvShape), else it is found by its name.
 */
export function guessColumns(header: string[], timestampAt = -1): SliColumns | null {
  const timestamp = timestampAt >= 0 ? timestampAt : findColumn(header, /time|date|^ts$|^t$|epoch/);
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
  const body = stripBom(text);
  const found = readCsvHeader(body);
  const header: string[] | null = found?.header ?? null;
  const delimiter: Delimiter = found?.delimiter ?? ',';
  const rows: string[][] = [];
  if (found) {
    forEachLine(body.slice(found.rowsFrom), (line) => {
      rows.push(splitLine(line, delimiter));
      return rows.length < maxRows;
    });
  }
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
  /**
   * Intervals that held more than one row (a time written twice, a local hour repeated at a DST
   * change, irregular sampling): their counts summed, their values averaged.
   */
  merged: number;
}

export interface ParseOptions {
  /** Zone for timestamps written without one. */
  timeZone?: string;
  /** Values are multiplied by this: 0.01 reads a percentage (99.8) as a ratio (0.998). */
  valueScale?: number;
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
 * The cells a row needs, by column index, without splitting the whole line: most exports have
 * no quotes, so cells are found with indexOf. Returns null when the line is too short.
 */
function pickCells(line: string, delimiter: Delimiter, wanted: number[], out: string[]): boolean {
  if (line.includes('"')) {
    const cells = splitLine(line, delimiter);
    for (let k = 0; k < wanted.length; k += 1) out[k] = cells[wanted[k]!] ?? '';
    return true;
  }
  let column = 0;
  let start = 0;
  const last = Math.max(...wanted);
  while (column <= last) {
    let end = line.indexOf(delimiter, start);
    if (end === -1) end = line.length;
    for (let k = 0; k < wanted.length; k += 1) {
      if (wanted[k] === column) out[k] = line.slice(start, end).trim();
    }
    if (end === line.length) {
      for (let k = 0; k < wanted.length; k += 1) if (wanted[k]! > column) out[k] = '';
      return true;
    }
    start = end + 1;
    column += 1;
  }
  return true;
}

/** A cell as a number; NaN for an empty cell (a gap); undefined when it is not a number. */
/** A cell's number; where commas do not separate cells, "0,995" is a decimal comma. */
function readNumber(raw: string, decimalComma = false): number | undefined {
  if (raw === '') return Number.NaN;
  const value = Number(raw);
  if (Number.isFinite(value)) return value;
  if (decimalComma && /^[-+]?\d+,\d+$/.test(raw)) return Number(raw.replace(',', '.'));
  return EMPTY.test(raw) ? Number.NaN : undefined;
}

function countNaN(values: Float64Array): number {
  let count = 0;
  for (let i = 0; i < values.length; i += 1) if (Number.isNaN(values[i]!)) count += 1;
  return count;
}

/**
 * Reads SLI data from CSV text: validates every row first, then lays the samples on a regular
 * grid with NaN for gaps; rows sharing an interval are summed (counts) or averaged (values), and
 * counted. On any problem nothing is returned but the problems, each with its line and column, so
 * an import can refuse the file whole.
 */
export function parseSliCsv(
  text: string,
  columns: SliColumns,
  options: ParseOptions = {},
): CsvResult<ImportedSli> {
  const problems: CsvProblem[] = [];
  const parseTime = timestampParser(options.timeZone ?? 'UTC');
  const body = stripBom(text);
  let header: string[] | null = null;
  let delimiter: Delimiter = ',';
  // Rows expected, from the length of the first lines: one allocation instead of grow-and-copy.
  const sample = body.slice(0, 4096);
  const sampleLines = Math.max(1, sample.split('\n').length - 1);
  const estimate = Math.ceil((body.length / Math.max(1, sample.length / sampleLines)) * 1.05) + 16;
  const samples = new SampleColumns(estimate);
  const numericColumns =
    columns.mode === 'good-total'
      ? [columns.good, columns.total]
      : columns.mode === 'bad-total'
        ? [columns.bad, columns.total]
        : [columns.value];
  const wanted = [columns.timestamp, ...numericColumns];
  const cells: string[] = wanted.map(() => '');
  const countsMode = columns.mode !== 'value';
  const goodFromBad = columns.mode === 'bad-total';

  const problem = (line: number | null, column: string | null, message: string) => {
    problems.push({ line, column, message });
    return problems.length < MAX_PROBLEMS;
  };
  const name = (i: number) => header![i] ?? `column ${i + 1}`;

  /** Every check and message, for any row: quoted cells, gaps, odd numbers and odd times. */
  const readRowGeneral = (line: string, lineNumber: number): boolean => {
    pickCells(line, delimiter, wanted, cells);
    const rawTime = cells[0]!;
    const time = parseTime(rawTime);
    if (Number.isNaN(time)) {
      return problem(
        lineNumber,
        name(columns.timestamp),
        `“${rawTime.slice(0, 40)}” is not a time SLO Workbook can read. Use ISO 8601 (2026-11-24T10:00:00Z) or Unix seconds.`,
      );
    }
    const a = readNumber(cells[1]!, delimiter !== ',');
    if (a === undefined)
      return problem(
        lineNumber,
        name(numericColumns[0]!),
        `“${cells[1]!.slice(0, 40)}” is not a number.`,
      );
    let b = Number.NaN;
    if (countsMode) {
      const total = readNumber(cells[2]!, delimiter !== ',');
      if (total === undefined)
        return problem(
          lineNumber,
          name(numericColumns[1]!),
          `“${cells[2]!.slice(0, 40)}” is not a number.`,
        );
      b = total;
      if (a < 0)
        return problem(
          lineNumber,
          name(numericColumns[0]!),
          `${cells[1]} is negative; event counts cannot be.`,
        );
      if (b < 0)
        return problem(
          lineNumber,
          name(numericColumns[1]!),
          `${cells[2]} is negative; event counts cannot be.`,
        );
    }
    return addRow(time, a, b, lineNumber);
  };

  const addRow = (time: number, a: number, b: number, lineNumber: number): boolean => {
    if (countsMode && a > b) {
      const label = columns.mode === 'good-total' ? 'good' : 'bad';
      return problem(
        lineNumber,
        name(numericColumns[0]!),
        `${label} (${a}) is more than total (${b}).`,
      );
    }
    if (!countsMode) samples.push(time, a, Number.NaN, lineNumber);
    else {
      const good = goodFromBad ? b - a : a;
      samples.push(
        time,
        Number.isNaN(a) || Number.isNaN(b) ? Number.NaN : good,
        Number.isNaN(a) ? Number.NaN : b,
        lineNumber,
      );
    }
    return true;
  };

  // The header: the first line with anything on it (after Excel's "sep=" line).
  let rowsFrom = body.length;
  let headerLine = 0;
  const found = readCsvHeader(body);
  if (found) {
    ({ delimiter, header, rowsFrom } = found);
    headerLine = found.line;
  }
  if (header && wanted.some((i) => i < 0 || i >= header!.length)) {
    problem(
      1,
      null,
      'The chosen columns are not all in this file. Choose them again in the preview.',
    );
  }

  if (header && problems.length === 0) {
    const layout = {
      delimiter,
      timestamp: columns.timestamp,
      first: numericColumns[0]!,
      total: countsMode ? numericColumns[1]! : -1,
      firstIsBad: goodFromBad,
    };
    // The fast path takes plain cells, a UTC ISO time and plain numbers. Anything else,
    // including every row with a problem, goes the general way, which names what is wrong.
    scanRows(
      body,
      rowsFrom,
      headerLine + 1,
      layout,
      (s, e) => parseTime(body.slice(s, e)),
      samples,
      (start, end, lineNumber) => {
        const line = body.slice(start, end);
        if (line.trim() === '') return true;
        return readRowGeneral(line, lineNumber);
      },
      options.onProgress,
    );
  }

  if (!header) problems.push({ line: null, column: null, message: 'The file is empty.' });
  if (problems.length > 0) return { ok: false, problems };
  const count = samples.length;
  if (count === 0) {
    return {
      ok: false,
      problems: [{ line: null, column: null, message: 'The file has a header but no data rows.' }],
    };
  }

  // Exports are nearly always in time order: sort only when they are not.
  if (!samples.inTimeOrder()) samples.sortByTime();
  const { times, first, second, lineNumbers } = samples;

  const stepMs = detectStep(times.subarray(0, Math.min(count, 20_000)));
  const startMs = times[0]!;
  const endMs = times[count - 1]!;
  const outOfRange = startMs < EARLIEST_MS ? startMs : endMs > LATEST_MS ? endMs : null;
  if (outOfRange !== null) {
    return {
      ok: false,
      problems: [
        {
          line: lineNumbers[outOfRange === startMs ? 0 : count - 1] ?? null,
          column: header![columns.timestamp] ?? null,
          message: `has the time ${new Date(outOfRange).toISOString()}: SLI data must lie between 1970 and 2200. Check for a stray date.`,
        },
      ],
    };
  }
  if (stepMs < MIN_STEP_MS) {
    return {
      ok: false,
      problems: [
        {
          line: null,
          column: header![columns.timestamp] ?? null,
          message: `The samples are ${stepMs} ms apart: the shortest step this app reads is one second. Export the data at 1-second steps or coarser.`,
        },
      ],
    };
  }
  const length = Math.floor((endMs - startMs) / stepMs) + 1;
  if (length > MAX_POINTS) {
    return {
      ok: false,
      problems: [
        {
          line: null,
          column: header![columns.timestamp] ?? null,
          message: `The data runs from ${new Date(startMs).toISOString()} to ${new Date(endMs).toISOString()} in ${describeStep(stepMs)} steps: more than ${MAX_POINTS.toLocaleString('en-US')} intervals. Export a shorter period, or check for a stray date.`,
        },
      ],
    };
  }

  // A row for every interval, each on its grid point, is already the grid: copied, not rebuilt.
  const onGrid = count === length && samples.onGrid(startMs, stepMs);
  let gridA: Float64Array;
  let gridB: Float64Array | null = null;
  let merged = 0;
  if (onGrid) {
    // The columns themselves when they are about full: a copy would cost fresh memory again.
    const take = (column: Float64Array) =>
      count * 1.25 >= column.length ? column.subarray(0, count) : column.slice(0, count);
    gridA = take(first);
    if (countsMode) gridB = take(second);
  } else {
    gridA = new Float64Array(length).fill(Number.NaN);
    if (countsMode) gridB = new Float64Array(length).fill(Number.NaN);
    // Rows per interval: a repeated time (a local hour read twice at a DST change) or rows
    // between grid points (irregular sampling) share an interval. Counts add up; a value (a
    // ratio, a latency) cannot be added, so the interval takes the mean of its values.
    const perSlot = new Uint32Array(length);
    const valuesIn = countsMode ? null : new Uint32Array(length);
    for (let i = 0; i < count; i += 1) {
      const slot = Math.floor((times[i]! - startMs) / stepMs);
      const value = first[i]!;
      perSlot[slot]! += 1;
      if (gridB) {
        const total = second[i]!;
        if (Number.isNaN(value) || Number.isNaN(total)) continue;
        gridA[slot] = Number.isNaN(gridA[slot]!) ? value : gridA[slot]! + value;
        gridB[slot] = Number.isNaN(gridB[slot]!) ? total : gridB[slot]! + total;
      } else if (!Number.isNaN(value)) {
        gridA[slot] = Number.isNaN(gridA[slot]!) ? value : gridA[slot]! + value;
        valuesIn![slot]! += 1;
      }
    }
    for (let slot = 0; slot < length; slot += 1) {
      if (perSlot[slot]! > 1) merged += 1;
      if (valuesIn && valuesIn[slot]! > 1) gridA[slot]! /= valuesIn[slot]!;
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const gaps = countNaN(gridB ?? gridA);
  const scale = options.valueScale ?? 1;
  if (!gridB && scale !== 1) for (let i = 0; i < gridA.length; i += 1) gridA[i]! *= scale;
  options.onProgress?.(1);
  const data: SliData = gridB
    ? { kind: 'counts', startMs, stepMs, good: gridA, total: gridB }
    : { kind: 'values', startMs, stepMs, values: gridA };
  return { ok: true, value: { data, rows: count, gaps, merged } };
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
