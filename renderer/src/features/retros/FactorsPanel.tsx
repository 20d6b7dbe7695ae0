import { recordRowId } from '../../ui/recordRowId';
import { useId, useMemo, useState, type FormEvent } from 'react';
import {
  FACTOR_CATEGORIES,
  type ContributingFactor,
  type TimelineEvent,
} from '../../../../shared/domain/retro';
import { useDatabase } from '../../db/DatabaseContext';
import { deleteOwned, saveFactor } from '../../db/retroRepository';
import { formatLocalTime } from '../../ui/localTime';
import { errorText, showError } from '../../ui/noticeStore';
import { keepLastWhenBlank, useRecordFields } from '../editing/useRecordFields';
import { FieldConflicts } from '../editing/FieldConflicts';
import { CheckedTextField } from './CheckedTextField';
import { useCheckedProps } from './RetroContext';
import { useRetroUi } from './retroStore';
import { useDraft } from '../../ui/useDraft';

type Category = (typeof FACTOR_CATEGORIES)[number];

const FACTOR_LABELS = {
  description: 'Factor',
  category: 'Category',
  eventIds: 'Related timeline events',
};

function FactorCard({ factor, events }: { factor: ContributingFactor; events: TimelineEvent[] }) {
  const db = useDatabase();
  const id = useId();
  const setLastDeleted = useRetroUi((s) => s.setLastDeleted);
  const stored = useMemo(
    () => ({
      description: factor.description,
      category: factor.category,
      eventIds: factor.eventIds,
    }),
    [factor.description, factor.category, factor.eventIds],
  );
  const { fields, setFields, conflicts, resolve } = useRecordFields({
    target: { kind: 'factor', id: factor.id },
    stored,
    toForm: (value: typeof stored) => value,
    toStored: keepLastWhenBlank('description'),
  });
  const checked = useCheckedProps(`factor:${factor.id}`);
  const name = fields.description.slice(0, 60) || 'factor';
  return (
    <article
      id={recordRowId(factor.id)}
      tabIndex={-1}
      className="factor"
      aria-label={`Contributing factor: ${name}`}
    >
      <FieldConflicts
        conflicts={conflicts}
        labels={FACTOR_LABELS}
        onResolve={resolve}
        describe={(field, value) =>
          field === 'eventIds' ? `${(value as string[]).length} related events` : String(value)
        }
      />
      <CheckedTextField
        label="Factor"
        value={fields.description}
        onValue={(description) => setFields((f) => ({ ...f, description }))}
        error={
          fields.description.trim() === ''
            ? 'Describe the factor; the last words are kept until then.'
            : undefined
        }
        {...checked}
      />
      <div className="field">
        <label htmlFor={`${id}-category`}>Category</label>
        <select
          id={`${id}-category`}
          value={fields.category}
          onChange={(e) => setFields((f) => ({ ...f, category: e.target.value as Category }))}
        >
          {FACTOR_CATEGORIES.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </div>
      {events.length > 0 && (
        <fieldset>
          <legend>Related timeline events</legend>
          <div className="account-picks">
            {events.map((event) => (
              <label key={event.id}>
                <input
                  type="checkbox"
                  checked={fields.eventIds.includes(event.id)}
                  onChange={(e) => {
                    const on = e.target.checked;
                    setFields((f) => ({
                      ...f,
                      eventIds: on
                        ? [...f.eventIds, event.id]
                        : f.eventIds.filter((x) => x !== event.id),
                    }));
                  }}
                />{' '}
                {formatLocalTime(Date.parse(event.at))} {event.what.slice(0, 80)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <button
        type="button"
        aria-label={`Delete factor “${name}”`}
        onClick={() =>
          void deleteOwned(db, db.contributingFactors, factor.id).then(
            (deleted) => deleted && setLastDeleted({ kind: 'factor', deleted }),
            (e: unknown) => showError(errorText(e)),
          )
        }
      >
        Delete factor
      </button>
    </article>
  );
}

export function FactorsPanel({
  retroId,
  factors,
  events,
}: {
  retroId: string;
  factors: ContributingFactor[];
  events: TimelineEvent[];
}) {
  const db = useDatabase();
  const id = useId();
  const [form, setForm] = useDraft<{ description: string; category: Category }>(
    `factor:${retroId}`,
    {
      description: '',
      category: 'technical',
    },
  );
  const [error, setError] = useState<string | null>(null);
  async function add(e: FormEvent) {
    e.preventDefault();
    if (form.description.trim() === '')
      return setError('Describe the factor: a condition, not a person.');
    try {
      await saveFactor(db, retroId, form);
      setForm((f) => ({ ...f, description: '' }));
      setError(null);
    } catch (failure) {
      setError(errorText(failure));
    }
  }
  return (
    <section aria-label="Contributing factors">
      <h3>Contributing factors</h3>
      <p className="field-hint">
        Several conditions together made this incident possible; there is no single root cause. Look
        for technical, process, organisational and business factors.
      </p>
      {factors.length < 2 && (
        <p className="notice-inline" role="note">
          {factors.length === 0
            ? 'No factors yet.'
            : 'One factor so far: what else had to be true for this to happen?'}
        </p>
      )}
      {factors.map((factor) => (
        <FactorCard key={factor.id} factor={factor} events={events} />
      ))}
      <form onSubmit={add} aria-label="Add a contributing factor" noValidate>
        <CheckedTextField
          label="New factor"
          value={form.description}
          onValue={(description) => setForm((f) => ({ ...f, description }))}
          field="factor:new"
          dismissals={[]}
          error={error ?? undefined}
        />
        <div className="field">
          <label htmlFor={`${id}-category`}>Category of the new factor</label>
          <select
            id={`${id}-category`}
            value={form.category}
            onChange={(e) => setForm((f) => ({ ...f, category: e.target.value as Category }))}
          >
            {FACTOR_CATEGORIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="primary">
          Add factor
        </button>
      </form>
    </section>
  );
}
