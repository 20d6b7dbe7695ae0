import { FormActions } from '../../ui/FormActions';
import { recordRowId } from '../../ui/recordRowId';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import {
  ACTION_KINDS,
  ACTION_STATUSES,
  type ActionItem,
  type ActionItemDraft,
} from '../../../../shared/domain/retro';
import { isOverdue, localDay } from '../../../../shared/retro/actionOverview';
import { useDatabase } from '../../db/DatabaseContext';
import { listJourneys } from '../../db/journeyRepository';
import { deleteOwned, saveActionItem } from '../../db/retroRepository';
import { listSlos } from '../../db/sloRepository';
import { errorText, showError } from '../../ui/noticeStore';
import { TextField } from '../../ui/TextField';
import { CheckedTextField } from './CheckedTextField';
import { useRetro } from './RetroContext';
import { useMinuteClock } from '../../ui/useMinuteClock';
import { useRetroUi } from './retroStore';
import { hasDraft, useDraft } from '../editing/useDraft';
import { protectedRecords, useProtectableNames } from './protectedRecords';

type Form = {
  description: string;
  owner: string;
  dueDate: string;
  kind: ActionItem['kind'];
  status: ActionItem['status'];
  sloId: string;
  journeyId: string;
};

const EMPTY: Form = {
  description: '',
  owner: '',
  dueDate: '',
  kind: 'fix',
  status: 'open',
  sloId: '',
  journeyId: '',
};

function toForm(item: ActionItem): Form {
  return { ...item, sloId: item.sloId ?? '', journeyId: item.journeyId ?? '' };
}

/** Where unsaved changes to an action item are kept. */
const actionEditDraftKey = (id: string) => `action-edit:${id}`;

function ActionItemForm({ item, onDone }: { item?: ActionItem; onDone?: () => void }) {
  const db = useDatabase();
  const { retro, dismiss } = useRetro();
  const id = useId();
  const slos = useLiveQuery(() => listSlos(db, retro.workbookId), [db, retro.workbookId]) ?? [];
  const journeys =
    useLiveQuery(() => listJourneys(db, retro.workbookId), [db, retro.workbookId]) ?? [];
  const [form, setForm, clearDraft] = useDraft<Form>(
    item ? actionEditDraftKey(item.id) : `action:${retro.id}`,
    item ? toForm(item) : EMPTY,
  );
  const [errors, setErrors] = useState<Partial<Record<keyof Form | 'form', string>>>({});
  // The item as the form opened it: only what is changed here is written over it.
  const [base] = useState(item);
  const set = <K extends keyof Form>(key: K, value: Form[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: typeof errors = {};
    if (form.description.trim() === '') found.description = 'Say what will be done.';
    if (form.owner.trim() === '')
      found.owner = 'Name the owning team or role: items owned by nobody are not done.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.dueDate)) found.dueDate = 'Give a due date.';
    setErrors(found);
    if (Object.keys(found).length) return;
    const draft: ActionItemDraft = {
      ...form,
      sloId: form.sloId || null,
      journeyId: form.journeyId || null,
    };
    try {
      await saveActionItem(db, retro.id, draft, item?.id, base);
      clearDraft();
      onDone?.();
    } catch (failure) {
      setErrors({ form: errorText(failure) });
    }
  }
  const select = <K extends 'kind' | 'status' | 'sloId' | 'journeyId'>(
    key: K,
    label: string,
    options: [string, string][],
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        value={form[key]}
        onChange={(e) => set(key, e.target.value as Form[K])}
      >
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={item ? `Edit the action item` : 'Add an action item'}
    >
      <CheckedTextField
        label="Action"
        value={form.description}
        onValue={(v) => set('description', v)}
        field={item ? `action:${item.id}` : 'action:new'}
        dismissals={item ? retro.dismissals : []}
        {...(item ? { onDismiss: dismiss } : {})}
        error={errors.description}
      />
      <div className="field-row">
        <TextField
          label="Owning team or role"
          value={form.owner}
          onValue={(v) => set('owner', v)}
          error={errors.owner}
        />
        <TextField
          label="Due date"
          type="date"
          value={form.dueDate}
          onValue={(v) => set('dueDate', v)}
          error={errors.dueDate}
        />
        {select(
          'kind',
          'Kind',
          ACTION_KINDS.map((k) => [k, k]),
        )}
        {select(
          'status',
          'Status',
          ACTION_STATUSES.map((s) => [s, s]),
        )}
      </div>
      <div className="field-row">
        {select('sloId', 'Protects the SLO', [
          ['', 'no SLO'],
          ...slos.map((s): [string, string] => [s.id, s.name]),
        ])}
        {select('journeyId', 'Protects the journey', [
          ['', 'no journey'],
          ...journeys.map((j): [string, string] => [j.id, j.name]),
        ])}
      </div>
      {errors.form && (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      )}
      <FormActions
        cancel={
          onDone && item
            ? {
                onCancel: () => {
                  clearDraft();
                  onDone();
                },
              }
            : undefined
        }
        label={item ? 'Save action item' : 'Add action item'}
      />
    </form>
  );
}

/** "protects the SLO “…” and the journey “…”", or null when the item protects nothing. */
function ActionRow({ item, protects }: { item: ActionItem; protects: string | null }) {
  const db = useDatabase();
  const setLastDeleted = useRetroUi((s) => s.setLastDeleted);
  // An edit left unsaved before a reload opens again, with the changes in it.
  const [editing, setEditing] = useState(() => hasDraft(actionEditDraftKey(item.id)));
  // Shown at once; the live query brings the stored value back a moment later.
  const [status, setStatus] = useState(item.status);
  const now = useMinuteClock();
  const overdue = isOverdue(item, localDay(now));
  if (editing)
    return (
      <li className="action-item">
        <ActionItemForm item={item} onDone={() => setEditing(false)} />
      </li>
    );
  return (
    <li
      id={recordRowId(item.id)}
      tabIndex={-1}
      className={`action-item${overdue ? ' overdue' : ''}`}
    >
      <p>
        <strong>{item.description}</strong>
      </p>
      <p>
        {item.kind} · owned by {item.owner} · due {item.dueDate}
        {overdue ? ' (overdue)' : ''}
        {protects ? ` · protects ${protects}` : ''} ·{' '}
        <select
          aria-label={`Status of “${item.description}”`}
          value={status}
          onChange={(e) => {
            const next = e.target.value as ActionItem['status'];
            setStatus(next);
            void saveActionItem(db, item.retroId, { ...item, status: next }, item.id, item).catch(
              (error: unknown) => {
                setStatus(item.status);
                showError(errorText(error));
              },
            );
          }}
        >
          {ACTION_STATUSES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </p>
      <button
        type="button"
        aria-label={`Edit the action “${item.description}”`}
        onClick={() => setEditing(true)}
      >
        Edit
      </button>{' '}
      <button
        type="button"
        className="quiet danger-quiet"
        aria-label={`Delete the action “${item.description}”`}
        onClick={() =>
          void deleteOwned(db, db.actionItems, item.id).then(
            (deleted) => deleted && setLastDeleted({ kind: 'action', deleted }),
            (e: unknown) => showError(errorText(e)),
          )
        }
      >
        Delete
      </button>
    </li>
  );
}

export function ActionItemsPanel({ items }: { items: ActionItem[] }) {
  const { retro } = useRetro();
  const names = useProtectableNames(retro.workbookId);
  return (
    <section aria-label="Action items">
      <h3>Action items</h3>
      <p className="field-hint">
        Each item needs an owning team or role and a due date, or it dies after the meeting. Say
        which journey or SLO it protects.
      </p>
      {items.length === 0 ? (
        <p>No action items yet.</p>
      ) : (
        <ul className="action-items" aria-label="Action items of this retrospective">
          {items.map((item) => (
            // A new version of the item (saved here or elsewhere) starts its row afresh.
            <ActionRow
              key={`${item.id}@${item.updatedAt}`}
              item={item}
              protects={names ? protectedRecords(item, names) : null}
            />
          ))}
        </ul>
      )}
      <ActionItemForm />
    </section>
  );
}
