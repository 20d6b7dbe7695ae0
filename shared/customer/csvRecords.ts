import { detectDelimiter, sepLine, type Delimiter } from '../slo/csv/csvLines';

/**
 * RFC 4180 records, for CRM exports: unlike monitoring exports, their notes and addresses hold
 * quoted line breaks, doubled quotes and delimiters inside quotes. Each record keeps the line it
 * starts on, so a problem can name it the way a spreadsheet shows it.
 */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export interface CsvTable {
  delimiter: Delimiter;
  header: string[];
  rows: CsvRecord[];
}

export const MAX_CSV_ROWS = 100_000;

export function readCsvTable(text: string): CsvTable | null {
  let body = text.replace(/^\uFEFF/, '');
  let lineOffset = 0;
  const firstBreak = body.search(/\r?\n/);
  const first = firstBreak === -1 ? body : body.slice(0, firstBreak);
  let delimiter = sepLine(first);
  if (delimiter) {
    body = body.slice(first.length).replace(/^\r?\n/, '');
    lineOffset = 1;
  } else delimiter = detectDelimiter(first);

  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1 + lineOffset;
  let recordLine = line;
  let sawAny = false;
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i]!;
    sawAny = true;
    if (quoted) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (ch === '\n') line += 1;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else cell += ch;
  }
  if (sawAny && (cell !== '' || cells.length)) endRecord();
  const [head, ...rows] = records;
  if (!head) return null;
  return { delimiter, header: head.cells.map((h) => h.trim()), rows };
}
