import { FormActions } from '../../ui/FormActions';
import { useMemo, useState } from 'react';
import type { Slo } from '../../../../shared/domain/slo';
import {
  exportSloFile,
  FORMAT_LABELS,
  SLO_FILE_FORMATS,
  type SloFileFormat,
} from '../../../../shared/slo/exportSloFiles';
import { platform } from '../../platform/platform';
import './sloFiles.css';
import { Dialog } from '../../ui/Dialog';
import { errorText, showError, showInfo } from '../../ui/noticeStore';

/** Lines of the file shown before saving: enough to see its shape, not a wall of YAML. */
const PREVIEW_LINES = 40;

/**
 * Saves one SLO, or all of a workbook's, as OpenSLO, a Sloth spec, or Prometheus rules (a rule
 * file or a PrometheusRule), with a preview of the file and, for the formats that need Prometheus
 * queries, which SLOs are left out and why.
 */
export function SloExportDialog({
  slos,
  title,
  onClose,
}: {
  slos: Slo[];
  /** What the file is named after: the SLO, or the workbook. */
  title: string;
  onClose: () => void;
}) {
  const [format, setFormat] = useState<SloFileFormat>('openslo');
  const [busy, setBusy] = useState(false);
  const file = useMemo(() => exportSloFile(format, slos, title), [format, slos, title]);
  const lines = file.text.split('\n');
  const preview =
    lines.length > PREVIEW_LINES
      ? `${lines.slice(0, PREVIEW_LINES).join('\n')}\n… ${lines.length - PREVIEW_LINES} more lines`
      : file.text;

  async function save() {
    setBusy(true);
    try {
      const result = await platform.saveFile({
        suggestedName: file.fileName,
        content: file.text,
        kind: file.kind,
      });
      if (result.status === 'saved') {
        const what = file.written === 1 ? '1 SLO' : `${file.written} SLOs`;
        showInfo(`Saved ${what} as ${FORMAT_LABELS[format].name} in ${result.fileName}.`);
        onClose();
      }
      if (result.status === 'failed') showError(result.message);
    } catch (error) {
      showError(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title={slos.length === 1 ? `Export “${title}”` : 'Export SLOs'} onClose={onClose} wide>
      <fieldset className="export-formats">
        <legend>Format</legend>
        {SLO_FILE_FORMATS.map((f) => (
          <label key={f} className="radio-choice">
            <input
              type="radio"
              name="slo-export-format"
              value={f}
              checked={format === f}
              onChange={() => setFormat(f)}
            />
            <span>
              <strong>{FORMAT_LABELS[f].name}</strong>
              <span className="field-hint"> {FORMAT_LABELS[f].hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {file.skipped.length > 0 && (
        <div className="notice-inline" role="status">
          <p>
            {file.written === 0
              ? `Nothing to write as ${FORMAT_LABELS[format].name}:`
              : `Left out of this file:`}
          </p>
          <ul aria-label="Left out">
            {file.skipped.map((s, i) => (
              <li key={i}>
                <strong>{s.name}</strong>: {s.why}
              </li>
            ))}
          </ul>
        </div>
      )}
      {(file.notes ?? []).length > 0 && (
        <div className="notice-inline" role="status">
          <p>Written differently from how they read here:</p>
          <ul aria-label="Written differently">
            {(file.notes ?? []).map((s, i) => (
              <li key={i}>
                <strong>{s.name}</strong>: {s.why}
              </li>
            ))}
          </ul>
        </div>
      )}
      {file.written > 0 && (
        <>
          <p className="field-hint">
            {file.fileName} · {file.written === 1 ? '1 SLO' : `${file.written} SLOs`} ·{' '}
            {lines.length} lines
          </p>
          <pre className="export-preview" aria-label="Preview" tabIndex={0}>
            {preview}
          </pre>
        </>
      )}
      <FormActions
        cancel={{ onCancel: onClose }}
        disabled={busy || file.written === 0}
        onAction={() => void save()}
        label={`Save ${FORMAT_LABELS[format].name}…`}
      />
    </Dialog>
  );
}
