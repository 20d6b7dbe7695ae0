import { useState, type FormEvent } from 'react';
import {
  FREQUENCIES,
  PAIN_SOURCES,
  SEVERITIES,
  type Account,
  type PainPoint,
} from '../../../../shared/domain/journey';
import { useDatabase } from '../../db/DatabaseContext';
import { savePainPoint } from '../../db/journeyRepository';
import { TextField } from '../../ui/TextField';
import { errorText } from '../../ui/noticeStore';

const today = () => new Date().toISOString().slice(0, 10);

export function PainPointForm({
  stepId,
  stepName,
  accounts,
  existing,
  onDone,
}: {
  stepId: string;
  stepName: string;
  accounts: Account[];
  /** The pain point being edited; a new one is added without it. */
  existing?: PainPoint;
  onDone: () => void;
}) {
  const db = useDatabase();
  const [quote, setQuote] = useState(existing?.quote ?? '');
  const [source, setSource] = useState<PainPoint['source']>(existing?.source ?? 'call');
  const [date, setDate] = useState(existing?.date ?? today());
  const [accountIds, setAccountIds] = useState<string[]>(existing?.accountIds ?? []);
  const [severity, setSeverity] = useState<PainPoint['severity']>(existing?.severity ?? 'medium');
  const [frequency, setFrequency] = useState<PainPoint['frequency']>(
    existing?.frequency ?? 'weekly',
  );
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (quote.trim() === '') return setError('Write what the customer said, in their words.');
    try {
      await savePainPoint(
        db,
        stepId,
        { quote, source, date, accountIds, severity, frequency },
        existing?.id,
      );
      onDone();
    } catch (failure) {
      setError(errorText(failure));
    }
  }

  return (
    <form
      className="pain-form"
      onSubmit={submit}
      noValidate
      aria-label={existing ? `Edit a pain point on ${stepName}` : `Add a pain point to ${stepName}`}
    >
      <TextField
        label="What the customer said"
        value={quote}
        onValue={setQuote}
        error={error ?? undefined}
        multiline
      />
      <div className="field-row">
        <div className="field">
          <label>
            Heard on
            <select
              value={source}
              onChange={(e) => setSource(e.target.value as PainPoint['source'])}
            >
              {PAIN_SOURCES.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
        </div>
        <TextField label="Date heard" type="date" value={date} onValue={setDate} />
        <div className="field">
          <label>
            Severity
            <select
              value={severity}
              onChange={(e) => setSeverity(e.target.value as PainPoint['severity'])}
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
              value={frequency}
              onChange={(e) => setFrequency(e.target.value as PainPoint['frequency'])}
            >
              {FREQUENCIES.map((f) => (
                <option key={f}>{f}</option>
              ))}
            </select>
          </label>
        </div>
      </div>
      <fieldset className="account-picks">
        <legend>Accounts affected</legend>
        {accounts.length === 0 && (
          <p className="field-hint">Add accounts in “Customer accounts” to name them here.</p>
        )}
        {accounts.map((account) => (
          <label key={account.id}>
            <input
              type="checkbox"
              checked={accountIds.includes(account.id)}
              onChange={(e) =>
                setAccountIds((ids) =>
                  e.target.checked ? [...ids, account.id] : ids.filter((id) => id !== account.id),
                )
              }
            />
            {account.name}
          </label>
        ))}
      </fieldset>
      <div className="dialog-actions">
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="primary">
          {existing ? 'Save pain point' : 'Add pain point'}
        </button>
      </div>
    </form>
  );
}
