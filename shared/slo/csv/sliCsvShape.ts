import { forEachLine, readCsvHeader, splitLine, type CsvHeader } from './csvLines';
import { MAX_SERIES, type LongFormat } from './longFormat';
import { timestampParser } from './parseTimestamp';

/**
 * How an SLI CSV lays out its series. Wide: a time column and a column per series (Grafana's
 * "series joined by time", "series as columns"). Long: a row per time and series, the series
 * named in a column of text (Grafana's "series as rows", `Time,Series,Value`).
 */
export type SliCsvShape = 'wide' | 'long';

export interface ShapeReading {
  shape: SliCsvShape;
  /** Whether the file can be read this way at all. */
  possible: boolean;
  /** Why it was chosen, or why it can or cannot be read so: said in the preview. */
  why: string;
  /** The column of times, by the cells' evidence; -1 when no column holds times. */
  timestamp: number;
  /** For a long reading: which column is which, and the series in order. */
  long: LongFormat | null;
}

export interface ShapeChoice {
  chosen: ShapeReading;
  /** The other reading, possible or not, with its reason. */
  other: ShapeReading;
}

/** Rows looked at to decide: enough for every series of a long file to repeat. */
const SAMPLE_ROWS = 2000;
/** A cell that means "no value": a gap in a column of numbers, never a series name. */
const EMPTY = /^(|nan|null|none|n\/a|-|undefined)$/i;

export const SHAPE_LABELS: Record<SliCsvShape, string> = {
  wide: 'wide (series as columns)',
  long: 'long (series as rows)',
};

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
const isNumber = (cell: string) =>
  cell !== '' && Number.isFinite(Number(cell.replace(/%$/, '').replace(',', '.')));
const quote = (text: string) => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;

interface Sample {
  header: CsvHeader;
  rows: string[][];
}

function sampleRows(text: string): Sample | null {
  const body = stripBom(text);
  const header = readCsvHeader(body);
  if (!header) return null;
  const rows: string[][] = [];
  forEachLine(body.slice(header.rowsFrom), (line) => {
    rows.push(splitLine(line, header.delimiter));
    return rows.length < SAMPLE_ROWS;
  });
  return { header, rows };
}

/**
 * The time column, from its cells: the column whose filled cells nearly all read as times.
 * Where several do (a count of 10-digit numbers reads as Unix seconds), a name saying time wins,
 * then the leftmost. The header name alone never decides.
 */
const TIME_NAME = /time|date|^ts$|^t$|epoch/i;

function findTimeColumn({ header, rows }: Sample): number {
  const parse = timestampParser('UTC');
  const candidates: number[] = [];
  const named: number[] = [];
  for (let c = 0; c < header.header.length; c += 1) {
    let filled = 0;
    let times = 0;
    for (const row of rows) {
      const cell = row[c] ?? '';
      if (cell === '') continue;
      filled += 1;
      if (!Number.isNaN(parse(cell))) times += 1;
    }
    if (filled > 0 && times >= filled * 0.9) candidates.push(c);
    else if (filled > 0 && times >= filled / 2 && TIME_NAME.test(header.header[c]!)) named.push(c);
  }
  // A column named for time whose cells are mostly times is still the time column: its bad
  // cells are then named by line, rather than the file being told it has no times at all.
  return (
    candidates.find((c) => TIME_NAME.test(header.header[c]!)) ?? candidates[0] ?? named[0] ?? -1
  );
}

interface ColumnKinds {
  /** Columns whose filled cells are all text: not numbers, not "null" or "NaN". */
  text: number[];
  /** Columns whose cells are all numbers or empty. */
  numeric: number[];
}

function columnKinds({ header, rows }: Sample, timestamp: number): ColumnKinds {
  const text: number[] = [];
  const numeric: number[] = [];
  for (let c = 0; c < header.header.length; c += 1) {
    if (c === timestamp) continue;
    let words = 0;
    let numbers = 0;
    let other = 0;
    for (const row of rows) {
      const cell = row[c] ?? '';
      if (isNumber(cell)) numbers += 1;
      else if (EMPTY.test(cell)) other += 1;
      else words += 1;
    }
    if (words > 0 && numbers === 0 && other === 0) text.push(c);
    // Mostly numbers: a stray word is a bad cell, named by line when the rows are read.
    else if (numbers > 0 && words * 10 <= numbers) numeric.push(c);
  }
  return { text, numeric };
}

/**
 * Whether the file is a long one, from its cells: three columns (a time, a series name, a value),
 * the names text (never numbers or "null"), at least two series, each on several rows, and times
 * that repeat across series. The reason comes back either way.
 */
function readLong(sample: Sample, timestamp: number): ShapeReading {
  const names = sample.header.header;
  const no = (why: string): ShapeReading => ({
    shape: 'long',
    possible: false,
    why,
    timestamp,
    long: null,
  });
  if (timestamp < 0) return no('No column holds times.');
  if (names.length !== 3)
    return no(
      `A long file has three columns (a time, a series name and a value); this one has ${names.length}.`,
    );
  const { text, numeric } = columnKinds(sample, timestamp);
  const series = text[0];
  if (series === undefined || text.length !== 1) {
    const others = [0, 1, 2].filter((c) => c !== timestamp);
    return no(
      `Neither ${others.map((c) => quote(names[c] || `column ${c + 1}`)).join(' nor ')} holds series names: their cells are numbers or empty, so each column is a series.`,
    );
  }
  const value = numeric[0];
  if (value === undefined)
    return no(
      `${quote(names.find((_, c) => c !== timestamp && c !== series) ?? '')} is not a column of numbers.`,
    );
  const rowsPerSeries = new Map<string, number>();
  const seriesAt = new Map<string, number>();
  for (const row of sample.rows) {
    const name = row[series] ?? '';
    if (rowsPerSeries.size <= MAX_SERIES || rowsPerSeries.has(name))
      rowsPerSeries.set(name, (rowsPerSeries.get(name) ?? 0) + 1);
    const time = row[timestamp] ?? '';
    seriesAt.set(time, (seriesAt.get(time) ?? 0) + 1);
  }
  const seriesNames = [...rowsPerSeries.keys()];
  if (seriesNames.length < 2)
    return no(
      `${quote(names[series]!)} names only one series, ${quote(seriesNames[0] ?? '')}: read as it is, its values are one column.`,
    );
  if (seriesNames.length > MAX_SERIES)
    return no(
      `${quote(names[series]!)} names more than ${MAX_SERIES} different things: that is not a list of series.`,
    );
  if (seriesNames.some((n) => rowsPerSeries.get(n)! < 2))
    return no(
      `Some names in ${quote(names[series]!)} appear on one row only: series names repeat, once per time.`,
    );
  const sharedTimes = [...seriesAt.values()].filter((n) => n > 1).length;
  if (sharedTimes === 0)
    return no(`No time appears on more than one row: a long file has a row per time and series.`);
  return {
    shape: 'long',
    possible: true,
    why: `${quote(names[series]!)} names ${seriesNames.length} series in text, each repeating with the times in ${quote(names[timestamp]!)}; their values are in ${quote(names[value]!)}.`,
    timestamp,
    long: { timestamp, series, value, seriesNames },
  };
}

function readWide(sample: Sample, timestamp: number): ShapeReading {
  const names = sample.header.header;
  const base = { shape: 'wide' as const, timestamp, long: null };
  if (timestamp < 0)
    return {
      ...base,
      possible: false,
      why: 'No column holds times that SLO Workbook can read (ISO 8601, “YYYY-MM-DD HH:MM”, or Unix seconds or milliseconds).',
    };
  const { numeric } = columnKinds(sample, timestamp);
  if (numeric.length === 0)
    return { ...base, possible: false, why: 'No column besides the time holds numbers.' };
  const list = numeric
    .slice(0, 3)
    .map((c) => quote(names[c] || `column ${c + 1}`))
    .join(', ');
  const more = numeric.length > 3 ? ` and ${numeric.length - 3} more` : '';
  return {
    ...base,
    possible: true,
    why: `${quote(names[timestamp]!)} holds the times and ${numeric.length === 1 ? 'one column holds numbers' : `${numeric.length} columns hold numbers`} (${list}${more}), one per series.`,
  };
}

/**
 * Decides the shape from the cells, not from the header's words: a header holding "Series" or
 * `__name__` (a PromQL selector) does not make a file long; names in text that repeat with the
 * times do. A file that could be either is read long, the wide reading offered beside it.
 */
export function detectSliCsvShape(text: string): ShapeChoice | null {
  const sample = sampleRows(text);
  if (!sample || sample.rows.length === 0) return null;
  const timestamp = findTimeColumn(sample);
  const long = readLong(sample, timestamp);
  const wide = readWide(sample, timestamp);
  return long.possible ? { chosen: long, other: wide } : { chosen: wide, other: long };
}
