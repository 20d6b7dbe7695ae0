import { isValidTimeZone } from '../slo/calendarWindows';
import { parseSliCsv, type SliColumns } from '../slo/csv/parseSliCsv';
import { readSliCsvLayout } from '../slo/csv/sliCsvLayout';
import { SHAPE_LABELS, type SliCsvShape } from '../slo/csv/sliCsvShape';

export interface SliCommandOptions {
  text: string;
  shape?: SliCsvShape;
  /** Zone for times written without one (default UTC). */
  timeZone?: string;
}

/** The JSON of `workbook sli --json`. These keys are kept stable; others may be added. */
export interface SliCommandResult {
  shape: SliCsvShape | null;
  /** The name of the time column. */
  timestamp: string | null;
  /** The columns read, by name: good and total, bad and total, or one value. */
  columns: {
    mode: SliColumns['mode'];
    good?: string;
    bad?: string;
    total?: string;
    value?: string;
  } | null;
  rows: number;
  gaps: number;
  problems: { line: number | null; message: string }[];
  why: string | null;
  columnsWhy: string | null;
  /** The other shape: whether the file could be read so, and why. */
  other: { shape: SliCsvShape; possible: boolean; why: string } | null;
  /** Intervals that held more than one row: counts summed, values averaged. */
  merged: number;
  series: string[];
  start: string | null;
  stepSeconds: number | null;
}

const SHAPES: readonly string[] = ['wide', 'long'];
export const isSliCsvShape = (s: string): s is SliCsvShape => SHAPES.includes(s);

function columnNames(
  header: string[],
  columns: SliColumns,
): NonNullable<SliCommandResult['columns']> {
  const name = (i: number) => header[i] || `column ${i + 1}`;
  switch (columns.mode) {
    case 'good-total':
      return { mode: columns.mode, good: name(columns.good), total: name(columns.total) };
    case 'bad-total':
      return { mode: columns.mode, bad: name(columns.bad), total: name(columns.total) };
    case 'value':
      return { mode: columns.mode, value: name(columns.value) };
  }
}

/** Reads an SLI CSV as the app's import dialog does, reporting what it chose and why. */
export function sliCommand(options: SliCommandOptions): SliCommandResult {
  const empty: SliCommandResult = {
    shape: null,
    timestamp: null,
    columns: null,
    rows: 0,
    gaps: 0,
    problems: [],
    why: null,
    columnsWhy: null,
    other: null,
    merged: 0,
    series: [],
    start: null,
    stepSeconds: null,
  };
  const timeZone = options.timeZone ?? 'UTC';
  if (!isValidTimeZone(timeZone))
    return {
      ...empty,
      problems: [
        {
          line: null,
          message: `--time-zone must be a zone such as Europe/Berlin or UTC (got “${timeZone}”).`,
        },
      ],
    };
  const layout = readSliCsvLayout(options.text, options.shape);
  if (!layout.ok)
    return {
      ...empty,
      problems: layout.problems.map((p) => ({ line: p.line, message: p.message })),
    };
  const { shape, why, other, preview, columns, columnsWhy, seriesNames, text } = layout.value;
  const base: SliCommandResult = {
    ...empty,
    shape,
    why,
    columnsWhy,
    other: { shape: other.shape, possible: other.possible, why: other.why },
    series: seriesNames,
    timestamp: columns ? (preview.header[columns.timestamp] ?? null) : null,
    columns: columns ? columnNames(preview.header, columns) : null,
  };
  if (!columns) return { ...base, problems: [{ line: null, message: columnsWhy }] };
  const parsed = parseSliCsv(text, columns, { timeZone });
  if (!parsed.ok)
    return {
      ...base,
      problems: parsed.problems.map((p) => ({
        line: p.line,
        message: p.column ? `column “${p.column}”: ${p.message}` : p.message,
      })),
    };
  const { data, rows, gaps, merged } = parsed.value;
  return {
    ...base,
    rows,
    gaps,
    merged,
    start: new Date(data.startMs).toISOString(),
    stepSeconds: data.stepMs / 1000,
  };
}

/** The same, for people. */
export function describeSliResult(name: string, r: SliCommandResult): string {
  const lines: string[] = [];
  if (r.shape) lines.push(`${name}: ${SHAPE_LABELS[r.shape]}. ${r.why}`);
  if (r.other)
    lines.push(
      r.other.possible
        ? `  Could also be read as ${SHAPE_LABELS[r.other.shape]} (--shape ${r.other.shape}): ${r.other.why}`
        : `  Not ${SHAPE_LABELS[r.other.shape]}: ${r.other.why}`,
    );
  if (r.columns) lines.push(`  Time “${r.timestamp}”. ${r.columnsWhy}`);
  if (r.problems.length > 0) {
    lines.push(`${name}: not read.`);
    for (const p of r.problems)
      lines.push(`  ${p.line !== null ? `Line ${p.line}: ` : ''}${p.message}`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `  ${r.rows.toLocaleString('en-US')} rows from ${r.start} in ${r.stepSeconds}-second steps; ${r.gaps.toLocaleString('en-US')} intervals without data.`,
  );
  if (r.merged > 0)
    lines.push(
      `  ${r.merged.toLocaleString('en-US')} intervals held more than one row (a time written twice, a repeated local hour, irregular sampling): ${r.columns?.mode === 'value' ? 'their values averaged' : 'their counts summed'}.`,
    );
  return `${lines.join('\n')}\n`;
}
