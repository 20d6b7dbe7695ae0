import { FormActions } from '../../ui/FormActions';
import { useEffect, useState } from 'react';
import type { Slo } from '../../../../shared/domain/slo';
import {
  describeCsvProblem,
  previewCsv,
  type CsvPreview,
  type CsvProblem,
  type CsvResult,
  type ImportedSli,
  type SliColumns,
} from '../../../../shared/slo/csv/parseSliCsv';
import { readSliCsvLayout, type SliCsvLayout } from '../../../../shared/slo/csv/sliCsvLayout';
import { readValueKind, type ValueReading } from '../../../../shared/slo/csv/valueKind';
import { isValidTimeZone } from '../../../../shared/slo/calendarWindows';
import { formatCount } from '../../../../shared/slo/formatFigures';
import { useDatabase } from '../../db/DatabaseContext';
import { replaceSliData } from '../../db/sloRepository';
import { platform } from '../../platform/platform';
import { Dialog } from '../../ui/Dialog';
import { errorText, showInfo } from '../../ui/noticeStore';
import { CsvRowsReading, CsvShapeReading } from './CsvReading';
import { startCsvParse } from './parseCsvOffThread';
import './sloFiles.css';

type Mode = SliColumns['mode'];

interface Chosen {
  fileName: string;
  /** The file as opened: read again when the person picks the other shape. */
  original: string;
  /** The shape, the file as a wide table and the columns guessed, each with its reason. */
  layout: SliCsvLayout;
  /** More rows than the preview shows, to tell a ratio from a percentage or counts. */
  sample: string[][];
}

/** What reading every row gave for one choice of columns, zone and scale. */
interface Check {
  chosen: Chosen;
  key: string;
  result: CsvResult<ImportedSli>;
}

/** The file read in a layout, or the problems that stop it. */
function choose(
  fileName: string,
  original: string,
  shape?: SliCsvLayout['shape'],
): { ok: true; chosen: Chosen } | { ok: false; problems: CsvProblem[] } {
  const layout = readSliCsvLayout(original, shape);
  if (!layout.ok) return { ok: false, problems: layout.problems };
  const sample = previewCsv(layout.value.text, 500);
  return {
    ok: true,
    chosen: {
      fileName,
      original,
      layout: layout.value,
      sample: sample.ok ? sample.value.rows : layout.value.preview.rows,
    },
  };
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
  const [check, setCheck] = useState<Check | null>(null);

  function show(result: ReturnType<typeof choose>) {
    if (!result.ok) {
      setChosen(null);
      setProblems(result.problems);
      return;
    }
    setChosen(result.chosen);
    setColumns(initialColumns(result.chosen.layout.preview, slo));
    setPercent(null);
  }

  async function chooseFile() {
    setFailure(null);
    setProblems([]);
    const opened = await platform.openFile({ kind: 'csv' });
    if (opened.status === 'canceled') return;
    if (opened.status === 'failed') return setFailure(opened.message);
    show(choose(opened.fileName, opened.text));
  }

  function readOtherWay() {
    if (!chosen) return;
    setProblems([]);
    show(choose(chosen.fileName, chosen.original, chosen.layout.other.shape));
  }

  const values =
    chosen && columns?.mode === 'value' ? readValueKind(chosen.sample, columns.value) : null;
  const ratioSli = slo.sli.kind === 'ratio';
  const readsAsPercent = ratioSli && (percent ?? values?.kind === 'percent');
  const zoneOk = isValidTimeZone(timeZone);
  const scale = readsAsPercent ? 0.01 : 1;
  const checkKey = chosen && columns ? JSON.stringify([columns, timeZone, scale]) : null;

  // Every row read as soon as the columns are chosen, off the window's thread, so the preview
  // says what the import will hold (rows, gaps, rows summed) before anything is written.
  useEffect(() => {
    if (!chosen || !columns || !checkKey || !zoneOk) return;
    const run = startCsvParse(chosen.layout.text, columns, timeZone, scale);
    let current = true;
    run.result.then(
      (result) => current && setCheck({ chosen, key: checkKey, result }),
      (error: unknown) =>
        current &&
        setCheck({
          chosen,
          key: checkKey,
          result: {
            ok: false,
            problems: [{ line: null, column: null, message: errorText(error) }],
          },
        }),
    );
    return () => {
      current = false;
      run.cancel();
    };
  }, [chosen, columns, timeZone, scale, checkKey, zoneOk]);

  async function runImport() {
    if (!chosen || !columns || !checkKey) return;
    setProblems([]);
    setFailure(null);
    setProgress(0);
    try {
      // The rows already read for this very choice, else read again.
      const result =
        check?.chosen === chosen && check.key === checkKey
          ? check.result
          : await startCsvParse(chosen.layout.text, columns, timeZone, scale, setProgress).result;
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

  const header = chosen?.layout.preview.header ?? [];
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
          <CsvShapeReading layout={chosen.layout} onOtherReading={readOtherWay} />
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
                {chosen.layout.preview.rows.map((row, r) => (
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
                <input
                  value={timeZone}
                  aria-invalid={!zoneOk}
                  onChange={(e) => setTimeZone(e.target.value)}
                />
              </label>
              {!zoneOk && (
                <p className="field-error">
                  Not a time zone: write one such as Europe/Berlin or UTC.
                </p>
              )}
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
          <CsvRowsReading
            layout={chosen.layout}
            columnsAsGuessed={JSON.stringify(columns) === JSON.stringify(chosen.layout.columns)}
            valueMode={columns.mode === 'value'}
            check={
              zoneOk && check?.chosen === chosen && check.key === checkKey ? check.result : null
            }
          />
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
        disabled={!chosen || !zoneOk || progress !== null}
        onAction={() => void runImport()}
        label="Import data"
      />
    </Dialog>
  );
}
