import { useFormSubmit } from '../../ui/useFormSubmit';
import { FormActions } from '../../ui/FormActions';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { parseMoney } from '../../../../shared/customer/crmValues';
import { formatMoney } from '../../../../shared/customer/revenueAtRisk';
import { accountDraftSchema, type Account } from '../../../../shared/domain/journey';
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
import { useDraft } from '../editing/useDraft';
import { useJourneyUi } from '../journeys/journeyStore';
import { AccountCsvImportDialog } from './AccountCsvImportDialog';
import './customers.css';

interface AccountForm {
  name: string;
  segment: string;
  plan: string;
  csmOwner: string;
  notes: string;
  arr: string;
  currency: string;
  renewalDate: string;
}

const EMPTY: AccountForm = {
  name: '',
  segment: '',
  plan: '',
  csmOwner: '',
  notes: '',
  arr: '',
  currency: 'USD',
  renewalDate: '',
};

const formOf = (a: Account): AccountForm => ({
  name: a.name,
  segment: a.segment,
  plan: a.plan,
  csmOwner: a.csmOwner,
  notes: a.notes,
  arr: a.arr === null ? '' : String(a.arr),
  currency: a.currency,
  renewalDate: a.renewalDate ?? '',
});

type Order = 'name' | 'arr' | 'renewal';
/** Accounts listed before a search narrows them: a CRM import may bring thousands. */
const LISTED = 200;

/** The form's text as an account draft, or the first thing wrong with it in words. */
function draftOf(
  form: AccountForm,
): { draft: ReturnType<typeof accountDraftSchema.parse> } | { error: string } {
  const money = parseMoney(form.arr);
  if (!money.ok) return { error: `The annual revenue “${form.arr}” ${money.message}.` };
  const parsed = accountDraftSchema.safeParse({
    name: form.name,
    segment: form.segment,
    plan: form.plan,
    csmOwner: form.csmOwner,
    notes: form.notes,
    arr: money.value?.amount ?? null,
    currency: money.value?.currency ?? form.currency,
    renewalDate: form.renewalDate || null,
  });
  if (!parsed.success) return { error: parsed.error.issues[0]!.message };
  return { draft: parsed.data };
}

/** Customer accounts of the workbook: who the pain points come from, and what they are worth. */
export function AccountsPanel({ workbookId }: { workbookId: string }) {
  const db = useDatabase();
  const id = useId();
  const accounts = useLiveQuery(() => listAccounts(db, workbookId), [db, workbookId]);
  const selectAccount = useJourneyUi((s) => s.selectAccount);
  // A new account being typed survives a reload; an edit of an existing one is just state.
  const [draft, setDraft, clearDraft] = useDraft<AccountForm>(`account:${workbookId}`, EMPTY);
  const [editForm, setEditForm] = useState(EMPTY);
  const [editing, setEditing] = useState<Account | null>(null);
  const form = { ...EMPTY, ...(editing ? editForm : draft) };
  const setForm = editing ? setEditForm : setDraft;
  const [deleted, setDeleted] = useState<DeletedAccount | null>(null);
  const [importing, setImporting] = useState(false);
  const [order, setOrder] = useState<Order>('name');
  const [find, setFind] = useState('');
  const set = (key: keyof AccountForm) => (value: string) =>
    setForm((f) => ({ ...EMPTY, ...f, [key]: value }));

  const {
    error,
    setError,
    onSubmit: submit,
  } = useFormSubmit(async () => {
    const checked = draftOf(form);
    if ('error' in checked) return checked.error;
    const base = editing ?? undefined;
    const saved = await saveAccount(db, workbookId, checked.draft, editing?.id, base);
    showInfo(editing ? `Saved “${saved.name}”.` : `Added the account “${saved.name}”.`);
    if (editing) setEditForm(EMPTY);
    else clearDraft();
    setEditing(null);
  });

  const needle = find.trim().toLowerCase();
  const sorted = [...(accounts ?? [])]
    .filter(
      (a) => needle === '' || `${a.name} ${a.segment} ${a.csmOwner}`.toLowerCase().includes(needle),
    )
    .sort((a, b) =>
      order === 'arr'
        ? (b.arr ?? -1) - (a.arr ?? -1) || a.name.localeCompare(b.name)
        : order === 'renewal'
          ? (a.renewalDate ?? '9999').localeCompare(b.renewalDate ?? '9999') ||
            a.name.localeCompare(b.name)
          : a.name.localeCompare(b.name),
    );
  const shown = sorted.slice(0, LISTED);

  return (
    <section aria-labelledby="accounts-title" className="accounts-panel">
      <div className="section-header">
        <h2 id="accounts-title">Customer accounts</h2>
        <div className="toolbar" role="toolbar" aria-label="Account actions">
          <button type="button" onClick={() => setImporting(true)}>
            Import from a CRM file…
          </button>
        </div>
      </div>
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
          {deleted.retroIds.length
            ? ` and ${deleted.retroIds.length} incident${deleted.retroIds.length === 1 ? '' : 's'}`
            : ''}
          .
        </UndoNotice>
      )}
      {accounts && accounts.length === 0 && (
        <div className="empty-state">
          <p>
            No accounts yet. Add the customers whose pain you hear, with what they are worth (ARR)
            and when they renew, or import them from your CRM’s CSV export.
          </p>
        </div>
      )}
      {accounts && accounts.length > 0 && (
        <>
          <div className="field-row list-controls">
            <div className="field">
              <label htmlFor={`${id}-order`}>Order by</label>
              <select
                id={`${id}-order`}
                value={order}
                onChange={(e) => setOrder(e.target.value as Order)}
              >
                <option value="name">Name</option>
                <option value="arr">Annual revenue, largest first</option>
                <option value="renewal">Renewal, soonest first</option>
              </select>
            </div>
            {accounts.length > 12 && (
              <div className="field">
                <label htmlFor={`${id}-find`}>Find an account</label>
                <input
                  id={`${id}-find`}
                  type="search"
                  value={find}
                  placeholder="Name, segment or CSM"
                  onChange={(e) => setFind(e.target.value)}
                />
              </div>
            )}
          </div>
          <table className="plain-table accounts-table" aria-label="Accounts">
            <thead>
              <tr>
                <th scope="col">Account</th>
                <th scope="col" className="num">
                  ARR
                </th>
                <th scope="col">Renewal</th>
                <th scope="col">Segment</th>
                <th scope="col">Plan</th>
                <th scope="col">CSM owner</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((account) => (
                <tr key={account.id}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => selectAccount(account.id)}
                    >
                      {account.name}
                    </button>
                  </th>
                  <td className="num">
                    {account.arr === null ? '' : formatMoney(account.arr, account.currency)}
                  </td>
                  <td className="nowrap">{account.renewalDate ?? ''}</td>
                  <td>{account.segment}</td>
                  <td>{account.plan}</td>
                  <td>{account.csmOwner}</td>
                  <td className="row-buttons">
                    <button
                      type="button"
                      className="quiet"
                      aria-label={`Edit ${account.name}`}
                      onClick={() => {
                        setEditing(account);
                        setEditForm(formOf(account));
                        setError(null);
                      }}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="quiet danger-quiet"
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
          {sorted.length > shown.length && (
            <p className="field-hint">
              The first {LISTED} of {sorted.length.toLocaleString('en-US')} accounts: find one by
              name to narrow the list.
            </p>
          )}
          {needle !== '' && sorted.length === 0 && (
            <p className="field-hint">
              No account has “{find.trim()}” in its name, segment or CSM.
            </p>
          )}
        </>
      )}
      <form
        onSubmit={submit}
        aria-label={editing ? `Edit ${editing.name}` : 'Add an account'}
        noValidate
        className="account-form"
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
            label="Annual revenue (ARR)"
            value={form.arr}
            onValue={set('arr')}
            placeholder="e.g. 120,000"
          />
          <TextField
            label="Currency"
            value={form.currency}
            onValue={set('currency')}
            placeholder="USD"
          />
          <TextField
            label="Renewal date"
            type="date"
            value={form.renewalDate}
            onValue={set('renewalDate')}
          />
        </div>
        <div className="field-row">
          <TextField
            label="Segment"
            value={form.segment}
            onValue={set('segment')}
            placeholder="e.g. Enterprise"
          />
          <TextField label="Plan" value={form.plan} onValue={set('plan')} />
          <TextField label="CSM owner" value={form.csmOwner} onValue={set('csmOwner')} />
        </div>
        <TextField label="Notes" value={form.notes} onValue={set('notes')} multiline />
        <FormActions
          cancel={
            editing
              ? {
                  onCancel: () => {
                    setEditing(null);
                    setEditForm(EMPTY);
                    setError(null);
                  },
                }
              : undefined
          }
          label={editing ? 'Save account' : 'Add account'}
        />
      </form>
      {importing && accounts && (
        <AccountCsvImportDialog
          workbookId={workbookId}
          accounts={accounts}
          onClose={() => setImporting(false)}
        />
      )}
    </section>
  );
}
