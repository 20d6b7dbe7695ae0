import { recordRowId } from '../../ui/recordRowId';
import { useMemo } from 'react';
import { EVENT_MARK_LABELS } from '../../../../shared/domain/labels';
import { EVENT_MARKS, type EventMark, type TimelineEvent } from '../../../../shared/domain/retro';
import type { EventAgreement } from '../../../../shared/retro/accountAgreement';
import { openFindings } from '../../../../shared/retro/dismissals';
import { useDatabase } from '../../db/DatabaseContext';
import { deleteEvent } from '../../db/retroRepository';
import { formatLocalDayMonth, localInputToMs, msToLocalInput } from '../../ui/localTime';
import { errorText, showError } from '../../ui/noticeStore';
import { keepLastWhenBlank, useRecordFields } from '../editing/useRecordFields';
import { FieldConflicts } from '../editing/FieldConflicts';
import { useEditInPlace } from '../editing/useEditInPlace';
import { CheckedTextField } from './CheckedTextField';
import { EventFields } from './EventFields';
import { useCheckedProps } from './RetroContext';
import { useRetroUi } from './retroStore';
import './timelineEvents.css';
import { useBlameTagger } from './useBlameTagger';

const EVENT_LABELS = {
  at: 'Time',
  what: 'What happened',
  role: 'Role',
  source: 'Source',
  marks: 'Marks',
};

interface EventRowProps {
  event: TimelineEvent;
  agreement: EventAgreement | undefined;
  rolesListId: string;
  /** The incident runs over more than one day: the row's time carries its date. */
  withDate?: boolean;
}

const viewsText = (views: { role: string; note: string }[]) =>
  views.map((a) => a.role + (a.note ? ` (“${a.note}”)` : '')).join('; ');

/**
 * One timeline event, read at a glance: its time, who, what, its marks and how the participants
 * see it. Enter (or Edit) opens its fields in place, saved as they are typed; Escape goes back.
 */
export function EventRow({ event, agreement, rolesListId, withDate = false }: EventRowProps) {
  const db = useDatabase();
  const setLastDeleted = useRetroUi((s) => s.setLastDeleted);
  const stored = useMemo(
    () => ({
      at: event.at,
      what: event.what,
      role: event.role,
      source: event.source,
      marks: event.marks,
    }),
    [event.at, event.what, event.role, event.source, event.marks],
  );
  // Mounted while reading too, so typing saved as Escape is pressed is never dropped.
  // Keep the last good time and words until valid ones are typed: nothing to save before.
  const { fields, setFields, conflicts, resolve } = useRecordFields({
    target: { kind: 'event', id: event.id },
    stored,
    toForm: (value: typeof stored) => ({ ...value, at: msToLocalInput(Date.parse(value.at)) }),
    toStored: (field, value) => {
      if (field === 'at') {
        const ms = localInputToMs(String(value));
        return ms === null ? undefined : new Date(ms).toISOString();
      }
      return keepLastWhenBlank('what')(field, value);
    },
  });
  const rowId = recordRowId(event.id);
  const { editing, startEditing, stopEditing, onCardKeyDown, onFieldsKeyDown } = useEditInPlace(
    rowId,
    `${rowId}-what`,
  );
  const checked = useCheckedProps(`event:${event.id}:what`);
  const tagged = useBlameTagger();
  const findings = useMemo(
    () => (editing ? [] : openFindings(fields.what, checked.field, checked.dismissals)),
    // `tagged`: once the real tagger has loaded, the same text is read again with it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [editing, fields.what, checked.field, checked.dismissals, tagged],
  );
  const atMs = localInputToMs(fields.at);
  const time =
    atMs === null
      ? 'no time'
      : withDate
        ? `${formatLocalDayMonth(atMs)} ${fields.at.slice(11)}`
        : fields.at.slice(11);
  const label = `event at ${time}`;
  const toggleMark = (mark: EventMark, on: boolean) =>
    setFields((f) => ({
      ...f,
      marks: on ? [...new Set([...f.marks, mark])] : f.marks.filter((m) => m !== mark),
    }));
  const hasViews = agreement && (agreement.agrees.length > 0 || agreement.differs.length > 0);

  return (
    <li
      id={rowId}
      tabIndex={0}
      className={`timeline-event${fields.marks.length ? ' marked' : ''}${editing ? ' editing' : ''}`}
      aria-label={label}
      aria-keyshortcuts="Enter ArrowUp ArrowDown"
      onKeyDown={onCardKeyDown}
    >
      <FieldConflicts
        conflicts={conflicts}
        labels={EVENT_LABELS}
        onResolve={resolve}
        describe={(field, value) =>
          field === 'marks'
            ? (value as EventMark[]).map((m) => EVENT_MARK_LABELS[m]).join(', ')
            : String(value)
        }
      />
      {editing ? (
        <div
          className="event-edit"
          role="group"
          aria-label={`Edit the ${label}`}
          onKeyDown={onFieldsKeyDown}
        >
          <EventFields
            value={fields}
            onChange={(change) => setFields((f) => ({ ...f, ...change }))}
            rolesListId={rolesListId}
            timeLabel="Time"
          />
          <CheckedTextField
            id={`${rowId}-what`}
            label="What happened"
            value={fields.what}
            onValue={(what) => setFields((f) => ({ ...f, what }))}
            error={
              fields.what.trim() === ''
                ? 'Say what happened; the last words are kept until then.'
                : undefined
            }
            {...checked}
          />
          <div className="radio-row" role="group" aria-label={`Marks of the ${label}`}>
            {EVENT_MARKS.map((mark) => (
              <label key={mark}>
                <input
                  type="checkbox"
                  checked={fields.marks.includes(mark)}
                  onChange={(e) => toggleMark(mark, e.target.checked)}
                />{' '}
                {EVENT_MARK_LABELS[mark]}
              </label>
            ))}
          </div>
          <div className="row-edit-actions">
            <span className="field-hint">Saved as you type. Escape goes back to reading.</span>
            <button type="button" className="primary" onClick={stopEditing}>
              Done
            </button>
          </div>
        </div>
      ) : (
        <div
          className={withDate ? 'event-reading with-date' : 'event-reading'}
          onDoubleClick={startEditing}
        >
          <time className="event-time" dateTime={event.at}>
            {time}
          </time>
          <div className="event-body">
            <p className="event-line">
              {fields.role && <strong className="event-role">{fields.role}</strong>}{' '}
              <span className="event-what">{fields.what}</span>
              {fields.marks.map((mark) => (
                <span key={mark} className={`mark-chip mark-${mark}`}>
                  {EVENT_MARK_LABELS[mark]}
                </span>
              ))}
            </p>
            {(fields.source || findings.length > 0) && (
              <p className="event-source">
                {fields.source && <span>from {fields.source}</span>}
                {findings.length > 0 && (
                  <button
                    type="button"
                    className="link-button findings-chip"
                    onClick={startEditing}
                  >
                    {findings.length === 1
                      ? '1 phrase to reconsider'
                      : `${findings.length} phrases to reconsider`}
                  </button>
                )}
              </p>
            )}
          </div>
        </div>
      )}
      {hasViews && (
        <div className="agreement" aria-label={`How the participants see the ${label}`}>
          {agreement.agrees.length > 0 && (
            <p className="agrees">Agree: {viewsText(agreement.agrees)}</p>
          )}
          {agreement.differs.length > 0 && (
            <p className="differs">Differ: {viewsText(agreement.differs)}</p>
          )}
        </div>
      )}
      <div className="row-actions">
        {!editing && (
          <button
            type="button"
            className="quiet"
            aria-label={`Edit the ${label}`}
            aria-keyshortcuts="Enter"
            onClick={startEditing}
          >
            Edit
          </button>
        )}
        <button
          type="button"
          className="quiet danger-quiet"
          aria-label={`Delete the ${label}`}
          onClick={() =>
            void deleteEvent(db, event.id).then(
              (deleted) => deleted && setLastDeleted({ kind: 'event', deleted }),
              (e: unknown) => showError(errorText(e)),
            )
          }
        >
          Delete
        </button>
      </div>
    </li>
  );
}
