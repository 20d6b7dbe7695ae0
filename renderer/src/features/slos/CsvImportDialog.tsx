import { FormActions } from '../../ui/FormActions';
import { useState } from 'react';
import type { Slo } from '../../../../shared/domain/slo';
import {
  describeCsvProblem,
  previewCsv,
  type CsvPreview,
  type CsvProblem,
  type SliColumns,
} from '../../../../shared/slo/csv/parseSliCsv';
import {
  detectLongFormat,
  pivotLongCsv,
  type LongFormat,
} from '../../../../shared/slo/csv/longFormat';
import { readValueKind, type ValueReading } from '../../../../shared/slo/csv/valueKind';
import { formatCount } from '../../../../shared/slo/formatFigures';
import { useDatabase } from '../../db/DatabaseContext';
import { replaceSliData } from '../../db/sloRepository';
import { platform } from '../../platform/platform';
import { Dialog } from '../../ui/Dialog';
import { errorText, showInfo } from '../../ui/noticeStore';
import { parseCsvOffThread } from './parseCsvOffThread';
import './sloFiles.css';

type Mode = SliColumns['mode'];

interface Chosen {
  fileName: string;
  /** The file's text, or the wide form of a long file (one column per series). */
  text: string;
  preview: CsvPreview;
  /** A long file's series, read as columns. */
  long: LongFormat | null;
  /** More rows than the preview shows, to tell a ratio from a percentage or counts. */
  sample: string[][];
}

function initialColumns(preview: CsvPreview, slo: Slo): SliColumns {
  if (preview.guess) return preview.guess;
  return slo.sli.kind === 'threshold'
    ? { mode: 'value', timestamp: 0, value: 1 }
    : { mode: 'good-total', timestamp: 0, good: 1, total: Math.min(2, preview.header.length - 1) };
}

function withMode(columns: SliColumns, mode: Mode): SliColumns {
  const { timestamp } = columns;
  const second = 'total' in columns ? columns.total : columns.timestamp === 1 ? 2 : 1;
  const first =
    columns.mode === 'good-total'
      ? columns.good
      : columns.mode === 'bad-total'
        ? columns.bad
        : columns.value;
  if (mode === 'value') return { mode, timestamp, value: first };
  if (mode === 'good-total') return { mode, timestamp, good: first, total: second };
  return { mode, timestamp, bad: first, total: second };
}

/** What the chosen value column looks like, said before anything is imported. */
function describeValues(v: ValueReading): string {
  const range = `from ${v.min} to ${v.max} in the first ${formatCount(v.count)} rows`;
  switch (v.kind) {
    case 'ratio':
      return `Values ${range}: read as each interval’s success ratio (0.998 = 99.8%).`;
    case 'percent':
      return `Values ${range}: these look like percentages, so they are read as such (99.8 = 99.8%).`;
    case 'counts':
      return `Values ${range}: these look like event counts, not a ratio. Choose “good and total counts” above if the file has both.`;
    case 'unknown':
      return `Values ${range}: a success ratio must lie between 0 and 1 (or 0% and 100%).`;
  }
}

export function CsvImportDialog({ slo, onClose }: { slo: Slo; onClose: () => void }) {
  const db = useDatabase();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [columns, setColumns] = useState<SliColumns | null>(null);
  const [timeZone, setTimeZone] = useState('UTC');
  /** Null: as the values look; true or false once the person says so. */
  const [percent, setPercent] = useState<boolean | null>(null);
  const [problems, setProblems] = useState<CsvProblem[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function chooseFile() {
    setFailure(null);
    setProblems([]);
    const opened = await platform.openFile({ kind: 'csv' });
    if (opened.status === 'canceled') return;
    if (opened.status === 'failed') return setFailure(opened.message);
    const long = detectLongFormat(opened.text);
    const text = long ? pivotLongCsv(opened.text, long) : opened.text;
    const preview = previewCsv(text);
    if (!preview.ok) {
      setChosen(null);
      setProblems(preview.problems);
      return;
    }
    const sample = previewCsv(text, 500);
    setChosen({
      fileName: opened.fileName,
      text,
      preview: preview.value,
      long,
      sample: sample.ok ? sample.value.rows : preview.value.rows,
    });
    setColumns(initialColumns(preview.value, slo));
    setPercent(null);
  }

  async function runImport() {
    if (!chosen || !columns) return;
    setProblems([]);
    setFailure(null);
    setProgress(0);
    try {
      const result = await parseCsvOffThread(
        chosen.text,
        columns,
        timeZone,
        readsAsPercent ? 0.01 : 1,
        setProgress,
      );
      if (!result.ok) {
        setProblems(result.problems);
        return;
      }
      await replaceSliData(db, slo.id, result.value, chosen.fileName);
      showInfo(
        `Imported ${formatCount(result.value.rows)} rows of SLI data from ${chosen.fileName}.`,
      );
      onClose();
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setProgress(null);
    }
  }

  const header = chosen?.preview.header ?? [];
  const values =
    chosen && columns?.mode === 'value' ? readValueKind(chosen.sample, columns.value) : null;
  const ratioSli = slo.sli.kind === 'ratio';
  const readsAsPercent = ratioSli && (percent ?? values?.kind === 'percent');
  const columnSelect = (label: string, value: number, onChange: (index: number) => void) => (
    <div className="field">
      <label>
        {label}
        <select value={value} onChange={(e) => onChange(Number(e.target.value))}>
          {header.map((name, i) => (
            <option key={i} value={i}>
              {name || `column ${i + 1}`}
            </option>
          ))}
        </select>
      </label>
    </div>
  );

  return (
    <Dialog title={`Import SLI data for “${slo.name}”`} onClose={onClose} wide>
      <p>
        Choose a CSV export from your monitoring tool: one row per interval, with a time column and
        either good and total counts or one value per interval.
      </p>
      {slo.dataSummary && (
        <p className="field-hint">
          This replaces the {formatCount(slo.dataSummary.rows)} rows imported from{' '}
          {slo.dataSummary.source}.
        </p>
      )}
      <button type="button" onClick={() => void chooseFile()}>
        {chosen ? 'Choose another file…' : 'Choose a CSV file…'}
      </button>
      {chosen && columns && (
        <>
          <h3>Preview of {chosen.fileName}</h3>
          {chosen.long && (
            <p className="field-hint" role="status">
              One row per time and series (Grafana’s long format): read with a column for each of
              its {chosen.long.seriesNames.length} series. Pick the series for good and total below.
            </p>
          )}
          <div className="table-scroll">
            <table className="plain-table csv-preview" aria-label="File preview">
              <thead>
                <tr>
                  {header.map((name, i) => (
                    <th key={i} scope="col" title={name}>
                      {name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {chosen.preview.rows.map((row, r) => (
                  <tr key={r}>
                    {header.map((_, c) => (
                      <td key={c}>{row[c] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="field">
            <label>
              The file has
              <select
                value={columns.mode}
                onChange={(e) => setColumns(withMode(columns, e.target.value as Mode))}
              >
                <option value="good-total">good and total counts</option>
                <option value="bad-total">bad and total counts</option>
                <option value="value">one value per interval</option>
              </select>
            </label>
          </div>
          <div className="field-row">
            {columnSelect('Time column', columns.timestamp, (i) =>
              setColumns({ ...columns, timestamp: i }),
            )}
            {columns.mode === 'good-total' &&
              columnSelect('Good column', columns.good, (i) => setColumns({ ...columns, good: i }))}
            {columns.mode === 'bad-total' &&
              columnSelect('Bad column', columns.bad, (i) => setColumns({ ...columns, bad: i }))}
            {columns.mode !== 'value' &&
              columnSelect('Total column', columns.total, (i) =>
                setColumns({ ...columns, total: i }),
              )}
            {columns.mode === 'value' &&
              columnSelect('Value column', columns.value, (i) =>
                setColumns({ ...columns, value: i }),
              )}
            <div className="field">
              <label>
                Time zone of times written without one
                <input value={timeZone} onChange={(e) => setTimeZone(e.target.value)} />
              </label>
            </div>
          </div>
          {columns.mode === 'value' && ratioSli && values && (
            <div className="field">
              <p className="field-hint" role="status">
                {describeValues(values)}
              </p>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={readsAsPercent}
                  onChange={(e) => setPercent(e.target.checked)}
                />{' '}
                The values are percentages (99.8 means 99.8%)
              </label>
            </div>
          )}
        </>
      )}
      {progress !== null && (
        <p>
          <progress aria-label="Import progress" max={1} value={progress} /> Reading the file…
        </p>
      )}
      {(problems.length > 0 || failure) && (
        <div role="alert" className="import-problems">
          <p>
            <strong>Nothing was imported.</strong>{' '}
            {failure ?? 'Fix these in the file and try again:'}
          </p>
          <ul>
            {problems.map((problem, i) => (
              <li key={i}>{describeCsvProblem(problem)}</li>
            ))}
          </ul>
        </div>
      )}
      <FormActions
        cancel={{ onCancel: onClose }}
        disabled={!chosen || progress !== null}
        onAction={() => void runImport()}
        label="Import data"
      />
    </Dialog>
  );
}
