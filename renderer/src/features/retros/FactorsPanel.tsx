import { useFormSubmit } from '../../ui/useFormSubmit';
import { recordRowId } from '../../ui/recordRowId';
import { useId, useMemo } from 'react';
import {
  FACTOR_CATEGORIES,
  type ContributingFactor,
  type TimelineEvent,
} from '../../../../shared/domain/retro';
import { useDatabase } from '../../db/DatabaseContext';
import { deleteOwned, saveFactor } from '../../db/retroRepository';
import { EventPicker, eventSummary } from './EventPicker';
import './factors.css';
import { errorText, showError } from '../../ui/noticeStore';
import { keepLastWhenBlank, useRecordFields } from '../editing/useRecordFields';
import { FieldConflicts } from '../editing/FieldConflicts';
import { useEditInPlace } from '../editing/useEditInPlace';
import { CheckedTextField } from './CheckedTextField';
import { useCheckedProps } from './RetroContext';
import { useRetroUi } from './retroStore';
import { useDraft } from '../editing/useDraft';

type Category = (typeof FACTOR_CATEGORIES)[number];

const FACTOR_LABELS = {
  description: 'Factor',
  category: 'Category',
  eventIds: 'Related timeline events',
};

/**
 * A contributing factor read at a glance: its category, its words and the events it relates to.
 * Enter (or Edit) opens its fields in place, saved as typed; Escape goes back to reading.
 */
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
  // Mounted while reading too, so typing saved as Escape is pressed is never dropped.
  const { fields, setFields, conflicts, resolve } = useRecordFields({
    target: { kind: 'factor', id: factor.id },
    stored,
    toForm: (value: typeof stored) => value,
    toStored: keepLastWhenBlank('description'),
  });
  const checked = useCheckedProps(`factor:${factor.id}`);
  const name = fields.description.slice(0, 60) || 'factor';
  const cardId = recordRowId(factor.id);
  const { editing, startEditing, stopEditing, onCardKeyDown, onFieldsKeyDown } = useEditInPlace(
    cardId,
    `${cardId}-description`,
  );
  const linked = events.filter((event) => fields.eventIds.includes(event.id));
  return (
    <article
      id={cardId}
      tabIndex={0}
      className={editing ? 'factor editing' : 'factor'}
      aria-label={`Contributing factor: ${name}`}
      aria-keyshortcuts="Enter ArrowUp ArrowDown"
      onKeyDown={onCardKeyDown}
    >
      <FieldConflicts
        conflicts={conflicts}
        labels={FACTOR_LABELS}
        onResolve={resolve}
        describe={(field, value) =>
          field === 'eventIds' ? `${(value as string[]).length} related events` : String(value)
        }
      />
      {editing ? (
        <div
          className="factor-edit"
          role="group"
          aria-label={`Edit the factor “${name}”`}
          onKeyDown={onFieldsKeyDown}
        >
          <CheckedTextField
            id={`${cardId}-description`}
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
          <div className="field factor-category">
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
            <EventPicker
              label="Related timeline events"
              events={events}
              picked={fields.eventIds}
              onChange={(eventIds) => setFields((f) => ({ ...f, eventIds }))}
            />
          )}
          <div className="row-edit-actions">
            <span className="field-hint">Saved as you type. Escape goes back to reading.</span>
            <button type="button" className="primary" onClick={stopEditing}>
              Done
            </button>
          </div>
        </div>
      ) : (
        <div className="factor-reading" onDoubleClick={startEditing}>
          <span className={`category-chip category-${fields.category.split(/\W/)[0]}`}>
            {fields.category}
          </span>
          <p className="factor-text">{fields.description}</p>
          {linked.length > 0 ? (
            <ul className="event-chips" aria-label={`Events related to “${name}”`}>
              {linked.map((event) => (
                <li key={event.id} className="event-chip">
                  {eventSummary(event)}
                </li>
              ))}
            </ul>
          ) : (
            events.length > 0 && <p className="field-hint">No timeline event linked yet.</p>
          )}
        </div>
      )}
      <div className="row-actions">
        {!editing && (
          <button
            type="button"
            className="quiet"
            aria-label={`Edit the factor “${name}”`}
            aria-keyshortcuts="Enter"
            onClick={startEditing}
          >
            Edit
          </button>
        )}
        <button
          type="button"
          className="quiet danger-quiet"
          aria-label={`Delete factor “${name}”`}
          onClick={() =>
            void deleteOwned(db, db.contributingFactors, factor.id).then(
              (deleted) => deleted && setLastDeleted({ kind: 'factor', deleted }),
              (e: unknown) => showError(errorText(e)),
            )
          }
        >
          Delete
        </button>
      </div>
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
  const { error, onSubmit: add } = useFormSubmit(async () => {
    if (form.description.trim() === '') return 'Describe the factor: a condition, not a person.';
    await saveFactor(db, retroId, form);
    setForm((f) => ({ ...f, description: '' }));
  });
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
