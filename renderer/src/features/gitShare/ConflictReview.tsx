import { useState } from 'react';
import { RECORD_KIND_DESCRIPTORS } from '../../../../shared/domain/recordKinds';
import type { GitConflictView } from '../../../../shared/sync/gitLinkRequests';
import { useDatabase } from '../../db/DatabaseContext';
import { Dialog } from '../../ui/Dialog';
import { FormActions } from '../../ui/FormActions';
import { runSync } from './gitSyncStore';

const kindName = (kind: string) =>
  kind === 'workbook'
    ? 'The workbook'
    : kind === 'sliData'
      ? 'SLI data'
      : (RECORD_KIND_DESCRIPTORS.find((d) => d.kind === kind)?.one ?? kind).replace(/^an? /, '');

/** A value as a person reads it; always plain text (never HTML). */
function shown(value: unknown): string {
  if (value === null || value === undefined) return '(deleted)';
  if (typeof value === 'string') return value === '' ? '(empty)' : value;
  return JSON.stringify(value);
}

/**
 * The same field changed here and on the remote since the last sync: each is listed with both
 * values; nothing is pushed until every one is chosen. Closing keeps them for later.
 */
export function ConflictReview({
  workbookId,
  conflicts,
  onClose,
}: {
  workbookId: string;
  conflicts: GitConflictView[];
  onClose: () => void;
}) {
  const db = useDatabase();
  const [choices, setChoices] = useState<Record<string, 'mine' | 'theirs'>>({});
  const chosen = conflicts.filter((c) => choices[c.key]).length;
  const all = chosen === conflicts.length;
  return (
    <Dialog
      title={`Needs your choice: ${conflicts.length} conflict${conflicts.length === 1 ? '' : 's'}`}
      onClose={onClose}
      wide
    >
      <p>
        These fields were changed here and by someone else since the last sync. Choose which value
        to keep for each; nothing is sent to the repository until every one is chosen.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!all) return;
          onClose();
          void runSync(
            db,
            workbookId,
            conflicts.map((c) => ({ key: c.key, take: choices[c.key]! })),
          );
        }}
      >
        <ul className="git-conflicts">
          {conflicts.map((c) => (
            <li key={c.key}>
              <fieldset>
                <legend>
                  {kindName(c.kind)} “{c.label}”
                  {c.field ? `: ${c.field}` : ': deleted on one side, edited on the other'}
                </legend>
                {(['mine', 'theirs'] as const).map((side) => (
                  <label key={side} className="git-conflict-side">
                    <input
                      type="radio"
                      name={c.key}
                      checked={choices[c.key] === side}
                      onChange={() => setChoices({ ...choices, [c.key]: side })}
                    />
                    <span>
                      {side === 'mine' ? 'Keep mine' : 'Take theirs'}:{' '}
                      <q className="git-conflict-value">{shown(c[side])}</q>
                    </span>
                  </label>
                ))}
              </fieldset>
            </li>
          ))}
        </ul>
        <p role="status">
          {chosen} of {conflicts.length} chosen
          {all ? '.' : ': nothing is pushed until every conflict is chosen.'}
        </p>
        <FormActions
          cancel={{ label: 'Decide later', onCancel: onClose }}
          disabled={!all}
          label="Sync with these choices"
        />
      </form>
    </Dialog>
  );
}
