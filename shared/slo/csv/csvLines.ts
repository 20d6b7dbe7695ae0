/**
 * CSV reading tuned for monitoring exports: most lines hold no quotes, so they are split with
 * indexOf; a line with a quote takes the full RFC 4180 path (quoted delimiters, doubled quotes).
 * Quoted fields spanning lines are not supported: monitoring exports do not produce them.
 */
export type Delimiter = ',' | ';' | '\t';

export function detectDelimiter(firstLine: string): Delimiter {
  const counts: [Delimiter, number][] = [',', ';', '\t'].map((d) => [
    d as Delimiter,
    firstLine.split(d).length - 1,
  ]);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
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
