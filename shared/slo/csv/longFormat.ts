import { forEachLine, readCsvHeader, splitLine, type Delimiter } from './csvLines';

// Which file is long is decided from its cells in sliCsvShape.ts; this file pivots one.

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
