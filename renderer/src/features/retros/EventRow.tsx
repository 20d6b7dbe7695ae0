import { recordRowId } from '../../ui/recordRowId';
import { useMemo } from 'react';
import { EVENT_MARK_LABELS } from '../../../../shared/domain/labels';
import { EVENT_MARKS, type EventMark, type TimelineEvent } from '../../../../shared/domain/retro';
import type { EventAgreement } from '../../../../shared/retro/accountAgreement';
import { useDatabase } from '../../db/DatabaseContext';
import { deleteEvent } from '../../db/retroRepository';
import { localInputToMs, msToLocalInput } from '../../ui/localTime';
import { errorText, showError } from '../../ui/noticeStore';
import { keepLastWhenBlank, useRecordFields } from '../editing/useRecordFields';
import { FieldConflicts } from '../editing/FieldConflicts';
import { CheckedTextField } from './CheckedTextField';
import { EventFields } from './EventFields';
import { useCheckedProps } from './RetroContext';
import { useRetroUi } from './retroStore';

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
}

/** One timeline event, edited in place and saved as it is typed. */
export function EventRow({ event, agreement, rolesListId }: EventRowProps) {
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
  const checked = useCheckedProps(`event:${event.id}:what`);
  const label = `event at ${fields.at.slice(11) || 'no time'}`;
  const toggleMark = (mark: EventMark, on: boolean) =>
    setFields((f) => ({
      ...f,
      marks: on ? [...new Set([...f.marks, mark])] : f.marks.filter((m) => m !== mark),
    }));
  return (
    <li
      id={recordRowId(event.id)}
      tabIndex={-1}
      className={`timeline-event${fields.marks.length ? ' marked' : ''}`}
      aria-label={label}
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
      <EventFields
        value={fields}
        onChange={(change) => setFields((f) => ({ ...f, ...change }))}
        rolesListId={rolesListId}
        timeLabel="Time"
      />
      <CheckedTextField
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
      {agreement && (agreement.agrees.length > 0 || agreement.differs.length > 0) && (
        <div className="agreement" aria-label={`How the accounts see the ${label}`}>
          {agreement.agrees.length > 0 && (
            <p className="agrees">
              Agree:{' '}
              {agreement.agrees.map((a) => a.role + (a.note ? ` (“${a.note}”)` : '')).join('; ')}
            </p>
          )}
          {agreement.differs.length > 0 && (
            <p className="differs">
              Differ:{' '}
              {agreement.differs.map((a) => a.role + (a.note ? ` (“${a.note}”)` : '')).join('; ')}
            </p>
          )}
        </div>
      )}
      <button
        type="button"
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
    </li>
  );
}
