import { useFormSubmit } from '../../ui/useFormSubmit';
import { useId, useMemo, useRef, useState } from 'react';
import type { ParticipantAccount, TimelineEvent } from '../../../../shared/domain/retro';
import { plural } from '../../../../shared/domain/labels';
import { accountAgreement } from '../../../../shared/retro/accountAgreement';
import { useDatabase } from '../../db/DatabaseContext';
import { saveEvent } from '../../db/retroRepository';
import { localDayKey, localInputToMs, localZone, msToLocalInput } from '../../ui/localTime';
import { incidentSpansDays } from '../../../../shared/retro/timelineZoom';
import { ChatLogDialog } from './ChatLogDialog';
import { CheckedTextField } from './CheckedTextField';
import { EventRow } from './EventRow';
import { recordRowId } from '../../ui/recordRowId';
import { focusWhenShown } from '../../ui/focusWhenShown';
import { EventFields } from './EventFields';
import { TimelineAxisView } from './TimelineAxisView';
import { useRetro } from './RetroContext';
import { useDraft } from '../editing/useDraft';
import { useMinuteClock } from '../../ui/useMinuteClock';

/** Editable rows drawn at first: a pasted log of thousands would take seconds to draw. */
const EDITABLE_PAGE = 100;
/** Past this, "Show all" would draw for seconds: the axis picks any event instead. */
const SHOW_ALL_UP_TO = 2000;

function NewEventForm({
  defaultAt,
  rolesListId,
  onAdded,
}: {
  defaultAt: number;
  rolesListId: string;
  onAdded: (eventId: string) => void;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const db = useDatabase();
  const { retro } = useRetro();
  const [form, setForm] = useDraft(`event:${retro.id}`, {
    at: msToLocalInput(defaultAt),
    what: '',
    role: '',
    source: '',
  });
  // Until something is typed, the time follows the timeline's last event (a pasted log moves it).
  const [followed, setFollowed] = useState(defaultAt);
  if (followed !== defaultAt) {
    setFollowed(defaultAt);
    if (form.what.trim() === '') setForm((f) => ({ ...f, at: msToLocalInput(defaultAt) }));
  }
  const { error, onSubmit: submit } = useFormSubmit(async () => {
    const at = localInputToMs(form.at);
    if (at === null) return 'Give the time it happened.';
    if (form.what.trim() === '') return 'Say what happened.';
    const saved = await saveEvent(db, retro.id, { ...form, at: new Date(at).toISOString() });
    // Ready for the next event: same time to start from, the words and source cleared.
    setForm((f) => ({ ...f, what: '', source: '' }));
    onAdded(saved.id);
    formRef.current?.querySelector('textarea')?.focus();
  });
  return (
    <form
      ref={formRef}
      onSubmit={submit}
      aria-label="Add an event"
      noValidate
      className="new-event"
    >
      <h3>Add an event</h3>
      <EventFields
        value={form}
        onChange={(change) => setForm((f) => ({ ...f, ...change }))}
        rolesListId={rolesListId}
        timeLabel={`Time (${localZone()})`}
      />
      <CheckedTextField
        label="What happened"
        value={form.what}
        onValue={(what) => setForm((f) => ({ ...f, what }))}
        field="event:new:what"
        dismissals={[]}
        error={error ?? undefined}
      />
      <button type="submit" className="primary">
        Add event
      </button>
    </form>
  );
}

export function TimelinePanel({
  events,
  accounts,
}: {
  events: TimelineEvent[];
  accounts: ParticipantAccount[];
}) {
  const { retro } = useRetro();
  const rolesListId = useId();
  const [pasting, setPasting] = useState(false);
  const agreement = useMemo(() => accountAgreement(events, accounts), [events, accounts]);
  const roles = useMemo(
    () =>
      [...new Set([...events.map((e) => e.role), ...accounts.map((a) => a.role)])]
        .filter((r) => r.trim() !== '')
        .sort(),
    [events, accounts],
  );
  // Over more than one day, each row's time carries its date ("19 Nov 17:30" above "20 Nov 09:01").
  // The events come in time order (readRetroParts), so the first and last decide: reading all
  // fifty thousand of a long log took ~60 ms on each edit.
  const withDate = useMemo(
    () =>
      incidentSpansDays(
        [events[0], events.at(-1)].filter((e) => e !== undefined),
        retro,
        localDayKey,
      ),
    [events, retro],
  );
  const now = useMinuteClock();
  const [limit, setLimit] = useState(EDITABLE_PAGE);
  // An event asked for (from the glance, or just added) is drawn too, even past the first rows;
  // from the glance it is then focused and scrolled into view as soon as it is on the page.
  const [revealed, setRevealed] = useState<string | null>(null);
  const reveal = (eventId: string) => {
    setRevealed(eventId);
    focusWhenShown(recordRowId(eventId));
  };

  const editable =
    events.length > limit ? events.filter((e, i) => i < limit || e.id === revealed) : events;
  const firstOpen = Math.min(limit, events.length);
  const startedMs = retro.startedAt ? Date.parse(retro.startedAt) : null;
  const last = events.at(-1);
  const defaultAt = last ? Date.parse(last.at) : (startedMs ?? now);
  return (
    <section aria-label="Timeline">
      <datalist id={rolesListId}>
        {roles.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <div className="section-header">
        <h3>Timeline</h3>
        <button type="button" onClick={() => setPasting(true)}>
          Paste a chat log…
        </button>
      </div>
      <p className="field-hint">
        Roles and teams, not names. Mark detection, decision points and key moments (Enter on an
        event edits it); where a participant sees an event differently, it shows here.
      </p>
      {events.length === 0 ? (
        <p>No events yet. Add them one by one below, or paste the incident channel’s chat log.</p>
      ) : (
        <>
          <TimelineAxisView events={events} agreement={agreement} retro={retro} onPick={reveal} />
          <ol className="timeline" aria-label="Timeline events">
            {editable.map((event) => (
              <EventRow
                key={event.id}
                event={event}
                agreement={agreement.get(event.id)}
                rolesListId={rolesListId}
                withDate={withDate}
              />
            ))}
          </ol>
          {editable.length < events.length && (
            <p className="more-events" role="status">
              The first {firstOpen.toLocaleString('en-US')} of {plural(events.length, 'event')}
              {editable.length > firstOpen ? ', and the one chosen,' : ''} are open for editing;
              pick its dot on the time axis above to go to any other.{' '}
              <button type="button" onClick={() => setLimit(limit + EDITABLE_PAGE)}>
                Show {Math.min(EDITABLE_PAGE, events.length - firstOpen)} more
              </button>{' '}
              {events.length <= SHOW_ALL_UP_TO && (
                <button type="button" onClick={() => setLimit(events.length)}>
                  Show all {events.length.toLocaleString('en-US')}
                </button>
              )}
            </p>
          )}
        </>
      )}
      {/* An event just added is drawn with the others; the form keeps the focus for the next. */}
      <NewEventForm defaultAt={defaultAt} rolesListId={rolesListId} onAdded={setRevealed} />
      {pasting && (
        <ChatLogDialog
          retroId={retro.id}
          startedMs={startedMs}
          knownRoles={roles}
          onClose={() => setPasting(false)}
        />
      )}
    </section>
  );
}
