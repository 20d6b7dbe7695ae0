import { FormActions } from '../../ui/FormActions';
import { useEffect, useRef, useState } from 'react';
import { describeObjective } from '../../../../shared/slo/describeSlo';
import { sliParts } from '../../../../shared/slo/sliParts';
import {
  describeOpenSloProblem,
  type ImportedOpenSlo,
  type OpenSloImport,
} from '../../../../shared/slo/openslo/importOpenSlo';
import { useDatabase } from '../../db/DatabaseContext';
import { createSlos } from '../../db/sloRepository';
import { platform } from '../../platform/platform';
import './sloFiles.css';
import { Dialog } from '../../ui/Dialog';
import type { WorkerRun } from '../../workers/runInWorker';
import { readSloFilesOffThread } from './readSloFilesOffThread';
import { errorText, showInfo } from '../../ui/noticeStore';

/** Where an SLO came from, for a list that may span several files. */
function placeOf(s: ImportedOpenSlo): string {
  return s.file ? `${s.file}, document ${s.document}` : `document ${s.document}`;
}

function sourceName(s: ImportedOpenSlo): string {
  return s.origin?.format === 'sloth' ? 'Sloth' : 'OpenSLO';
}

/**
 * Opens OpenSLO and Sloth files (several at once, so references between them resolve), shows
 * what can be read and what is wrong, then imports all of it or nothing.
 */
export function SloFilesImportDialog({
  workbookId,
  onClose,
}: {
  workbookId: string;
  onClose: () => void;
}) {
  const db = useDatabase();
  const [chosen, setChosen] = useState<{ names: string[]; result: OpenSloImport } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reading, setReading] = useState(false);
  const run = useRef<WorkerRun<OpenSloImport> | null>(null);
  // Closing the dialog stops a read still under way.
  useEffect(() => () => run.current?.cancel(), []);

  async function choose() {
    setFailure(null);
    const opened = await platform.openFile({ kind: 'openslo', multiple: true });
    if (opened.status === 'canceled') return;
    if (opened.status === 'failed') return setFailure(opened.message);
    const files = (opened.files ?? [opened]).map((f) => ({ name: f.fileName, text: f.text }));
    run.current?.cancel();
    const current = readSloFilesOffThread(files);
    run.current = current;
    setChosen(null);
    setReading(true);
    try {
      const result = await current.result;
      if (run.current === current) setChosen({ names: files.map((f) => f.name), result });
    } catch (error) {
      if (run.current === current) setFailure(errorText(error));
    } finally {
      if (run.current === current) setReading(false);
    }
  }

  async function confirm() {
    if (!chosen) return;
    setBusy(true);
    try {
      const { slos } = chosen.result;
      const created = await createSlos(
        db,
        workbookId,
        slos.map((s) => s.draft),
        slos.map((s) => s.origin),
      );
      const from = chosen.names.length === 1 ? chosen.names[0] : `${chosen.names.length} files`;
      showInfo(
        `Imported ${created.length === 1 ? '1 SLO' : `${created.length} SLOs`} from ${from}.`,
      );
      onClose();
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  const result = chosen?.result;
  const errors = result?.problems.filter((p) => p.severity === 'error') ?? [];
  const warnings = result?.problems.filter((p) => p.severity === 'warning') ?? [];
  const count = result?.slos.length ?? 0;
  const what = chosen
    ? chosen.names.length === 1
      ? chosen.names[0]
      : `${chosen.names.length} files`
    : '';

  return (
    <Dialog title="Import SLO files" onClose={onClose} wide>
      <p>
        Reads OpenSLO (v1 and v1alpha, YAML or JSON) and Sloth specs. Choose several files at once
        when an SLO refers to an SLI, a service or an alert policy kept in another file. What the
        files hold beyond the workbook’s own fields (names, labels, queries, alert policies) is kept
        and goes back out when you export.
      </p>
      <button type="button" onClick={() => void choose()}>
        {chosen ? 'Choose other files…' : 'Choose SLO files…'}
      </button>
      {reading && (
        <p role="status" className="field-hint">
          Reading the files…
        </p>
      )}
      {chosen && result && (
        <>
          <h3>
            {what}:{' '}
            {count === 0
              ? 'no SLO can be read'
              : count === 1
                ? '1 SLO can be imported'
                : `${count} SLOs can be imported`}
          </h3>
          {count > 0 && (
            <ul aria-label="SLOs to import" className="import-list">
              {result.slos.map((s, i) => (
                <li key={i}>
                  <strong>{s.name}</strong>: {describeObjective(s.draft)}
                  <span className="field-hint">
                    {' '}
                    ({sourceName(s)}, {placeOf(s)})
                  </span>
                  <br />
                  <span className="import-sli">
                    {sliParts(s.draft).map((part, j) => (
                      <span key={part.label}>
                        {j > 0 ? ' · ' : ''}
                        {part.label}: <code>{part.text}</code>
                      </span>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {count > 0 && result.kept.length > 0 && (
            <p className="field-hint" aria-label="Also kept">
              Also kept, to go back out with the SLOs:{' '}
              {result.kept
                .map((k) => `${k.kind} ${k.name}${k.keptWith ? ` (with ${k.keptWith})` : ''}`)
                .join('; ')}
              .
            </p>
          )}
          {errors.length > 0 && (
            <div role="alert" className="import-problems">
              <p>
                <strong>Not imported</strong>, because of these problems:
              </p>
              <ul>
                {errors.map((p, i) => (
                  <li key={i}>{describeOpenSloProblem(p)}</li>
                ))}
              </ul>
            </div>
          )}
          {warnings.length > 0 && (
            <div className="notice-inline">
              <p>Read anyway, though these break the files’ rules:</p>
              <ul aria-label="Warnings">
                {warnings.map((p, i) => (
                  <li key={i}>{describeOpenSloProblem(p)}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
      <FormActions
        cancel={{ onCancel: onClose }}
        disabled={count === 0 || busy}
        onAction={() => void confirm()}
        label={count > 1 ? `Import ${count} SLOs` : 'Import SLO'}
      />
    </Dialog>
  );
}
