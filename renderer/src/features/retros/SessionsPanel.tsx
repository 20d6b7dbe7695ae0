import { useState, type FormEvent } from 'react';
import { newId } from '../../../../shared/domain/ids';
import type {
  ContributingFactor,
  ParticipantAccount,
  ReviewSession,
  TimelineEvent,
} from '../../../../shared/domain/retro';
import { buildAgenda } from '../../../../shared/retro/agenda';
import { nextSessionNotBefore } from '../../../../shared/retro/sessionTimer';
import { useDatabase } from '../../db/DatabaseContext';
import { addSession, updateRetro } from '../../db/retroRepository';
import { formatLocal } from '../../ui/localTime';
import { errorText, showError } from '../../ui/noticeStore';
import { TextField } from '../../ui/TextField';
import { useNow } from '../../ui/useNow';
import { usePendingToggles } from '../../ui/usePendingToggles';
import { useRetro } from './RetroContext';
import { SessionTimer } from './SessionTimer';
import { CheckedTextField } from './CheckedTextField';

function PlanSessionForm({ retroId }: { retroId: string }) {
  const db = useDatabase();
  const [form, setForm] = useState({ title: '', timebox: '45', soak: '24' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  async function submit(e: FormEvent) {
    e.preventDefault();
    const timeboxMinutes = Number(form.timebox);
    const soakHours = Number(form.soak.replace(',', '.'));
    const found: Record<string, string> = {};
    if (form.title.trim() === '') found['title'] = 'Give the session a name, e.g. “Learn”.';
    if (!Number.isInteger(timeboxMinutes) || timeboxMinutes < 5 || timeboxMinutes > 480)
      found['timebox'] = 'Type whole minutes from 5 to 480.';
    if (!(soakHours >= 0 && soakHours <= 336))
      found['soak'] = 'Type hours from 0 to 336 (two weeks).';
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await addSession(db, retroId, { title: form.title, timeboxMinutes, soakHours });
      setForm({ title: '', timebox: '45', soak: '24' });
    } catch (failure) {
      setErrors({ form: errorText(failure) });
    }
  }
  return (
    <form onSubmit={submit} aria-label="Plan a session" noValidate>
      <h4>Plan another session</h4>
      <div className="field-row">
        <TextField
          label="Session name"
          value={form.title}
          onValue={(title) => setForm((f) => ({ ...f, title }))}
          error={errors['title']}
        />
        <TextField
          label="Timebox (minutes)"
          inputMode="numeric"
          value={form.timebox}
          onValue={(timebox) => setForm((f) => ({ ...f, timebox }))}
          error={errors['timebox']}
        />
        <TextField
          label="Soak time after it (hours)"
          inputMode="decimal"
          value={form.soak}
          onValue={(soak) => setForm((f) => ({ ...f, soak }))}
          error={errors['soak']}
        />
      </div>
      {errors['form'] && <p className="field-error">{errors['form']}</p>}
      <button type="submit">Plan session</button>
    </form>
  );
}

function OpenQuestions() {
  const db = useDatabase();
  const { retro } = useRetro();
  const [text, setText] = useState('');
  const { shown, toggle } = usePendingToggles();
  const save = (change: Parameters<typeof updateRetro>[2]) =>
    updateRetro(db, retro.id, change).then(
      () => undefined,
      (e: unknown) => showError(errorText(e)),
    );
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim() === '') return;
    const question = { id: newId(), text: text.trim(), answered: false };
    void save((r) => ({ openQuestions: [...r.openQuestions, question] }));
    setText('');
  };
  return (
    <div className="open-questions">
      <h4>Open questions</h4>
      <ul aria-label="Open questions">
        {retro.openQuestions.map((q) => (
          <li key={q.id}>
            <label>
              <input
                type="checkbox"
                checked={shown(q.id, q.answered)}
                onChange={(e) => {
                  const answered = e.target.checked;
                  toggle(q.id, answered, () =>
                    save((r) => ({
                      openQuestions: r.openQuestions.map((x) =>
                        x.id === q.id ? { ...x, answered } : x,
                      ),
                    })),
                  );
                }}
              />{' '}
              {q.answered ? <s>{q.text}</s> : q.text}
            </label>{' '}
            <button
              type="button"
              aria-label={`Remove the question “${q.text}”`}
              onClick={() =>
                save((r) => ({ openQuestions: r.openQuestions.filter((x) => x.id !== q.id) }))
              }
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} aria-label="Add an open question" className="inline-form">
        <CheckedTextField
          label="New open question"
          value={text}
          onValue={setText}
          field="question:new"
          dismissals={[]}
          multiline={false}
          hint="Ask what and how, not who."
        />
        <button type="submit">Add question</button>
      </form>
    </div>
  );
}

export function SessionsPanel({
  sessions,
  events,
  accounts,
  factors,
}: {
  sessions: ReviewSession[];
  events: TimelineEvent[];
  accounts: ParticipantAccount[];
  factors: ContributingFactor[];
}) {
  const { retro } = useRetro();
  const now = useNow(60_000, true);
  const soakUntil = nextSessionNotBefore(sessions);
  const soaking = soakUntil !== null && soakUntil > now;
  const agenda = buildAgenda(retro, events, accounts, factors);
  return (
    <section aria-label="Review sessions">
      <h3>Review sessions</h3>
      <p className="field-hint">
        Timebox each session, and leave soak time between them: people see more after a night’s
        sleep than in a long meeting.
      </p>
      {soaking && (
        <p className="soak-notice" role="status">
          Soak time: next session not before {formatLocal(soakUntil)}.
        </p>
      )}
      <ol className="sessions">
        {sessions.map((session) => (
          <li key={session.id} aria-label={`Session: ${session.title}`}>
            <h4>{session.title}</h4>
            <SessionTimer
              session={session}
              soakUntilMs={soaking ? soakUntil : null}
              anotherRunning={sessions.some((s) => s.id !== session.id && s.runningSince !== null)}
            />
          </li>
        ))}
      </ol>
      <PlanSessionForm retroId={retro.id} />
      <h4>Agenda for the next session</h4>
      {agenda.length === 0 ? (
        <p>Nothing is open: every question is answered.</p>
      ) : (
        <ol className="agenda" aria-label="Agenda">
          {agenda.map((item, i) => (
            <li key={i}>
              {item.text} <span className="field-hint">({item.from})</span>
            </li>
          ))}
        </ol>
      )}
      <OpenQuestions />
    </section>
  );
}
