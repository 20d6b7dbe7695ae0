import { pivotLongCsv } from './longFormat';
import {
  guessColumns,
  previewCsv,
  type CsvPreview,
  type CsvResult,
  type SliColumns,
} from './parseSliCsv';
import { detectSliCsvShape, type ShapeReading, type SliCsvShape } from './sliCsvShape';

/**
 * An SLI CSV as it will be read, before anything is imported: the shape (chosen from the cells,
 * or by the person), the file as a wide table, and the columns for good and total or a value,
 * each with the reason. The app's import dialog and `workbook sli` both read files through it.
 */
export interface SliCsvLayout {
  shape: SliCsvShape;
  /** Why this shape: from the cells, or the person's choice. */
  why: string;
  /** The other shape, possible or not, with its reason. */
  other: ShapeReading;
  /** The file as a wide table: the text itself, or a long file pivoted to a column per series. */
  text: string;
  preview: CsvPreview;
  /** The columns guessed, or null when neither their names nor their values tell. */
  columns: SliColumns | null;
  columnsWhy: string;
  /** The series of a long file, in order (empty for a wide one). */
  seriesNames: string[];
}

/** Rows read to tell good from total by their values. */
const SAMPLE_ROWS = 5000;

const cellNumber = (cell: string | undefined) => {
  const n = Number((cell ?? '').replace(',', '.'));
  return cell === undefined || cell === '' || !Number.isFinite(n) ? null : n;
};

/**
 * When the names do not tell: the columns of numbers, a pair where one is never above the other
 * (and below it somewhere) is good and total; else the first column of numbers is one value per
 * interval.
 */
function guessByValues(
  header: string[],
  rows: string[][],
  timestamp: number,
): { columns: SliColumns; why: string } | null {
  const numeric = header
    .map((_, c) => c)
    .filter(
      (c) =>
        c !== timestamp &&
        rows.some((r) => cellNumber(r[c]) !== null) &&
        rows.every(
          (r) => cellNumber(r[c]) !== null || /^(|nan|null|none|n\/a|-)$/i.test(r[c] ?? ''),
        ),
    );
  const name = (c: number) => `“${header[c] || `column ${c + 1}`}”`;
  // Pairs where one is never above the other: below it somewhere tells which is good; equal in
  // every row (no errors in the rows looked at) leaves the names to tell: the total's selector
  // is the shorter, with fewer label matchers (`x_total` against `x_total{code="200"}`).
  let tie: { good: number; total: number } | null = null;
  for (const total of numeric) {
    for (const good of numeric) {
      if (good === total) continue;
      let below = false;
      let fits = true;
      let large = false;
      for (const row of rows) {
        const g = cellNumber(row[good]);
        const t = cellNumber(row[total]);
        if (g === null || t === null) continue;
        if (g > t || g < 0) fits = false;
        if (g < t) below = true;
        if (t > 1) large = true;
      }
      if (fits && below)
        return {
          columns: { mode: 'good-total', timestamp, good, total },
          why: `Good ${name(good)} and total ${name(total)}, from their values: ${name(good)} is never above ${name(total)}. Their names do not say.`,
        };
      if (fits && large && !tie && (header[total] ?? '').length < (header[good] ?? '').length)
        tie = { good, total };
    }
  }
  if (tie)
    return {
      columns: { mode: 'good-total', timestamp, ...tie },
      why: `Good ${name(tie.good)} and total ${name(tie.total)}: the two are equal in the rows looked at, and the total is the series named more broadly. Check them below.`,
    };
  const value = numeric[0];
  if (value === undefined) return null;
  return {
    columns: { mode: 'value', timestamp, value },
    why: `One value per interval in ${name(value)}, the first column of numbers: no column is named for good or total events, and no pair reads as good and total.`,
  };
}

/** Good (or bad) is never above total in the rows looked at. */
function fitsUnderTotal(rows: string[][], columns: SliColumns): boolean {
  if (columns.mode === 'value') return true;
  const part = columns.mode === 'good-total' ? columns.good : columns.bad;
  return rows.every((row) => {
    const p = cellNumber(row[part]);
    const t = cellNumber(row[columns.total]);
    return p === null || t === null || p <= t;
  });
}

function describeColumns(header: string[], columns: SliColumns): string {
  const name = (c: number) => `“${header[c] || `column ${c + 1}`}”`;
  if (columns.mode === 'good-total')
    return `Good ${name(columns.good)} and total ${name(columns.total)}, from their names.`;
  if (columns.mode === 'bad-total')
    return `Bad ${name(columns.bad)} and total ${name(columns.total)}, from their names (good is total minus bad).`;
  return `One value per interval in ${name(columns.value)}, from its name.`;
}

/**
 * Reads the layout of an SLI CSV. `shape` forces a reading the person chose; a shape the file
 * cannot have is refused with the reason.
 */
export function readSliCsvLayout(text: string, shape?: SliCsvShape): CsvResult<SliCsvLayout> {
  const first = previewCsv(text);
  if (!first.ok) return first;
  const choice = detectSliCsvShape(text);
  if (!choice)
    return {
      ok: false,
      problems: [{ line: null, column: null, message: 'The file has a header but no data rows.' }],
    };
  const swapped = shape !== undefined && shape !== choice.chosen.shape;
  const reading = swapped ? choice.other : choice.chosen;
  const other = swapped ? choice.chosen : choice.other;
  if (!reading.possible)
    return { ok: false, problems: [{ line: null, column: null, message: reading.why }] };
  const wideText = reading.long ? pivotLongCsv(text, reading.long) : text;
  const preview = reading.long ? previewCsv(wideText) : first;
  if (!preview.ok) return preview;
  const timestamp = reading.long ? 0 : reading.timestamp;
  const sample = previewCsv(wideText, SAMPLE_ROWS);
  const rows = sample.ok ? sample.value.rows : preview.value.rows;
  const header = preview.value.header;
  const named = guessColumns(header, timestamp);
  const byValues = () => guessByValues(header, rows, timestamp >= 0 ? timestamp : 0);
  let guessed = named ? { columns: named, why: describeColumns(header, named) } : byValues();
  if (named && named.mode !== 'value' && !fitsUnderTotal(rows, named)) {
    // PromQL selectors name both series "…_total": the cells tell which one is the total.
    const values = byValues();
    if (values?.columns.mode === 'good-total') guessed = values;
  }
  return {
    ok: true,
    value: {
      shape: reading.shape,
      why: swapped ? `As you chose. ${reading.why}` : reading.why,
      other,
      text: wideText,
      preview: { ...preview.value, guess: guessed?.columns ?? null },
      columns: guessed?.columns ?? null,
      columnsWhy:
        guessed?.why ?? 'Neither the names nor the values tell the columns: choose them below.',
      seriesNames: reading.long?.seriesNames ?? [],
    },
  };
}
