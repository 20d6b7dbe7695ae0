import type { CsvResult, ImportedSli } from '../../../../shared/slo/csv/parseSliCsv';
import { describeCsvProblem } from '../../../../shared/slo/csv/parseSliCsv';
import type { SliCsvLayout } from '../../../../shared/slo/csv/sliCsvLayout';
import { SHAPE_LABELS } from '../../../../shared/slo/csv/sliCsvShape';
import { formatCount } from '../../../../shared/slo/formatFigures';

function describeStep(ms: number): string {
  if (ms % 86_400_000 === 0) return `${ms / 86_400_000}-day`;
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}-hour`;
  if (ms % 60_000 === 0) return `${ms / 60_000}-minute`;
  return `${ms / 1000}-second`;
}

const plural = (n: number, one: string, many: string) =>
  `${formatCount(n)} ${n === 1 ? one : many}`;

/** How the dialog reads the file, said before anything is written: the shape and why, and the
 * other reading (offered, or why not). */
export function CsvShapeReading({
  layout,
  onOtherReading,
}: {
  layout: SliCsvLayout;
  onOtherReading: () => void;
}) {
  const { shape, why, other, seriesNames } = layout;
  return (
    <section className="csv-reading" aria-label="How the file is read">
      <p>
        <strong>Read as {SHAPE_LABELS[shape]}.</strong> {why}
        {seriesNames.length > 0 &&
          ` Each of its ${seriesNames.length} series becomes a column: pick good and total among them below.`}
      </p>
      {other.possible ? (
        <p>
          <button type="button" onClick={onOtherReading}>
            Read as {SHAPE_LABELS[other.shape]} instead
          </button>{' '}
          <span className="field-hint">{other.why}</span>
        </p>
      ) : (
        <p className="field-hint">
          Not {SHAPE_LABELS[other.shape]}: {other.why}
        </p>
      )}
    </section>
  );
}

/** Why these columns, and what reading every row with them gave: beside the column pickers. */
export function CsvRowsReading({
  layout,
  columnsAsGuessed,
  valueMode,
  check,
}: {
  layout: SliCsvLayout;
  /** The columns are still the ones guessed (the reason then still holds). */
  columnsAsGuessed: boolean;
  valueMode: boolean;
  /** Null while every row is being read. */
  check: CsvResult<ImportedSli> | null;
}) {
  return (
    <div className="csv-reading">
      <p className="field-hint">
        {columnsAsGuessed ? layout.columnsWhy : 'Columns as you chose them.'}
      </p>
      <div role="status" aria-label="Rows read">
        {check === null ? (
          <p>Reading every row…</p>
        ) : check.ok ? (
          <p>
            {plural(check.value.rows, 'row', 'rows')} from{' '}
            {new Date(check.value.data.startMs).toISOString().replace('T', ' ').slice(0, 16)} UTC in{' '}
            {describeStep(check.value.data.stepMs)} steps;{' '}
            {check.value.gaps === 0
              ? 'no gaps'
              : `${plural(check.value.gaps, 'interval', 'intervals')} without data`}
            .
            {check.value.merged > 0 &&
              ` ${plural(check.value.merged, 'interval held', 'intervals held')} more than one row (a time written twice, a local hour repeated at a clock change, or irregular sampling): ${valueMode ? 'their values are averaged' : 'their counts are summed'}.`}
          </p>
        ) : (
          <div className="import-problems">
            <p>Read this way, the file would be refused:</p>
            <ul>
              {check.problems.slice(0, 5).map((problem, i) => (
                <li key={i}>{describeCsvProblem(problem)}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
