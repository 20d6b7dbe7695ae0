import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { useDraft } from '../editing/useDraft';
import type { Account } from '../../../../shared/domain/journey';
import { useDatabase } from '../../db/DatabaseContext';
import {
  deleteAccount,
  listAccounts,
  restoreAccount,
  saveAccount,
  type DeletedAccount,
} from '../../db/journeyRepository';
import { TextField } from '../../ui/TextField';
import { errorText, showError, showInfo } from '../../ui/noticeStore';
import { UndoNotice } from '../../ui/UndoNotice';

const EMPTY = { name: '', segment: '', plan: '', csmOwner: '', notes: '' };

/** Customer accounts of the workbook: who the pain points come from. */
export function AccountsPanel({ workbookId }: { workbookId: string }) {
  const db = useDatabase();
  const accounts = useLiveQuery(() => listAccounts(db, workbookId), [db, workbookId]);
  // A new account being typed survives a reload; an edit of an existing one is just state.
  const [draft, setDraft, clearDraft] = useDraft(`account:${workbookId}`, EMPTY);
  const [editForm, setEditForm] = useState(EMPTY);
  const [editing, setEditing] = useState<Account | null>(null);
  const form = editing ? editForm : draft;
  const setForm = editing ? setEditForm : setDraft;
  const [error, setError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<DeletedAccount | null>(null);
  const set = (key: keyof typeof EMPTY) => (value: string) =>
    setForm((f) => ({ ...f, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (form.name.trim() === '') return setError('Give the account a name.');
    try {
      const saved = await saveAccount(db, workbookId, form, editing?.id, editing ?? undefined);
      showInfo(editing ? `Saved “${saved.name}”.` : `Added the account “${saved.name}”.`);
      if (editing) setEditForm(EMPTY);
      else clearDraft();
      setEditing(null);
      setError(null);
    } catch (failure) {
      setError(errorText(failure));
    }
  }

  return (
    <section aria-labelledby="accounts-title">
      <h2 id="accounts-title">Customer accounts</h2>
      {deleted && (
        <UndoNotice
          onUndo={() =>
            void restoreAccount(db, deleted).then(
              () => setDeleted(null),
              (failure: unknown) => showError(errorText(failure)),
            )
          }
        >
          Deleted “{deleted.account.name}”
          {deleted.painPointIds.length
            ? ` and took it off ${deleted.painPointIds.length} pain point${deleted.painPointIds.length === 1 ? '' : 's'}`
            : ''}
          .
        </UndoNotice>
      )}
      {accounts && accounts.length === 0 && (
        <p>No accounts yet. Add the customers whose pain you hear, so pain points can name them.</p>
      )}
      {accounts && accounts.length > 0 && (
        <table className="plain-table" aria-label="Accounts">
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col">Segment</th>
              <th scope="col">Plan or revenue band</th>
              <th scope="col">CSM owner</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id}>
                <th scope="row">{account.name}</th>
                <td>{account.segment}</td>
                <td>{account.plan}</td>
                <td>{account.csmOwner}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`Edit ${account.name}`}
                    onClick={() => {
                      setEditing(account);
                      setEditForm({
                        name: account.name,
                        segment: account.segment,
                        plan: account.plan,
                        csmOwner: account.csmOwner,
                        notes: account.notes,
                      });
                    }}
                  >
                    Edit
                  </button>{' '}
                  <button
                    type="button"
                    aria-label={`Delete ${account.name}`}
                    onClick={() =>
                      void deleteAccount(db, account.id).then(setDeleted, (failure: unknown) =>
                        showError(errorText(failure)),
                      )
                    }
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        onSubmit={submit}
        aria-label={editing ? `Edit ${editing.name}` : 'Add an account'}
        noValidate
      >
        <h3>{editing ? `Edit “${editing.name}”` : 'Add an account'}</h3>
        <div className="field-row">
          <TextField
            label="Account name"
            value={form.name}
            onValue={set('name')}
            error={error ?? undefined}
          />
          <TextField
            label="Segment"
            value={form.segment}
            onValue={set('segment')}
            placeholder="e.g. Enterprise"
          />
          <TextField label="Plan or revenue band" value={form.plan} onValue={set('plan')} />
          <TextField label="CSM owner" value={form.csmOwner} onValue={set('csmOwner')} />
        </div>
        <TextField label="Notes" value={form.notes} onValue={set('notes')} multiline />
        <div className="dialog-actions">
          {editing && (
            <button
              type="button"
              onClick={() => {
                setEditing(null);
                setEditForm(EMPTY);
              }}
            >
              Cancel
            </button>
          )}
          <button type="submit" className="primary">
            {editing ? 'Save account' : 'Add account'}
          </button>
        </div>
      </form>
    </section>
  );
}
