import { useState } from 'react';
import {
  describeOpenSloProblem,
  importOpenSlo,
  type OpenSloImport,
} from '../../../../shared/slo/openslo/importOpenSlo';
import { formatTarget } from '../../../../shared/slo/formatFigures';
import { useDatabase } from '../../db/DatabaseContext';
import { createSlos } from '../../db/sloRepository';
import { platform } from '../../platform/platform';
import { Dialog } from '../../ui/Dialog';
import { errorText, showInfo } from '../../ui/noticeStore';

/** Opens an OpenSLO file, shows what can be read and what is wrong, then imports all or nothing. */
export function OpenSloImportDialog({
  workbookId,
  onClose,
}: {
  workbookId: string;
  onClose: () => void;
}) {
  const db = useDatabase();
  const [file, setFile] = useState<{ name: string; result: OpenSloImport } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function choose() {
    setFailure(null);
    const opened = await platform.openFile({ kind: 'openslo' });
    if (opened.status === 'canceled') return;
    if (opened.status === 'failed') return setFailure(opened.message);
    setFile({ name: opened.fileName, result: importOpenSlo(opened.text) });
  }

  async function confirm() {
    if (!file) return;
    setBusy(true);
    try {
      const created = await createSlos(
        db,
        workbookId,
        file.result.slos.map((s) => s.draft),
      );
      showInfo(
        `Imported ${created.length === 1 ? '1 SLO' : `${created.length} SLOs`} from ${file.name}.`,
      );
      onClose();
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  const errors = file?.result.problems.filter((p) => p.severity === 'error') ?? [];
  const warnings = file?.result.problems.filter((p) => p.severity === 'warning') ?? [];
  const count = file?.result.slos.length ?? 0;

  return (
    <Dialog title="Import an OpenSLO file" onClose={onClose}>
      <p>
        Reads OpenSLO v1 YAML: SLO documents with an inline indicator or a reference to an SLI
        document in the same file.
      </p>
      <button type="button" onClick={() => void choose()}>
        {file ? 'Choose another file…' : 'Choose an OpenSLO file…'}
      </button>
      {file && (
        <>
          <h3>
            {file.name}:{' '}
            {count === 0
              ? 'no SLO can be read'
              : count === 1
                ? '1 SLO can be imported'
                : `${count} SLOs can be imported`}
          </h3>
          {count > 0 && (
            <ul aria-label="SLOs to import">
              {file.result.slos.map((s, i) => (
                <li key={i}>
                  {s.name}: {formatTarget(s.draft.target)} (document {s.document})
                </li>
              ))}
            </ul>
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
              <p>Read anyway, though these break OpenSLO rules:</p>
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
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={count === 0 || busy}
          onClick={() => void confirm()}
        >
          {count > 1 ? `Import ${count} SLOs` : 'Import SLO'}
        </button>
      </div>
    </Dialog>
  );
}
