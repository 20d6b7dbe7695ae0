import { useFormSubmit } from '../../ui/useFormSubmit';
import { FormActions } from '../../ui/FormActions';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState } from 'react';
import { focusWhenShown } from '../../ui/focusWhenShown';
import {
  FREQUENCIES,
  PAIN_SOURCES,
  SEVERITIES,
  type Account,
  type PainPoint,
} from '../../../../shared/domain/journey';
import { useDatabase } from '../../db/DatabaseContext';
import { saveAccount, savePainPoint } from '../../db/journeyRepository';
import { listRetros } from '../../db/retroRepository';
import { accountDraftSchema } from '../../../../shared/domain/journey';
import { TextField } from '../../ui/TextField';
import { errorText } from '../../ui/noticeStore';
import { useDraft } from '../editing/useDraft';
import { AccountPicks } from '../customers/AccountPicks';

const today = () => new Date().toISOString().slice(0, 10);

/** Where a new pain point's unsaved typing is kept for a step. */
export const painDraftKey = (stepId: string) => `pain:${stepId}`;

/** Where unsaved changes to a pain point are kept. */
export const painEditDraftKey = (painId: string) => `pain-edit:${painId}`;

type Form = Pick<
  PainPoint,
  'quote' | 'source' | 'date' | 'accountIds' | 'severity' | 'frequency' | 'retroId'
>;

const emptyForm = (): Form => ({
  quote: '',
  source: 'call',
  date: today(),
  accountIds: [],
  severity: 'medium',
  frequency: 'weekly',
  retroId: null,
});

const formOf = (pain: PainPoint): Form => ({
  quote: pain.quote,
  source: pain.source,
  date: pain.date,
  accountIds: pain.accountIds,
  severity: pain.severity,
  frequency: pain.frequency,
  retroId: pain.retroId,
});

export function PainPointForm({
  workbookId,
  stepId,
  stepName,
  accounts,
  existing,
  onDone,
}: {
  workbookId: string;
  stepId: string;
  stepName: string;
  accounts: Account[];
  /** The pain point being edited; a new one is added without it. */
  existing?: PainPoint;
  /** Called with the pain point once it is stored; without one when the form is cancelled. */
  onDone: (saved?: PainPoint) => void;
}) {
  const db = useDatabase();
  const id = useId();
  const retros = useLiveQuery(() => listRetros(db, workbookId), [db, workbookId]);
  const [form, setForm, clearDraft] = useDraft<Form>(
    existing ? painEditDraftKey(existing.id) : painDraftKey(stepId),
    existing ? formOf(existing) : emptyForm(),
  );
  const set = <K extends keyof Form>(key: K, value: Form[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const [newAccount, setNewAccount] = useState('');
  const [accountNote, setAccountNote] = useState<{ error: boolean; text: string } | null>(null);
  // The pain point as the form opened it: only what is changed here is written over it.
  const [base] = useState(existing);
  // The form opened takes the focus, on its first field.
  useEffect(() => focusWhenShown(`${id}-quote`), [id]);

  const { error, onSubmit: submit } = useFormSubmit(async () => {
    if (form.quote.trim() === '') return 'Write what the customer said, in their words.';
    const { quote, source, date, accountIds, severity, frequency } = form;
    // A draft kept from before incidents could be named has no retroId.
    const retroId = form.retroId ?? null;
    const saved = await savePainPoint(
      db,
      stepId,
      { quote, source, date, accountIds, severity, frequency, retroId },
      existing?.id,
      base,
    );
    clearDraft();
    onDone(saved);
  });

  /** A customer heard of for the first time: added to the workbook and picked, on the spot. */
  async function addNewAccount() {
    const parsed = accountDraftSchema.safeParse({ name: newAccount });
    if (!parsed.success) {
      setAccountNote({ error: true, text: parsed.error.issues[0]?.message ?? 'Check the name.' });
      return;
    }
    const name = parsed.data.name;
    const known = accounts.find((a) => a.name.toLowerCase() === name.toLowerCase());
    try {
      const account = known ?? (await saveAccount(db, workbookId, parsed.data));
      setForm((f) =>
        f.accountIds.includes(account.id) ? f : { ...f, accountIds: [...f.accountIds, account.id] },
      );
      setNewAccount('');
      setAccountNote({
        error: false,
        text: known
          ? `“${known.name}” was already in the workbook: picked.`
          : `Added “${account.name}” to the workbook’s customer accounts, and picked it.`,
      });
    } catch (failure) {
      setAccountNote({ error: true, text: errorText(failure) });
    }
  }

  function cancel() {
    clearDraft();
    onDone();
  }

  return (
    <form
      className="pain-form"
      onSubmit={submit}
      onKeyDown={(event) => {
        // Ctrl+Enter (⌘Enter) saves from any field, as in most apps' forms.
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void submit(event);
          return;
        }
        // Escape leaves the form and keeps the typing as a draft: opening it again brings it back.
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onDone();
      }}
      noValidate
      aria-label={existing ? `Edit a pain point on ${stepName}` : `Add a pain point to ${stepName}`}
    >
      <TextField
        id={`${id}-quote`}
        label="What the customer said"
        hint="Ctrl+Enter adds it."
        value={form.quote}
        onValue={(v) => set('quote', v)}
        error={error ?? undefined}
        multiline
      />
      <div className="field-row">
        <div className="field">
          <label>
            Heard on
            <select
              value={form.source}
              onChange={(e) => set('source', e.target.value as PainPoint['source'])}
            >
              {PAIN_SOURCES.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
        </div>
        <TextField
          label="Date heard"
          type="date"
          value={form.date}
          onValue={(v) => set('date', v)}
        />
        <div className="field">
          <label>
            Severity
            <select
              value={form.severity}
              onChange={(e) => set('severity', e.target.value as PainPoint['severity'])}
            >
              {SEVERITIES.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
        </div>
        <div className="field">
          <label>
            How often
            <select
              value={form.frequency}
              onChange={(e) => set('frequency', e.target.value as PainPoint['frequency'])}
            >
              {FREQUENCIES.map((f) => (
                <option key={f}>{f}</option>
              ))}
            </select>
          </label>
        </div>
      </div>
      {retros && retros.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-retro`}>About an incident</label>
          <select
            id={`${id}-retro`}
            value={form.retroId ?? ''}
            onChange={(e) => set('retroId', e.target.value || null)}
          >
            <option value="">Not about a particular incident</option>
            {retros.map((retro) => (
              <option key={retro.id} value={retro.id}>
                {retro.title}
                {retro.startedAt ? ` (${retro.startedAt.slice(0, 10)})` : ''}
              </option>
            ))}
          </select>
        </div>
      )}
      <AccountPicks
        id={id}
        legend="Accounts affected"
        accounts={accounts}
        value={form.accountIds}
        onChange={(ids) => set('accountIds', ids)}
        empty="No customer account yet: add the first one below."
      >
        <div className="new-account">
          <label htmlFor={`${id}-new-account`}>New account</label>
          <input
            id={`${id}-new-account`}
            value={newAccount}
            placeholder="A customer not in the list yet"
            aria-describedby={accountNote ? `${id}-account-note` : undefined}
            aria-invalid={accountNote?.error ? true : undefined}
            onChange={(e) => setNewAccount(e.target.value)}
            onKeyDown={(e) => {
              // Enter adds the account instead of submitting the pain point half-done.
              if (e.key !== 'Enter') return;
              e.preventDefault();
              void addNewAccount();
            }}
          />
          <button type="button" onClick={() => void addNewAccount()}>
            Add and pick
          </button>
          {accountNote && (
            <p
              id={`${id}-account-note`}
              className={accountNote.error ? 'field-error' : 'field-hint'}
              role={accountNote.error ? 'alert' : 'status'}
            >
              {accountNote.text}
            </p>
          )}
        </div>
      </AccountPicks>
      <FormActions
        cancel={{ onCancel: cancel }}
        label={existing ? 'Save pain point' : 'Add pain point'}
      />
    </form>
  );
}
