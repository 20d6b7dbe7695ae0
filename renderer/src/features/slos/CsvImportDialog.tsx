import { useState } from 'react';
import type { Slo } from '../../../../shared/domain/slo';
import {
  describeCsvProblem,
  previewCsv,
  type CsvPreview,
  type CsvProblem,
  type SliColumns,
} from '../../../../shared/slo/csv/parseSliCsv';
import { formatCount } from '../../../../shared/slo/formatFigures';
import { useDatabase } from '../../db/DatabaseContext';
import { replaceSliData } from '../../db/sloRepository';
import { platform } from '../../platform/platform';
import { Dialog } from '../../ui/Dialog';
import { errorText, showInfo } from '../../ui/noticeStore';
import { parseCsvOffThread } from './parseCsvOffThread';

type Mode = SliColumns['mode'];

interface Chosen {
  fileName: string;
  text: string;
  preview: CsvPreview;
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

export function CsvImportDialog({ slo, onClose }: { slo: Slo; onClose: () => void }) {
  const db = useDatabase();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [columns, setColumns] = useState<SliColumns | null>(null);
  const [timeZone, setTimeZone] = useState('UTC');
  const [problems, setProblems] = useState<CsvProblem[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function chooseFile() {
    setFailure(null);
    setProblems([]);
    const opened = await platform.openFile({ kind: 'csv' });
    if (opened.status === 'canceled') return;
    if (opened.status === 'failed') return setFailure(opened.message);
    const preview = previewCsv(opened.text);
    if (!preview.ok) {
      setChosen(null);
      setProblems(preview.problems);
      return;
    }
    setChosen({ fileName: opened.fileName, text: opened.text, preview: preview.value });
    setColumns(initialColumns(preview.value, slo));
  }

  async function runImport() {
    if (!chosen || !columns) return;
    setProblems([]);
    setFailure(null);
    setProgress(0);
    try {
      const result = await parseCsvOffThread(chosen.text, columns, timeZone, setProgress);
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
    <Dialog title={`Import SLI data for “${slo.name}”`} onClose={onClose}>
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
          <div className="table-scroll">
            <table className="plain-table" aria-label="File preview">
              <thead>
                <tr>
                  {header.map((name, i) => (
                    <th key={i} scope="col">
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
          {columns.mode === 'value' && slo.sli.kind === 'ratio' && (
            <p className="field-hint">
              Each value is read as that interval’s success ratio, from 0 to 1.
            </p>
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
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={!chosen || progress !== null}
          onClick={() => void runImport()}
        >
          Import data
        </button>
      </div>
    </Dialog>
  );
}
