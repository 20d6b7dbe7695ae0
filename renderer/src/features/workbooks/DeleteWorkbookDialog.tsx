import { plural } from '../../../../shared/domain/labels';
import { FormActions } from '../../ui/FormActions';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Workbook } from '../../../../shared/domain/workbook';
import { useDatabase } from '../../db/DatabaseContext';
import { countWorkbookContents, type WorkbookCounts } from '../../db/workbookRepository';
import { Dialog } from '../../ui/Dialog';
import { errorText } from '../../ui/noticeStore';

/** What deleting the workbook would take with it, counted, in one sentence fragment. */
function describeContents(counts: WorkbookCounts): string {
  const parts = [
    counts.journeys
      ? `${plural(counts.journeys, 'journey', 'journeys')}${
          counts.painPoints ? ` with ${plural(counts.painPoints, 'pain point', 'pain points')}` : ''
        }`
      : null,
    counts.accounts ? plural(counts.accounts, 'customer account', 'customer accounts') : null,
    counts.slos
      ? `${plural(counts.slos, 'SLO', 'SLOs')} with ${counts.slos === 1 ? 'its' : 'their'} SLI data`
      : null,
    counts.retros ? plural(counts.retros, 'retrospective', 'retrospectives') : null,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return ' (it holds nothing else yet)';
  const last = parts.pop()!;
  return `: ${parts.length ? `${parts.join(', ')} and ${last}` : last}`;
}

interface DeleteWorkbookDialogProps {
  workbook: Workbook;
  onExportFirst: () => Promise<void>;
  onDelete: () => Promise<void>;
  onClose: () => void;
}

export function DeleteWorkbookDialog({
  workbook,
  onExportFirst,
  onDelete,
  onClose,
}: DeleteWorkbookDialogProps) {
  const db = useDatabase();
  const counts = useLiveQuery(() => countWorkbookContents(db, workbook.id), [db, workbook.id]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    try {
      await onDelete();
      onClose();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title={`Delete “${workbook.name}”?`} onClose={onClose}>
      <p>
        This removes the workbook <strong>{workbook.name}</strong> from this computer, with
        everything in it
        {counts ? describeContents(counts) : ''}. It cannot be undone.
      </p>
      <p>If you may need it again, export a copy first.</p>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <FormActions
        cancel={{ label: 'Keep workbook', onCancel: onClose, autoFocus: true }}
        tone="danger"
        disabled={busy}
        onAction={() => void confirm()}
        label="Delete workbook"
      >
        <button type="button" onClick={() => void onExportFirst()}>
          Export a copy first
        </button>
      </FormActions>
    </Dialog>
  );
}
