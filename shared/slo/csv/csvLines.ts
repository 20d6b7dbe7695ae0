/**
 * CSV reading tuned for monitoring exports: most lines hold no quotes, so they are split with
 * indexOf; a line with a quote takes the full RFC 4180 path (quoted delimiters, doubled quotes).
 * Quoted fields spanning lines are not supported: monitoring exports do not produce them.
 */
export type Delimiter = ',' | ';' | '\t';

/** How often each delimiter occurs outside quotes: "a,b" in a semicolon file is one cell. */
export function detectDelimiter(firstLine: string): Delimiter {
  const counts = new Map<Delimiter, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch as Delimiter))
      counts.set(ch as Delimiter, counts.get(ch as Delimiter)! + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best![1] > 0 ? best![0] : ',';
}

/** Excel's first line naming the delimiter ("sep=;"), or null for any other line. */
export function sepLine(line: string): Delimiter | null {
  const match = /^\s*"?sep=(.)"?\s*$/i.exec(line);
  if (!match) return null;
  const d = match[1] === 't' ? '\t' : match[1];
  return d === ',' || d === ';' || d === '\t' ? d : null;
}

export interface CsvHeader {
  delimiter: Delimiter;
  header: string[];
  /** 1-based line of the header. */
  line: number;
  /** Offset where the rows begin. */
  rowsFrom: number;
}

/** The header: the first line with anything on it, after Excel's "sep=" line if there is one. */
export function readCsvHeader(text: string): CsvHeader | null {
  let found: CsvHeader | null = null;
  let forced: Delimiter | null = null;
  forEachLine(text, (line, lineNumber, endOffset) => {
    const sep = forced === null ? sepLine(line) : null;
    if (sep) {
      forced = sep;
      return true;
    }
    const delimiter = forced ?? detectDelimiter(line);
    found = {
      delimiter,
      header: splitLine(line, delimiter),
      line: lineNumber,
      rowsFrom: endOffset + 1,
    };
    return false;
  });
  return found;
}

export function splitLine(line: string, delimiter: Delimiter): string[] {
  if (!line.includes('"')) {
    const out = line.split(delimiter);
    for (let i = 0; i < out.length; i += 1) out[i] = out[i]!.trim();
    return out;
  }
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/**
 * Calls `onLine` for each non-empty line with its 1-based line number and the offset where it
 * ends; stops when `onLine` returns false.
 */
export function forEachLine(
  text: string,
  onLine: (line: string, lineNumber: number, endOffset: number) => boolean | void,
): void {
  let start = 0;
  let lineNumber = 0;
  const length = text.length;
  while (start <= length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = length;
    lineNumber += 1;
    let line = text.slice(start, end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.trim() !== '' && onLine(line, lineNumber, end) === false) return;
    start = end + 1;
  }
}
