import { useId, useMemo, useState, type FormEvent } from 'react';
import type { ParticipantAccount, TimelineEvent } from '../../../../shared/domain/retro';
import { accountAgreement } from '../../../../shared/retro/accountAgreement';
import { useDatabase } from '../../db/DatabaseContext';
import { saveEvent } from '../../db/retroRepository';
import { localInputToMs, localZone, msToLocalInput } from '../../ui/localTime';
import { errorText } from '../../ui/noticeStore';
import { ChatLogDialog } from './ChatLogDialog';
import { CheckedTextField } from './CheckedTextField';
import { EventRow } from './EventRow';
import { EventFields } from './EventFields';
import { TimelineGlance } from './TimelineGlance';
import { useRetro } from './RetroContext';
import { useDraft } from '../../ui/useDraft';
import { useMinuteClock } from '../../ui/useMinuteClock';

function NewEventForm({ defaultAt, rolesListId }: { defaultAt: number; rolesListId: string }) {
  const db = useDatabase();
  const { retro } = useRetro();
  const [form, setForm] = useDraft(`event:${retro.id}`, {
    at: msToLocalInput(defaultAt),
    what: '',
    role: '',
    source: '',
  });
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const at = localInputToMs(form.at);
    if (at === null) return setError('Give the time it happened.');
    if (form.what.trim() === '') return setError('Say what happened.');
    try {
      await saveEvent(db, retro.id, { ...form, at: new Date(at).toISOString() });
      setForm((f) => ({ ...f, what: '', source: '' }));
      setError(null);
    } catch (failure) {
      setError(errorText(failure));
    }
  }
  return (
    <form onSubmit={submit} aria-label="Add an event" noValidate className="new-event">
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
  const now = useMinuteClock();
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
        Roles and teams, not names. Mark detection, decision points and key moments; where the
        participants’ accounts see an event differently, it shows here.
      </p>
      {events.length === 0 ? (
        <p>No events yet. Add them one by one below, or paste the incident channel’s chat log.</p>
      ) : (
        <>
          <TimelineGlance events={events} agreement={agreement} />
          <h4>Edit the events</h4>
          <ol className="timeline" aria-label="Timeline events">
            {events.map((event) => (
              <EventRow
                key={event.id}
                event={event}
                agreement={agreement.get(event.id)}
                rolesListId={rolesListId}
              />
            ))}
          </ol>
        </>
      )}
      <NewEventForm key={events.length} defaultAt={defaultAt} rolesListId={rolesListId} />
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
