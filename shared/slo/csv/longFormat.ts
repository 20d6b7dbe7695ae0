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
  let series = rest.find((i) => /series|metric|name|label|legend/.test(names[i]!)) ?? -1;
  let value = rest.find((i) => i !== series && /value/.test(names[i]!)) ?? -1;
  const seen = new Map<string, number>();
  const textCells = [0, 0, 0];
  let rows = 0;
  forEachLine(body.slice(found.rowsFrom), (line) => {
    const cells = splitLine(line, found.delimiter);
    rows += 1;
    for (const i of rest) if (!isNumber(cells[i] ?? '')) textCells[i]! += 1;
    const name = series >= 0 ? cells[series] : undefined;
    if (name !== undefined) seen.set(name, (seen.get(name) ?? 0) + 1);
    return rows < 200_000;
  });
  if (series < 0) {
    // No telling name: the column of text is the series, the other the value.
    series = rest.find((i) => textCells[i]! === rows) ?? -1;
    if (series < 0) return null;
    return detectLongFormat(
      // Read again with the series known: cheap, and keeps one path for the counting.
      [
        found.header.map((h, i) => (i === series ? 'series' : h)).join(found.delimiter),
        body.slice(found.rowsFrom),
      ].join('\n'),
    );
  }
  if (value < 0) value = rest.find((i) => i !== series) ?? -1;
  if (value < 0 || textCells[value]! > rows / 2) return null;
  if (seen.size < 2 || seen.size > MAX_SERIES) return null;
  return { timestamp, series, value, seriesNames: [...seen.keys()] };
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
