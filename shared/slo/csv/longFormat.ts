import { forEachLine, readCsvHeader, splitLine, type Delimiter } from './csvLines';

/** A file with one row per time and series (Grafana's "long" CSV): which column is which. */
export interface LongFormat {
  timestamp: number;
  series: number;
  value: number;
  /** The series, in the order they first appear. */
  seriesNames: string[];
}

/** More series than this is not an SLI export but a dump of a whole dashboard. */
export const MAX_SERIES = 50;

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
const isNumber = (cell: string) => cell !== '' && Number.isFinite(Number(cell.replace(',', '.')));

/**
 * Tells a long file from a wide one: three columns, a time, a series name that is text and
 * repeats, and a numeric value, with several series. Null for every other file.
 */
export function detectLongFormat(text: string): LongFormat | null {
  const body = stripBom(text);
  const found = readCsvHeader(body);
  if (!found || found.header.length !== 3) return null;
  const names = found.header.map((h) => h.toLowerCase());
  const timestamp = names.findIndex((n) => /time|date/.test(n));
  if (timestamp < 0) return null;
  const rest = [0, 1, 2].filter((i) => i !== timestamp);
  // Per candidate column: how many cells are text, and its distinct values (up to one past the
  // most series a file may have), so the series column can be chosen after one pass.
  const textCells = new Map(rest.map((i) => [i, 0]));
  const distinct = new Map(rest.map((i) => [i, new Set<string>()]));
  let rows = 0;
  forEachLine(body.slice(found.rowsFrom), (line) => {
    const cells = splitLine(line, found.delimiter);
    rows += 1;
    for (const i of rest) {
      const cell = cells[i] ?? '';
      if (!isNumber(cell)) textCells.set(i, textCells.get(i)! + 1);
      const values = distinct.get(i)!;
      if (values.size <= MAX_SERIES) values.add(cell);
    }
    return rows < 200_000;
  });
  // The series: a column named so, else the one that is all text; the value: the other.
  const series =
    rest.find((i) => /series|metric|name|label|legend/.test(names[i]!)) ??
    rest.find((i) => textCells.get(i) === rows);
  if (series === undefined) return null;
  const value = rest.find((i) => i !== series)!;
  if (textCells.get(value)! > rows / 2) return null;
  const seriesNames = [...distinct.get(series)!];
  if (seriesNames.length < 2 || seriesNames.length > MAX_SERIES) return null;
  return { timestamp, series, value, seriesNames };
}

/** A cell as CSV writes it: quoted when it holds the delimiter, a quote or a line break. */
function csvCell(text: string, delimiter: Delimiter): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The long file as a wide one: a time column, then one column per series, a row per time in the
 * order times first appear. A series without a row at some time leaves its cell empty (a gap).
 */
export function pivotLongCsv(text: string, long: LongFormat): string {
  const body = stripBom(text);
  const found = readCsvHeader(body)!;
  const d = found.delimiter;
  const column = new Map(long.seriesNames.map((name, i) => [name, i]));
  const rows = new Map<string, string[]>();
  forEachLine(body.slice(found.rowsFrom), (line) => {
    const cells = splitLine(line, d);
    const time = cells[long.timestamp] ?? '';
    const at = column.get(cells[long.series] ?? '');
    if (at === undefined) return;
    let row = rows.get(time);
    if (!row) {
      row = long.seriesNames.map(() => '');
      rows.set(time, row);
    }
    row[at] = cells[long.value] ?? '';
  });
  const header = [found.header[long.timestamp] ?? 'time', ...long.seriesNames];
  const lines = [header.map((h) => csvCell(h, d)).join(d)];
  for (const [time, values] of rows)
    lines.push([time, ...values].map((v) => csvCell(v, d)).join(d));
  return `${lines.join('\n')}\n`;
}
