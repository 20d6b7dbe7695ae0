import { useFormSubmit } from '../../ui/useFormSubmit';
import { recordRowId } from '../../ui/recordRowId';
import { useId, useMemo } from 'react';
import {
  EVENT_VIEWS,
  type ParticipantAccount,
  type TimelineEvent,
} from '../../../../shared/domain/retro';
import { useDatabase } from '../../db/DatabaseContext';
import { deleteOwned, saveParticipantAccount } from '../../db/retroRepository';
import { formatLocalTime } from '../../ui/localTime';
import { errorText, showError } from '../../ui/noticeStore';
import { TextField } from '../../ui/TextField';
import { keepLastWhenBlank, useRecordFields } from '../editing/useRecordFields';
import { FieldConflicts } from '../editing/FieldConflicts';
import { CheckedTextField } from './CheckedTextField';
import { useRetro } from './RetroContext';
import { useRetroUi } from './retroStore';
import { useDraft } from '../editing/useDraft';

const QUESTIONS = [
  ['saw', 'What did you see?'],
  ['knew', 'What did you know at the time?'],
  ['mattered', 'What mattered most to you then?'],
  ['elseGoingOn', 'What else was going on?'],
] as const;

const ACCOUNT_LABELS = {
  role: 'Role',
  saw: 'What did you see?',
  knew: 'What did you know at the time?',
  mattered: 'What mattered most to you then?',
  elseGoingOn: 'What else was going on?',
  eventViews: 'How this participant sees the timeline',
};

type Fields = Pick<
  ParticipantAccount,
  'role' | 'saw' | 'knew' | 'mattered' | 'elseGoingOn' | 'eventViews'
>;

function AccountCard({
  account,
  events,
}: {
  account: ParticipantAccount;
  events: TimelineEvent[];
}) {
  const db = useDatabase();
  const { retro, dismiss } = useRetro();
  const id = useId();
  const setLastDeleted = useRetroUi((s) => s.setLastDeleted);
  const stored = useMemo<Fields>(
    () => ({
      role: account.role,
      saw: account.saw,
      knew: account.knew,
      mattered: account.mattered,
      elseGoingOn: account.elseGoingOn,
      eventViews: account.eventViews,
    }),
    [account],
  );
  const { fields, setFields, conflicts, resolve } = useRecordFields({
    target: { kind: 'participantAccount', id: account.id },
    stored,
    toForm: (value: Fields) => value,
    toStored: keepLastWhenBlank('role'),
  });
  const viewOf = (eventId: string) => fields.eventViews.find((v) => v.eventId === eventId);
  const setView = (eventId: string, view: string, note?: string) =>
    setFields((f) => {
      const rest = f.eventViews.filter((v) => v.eventId !== eventId);
      if (view === '') return { ...f, eventViews: rest };
      const old = f.eventViews.find((v) => v.eventId === eventId);
      return {
        ...f,
        eventViews: [
          ...rest,
          { eventId, view: view as (typeof EVENT_VIEWS)[number], note: note ?? old?.note ?? '' },
        ],
      };
    });
  return (
    <article
      id={recordRowId(account.id)}
      tabIndex={-1}
      className="participant-account"
      aria-label={`Narrative of ${fields.role || 'a participant'}`}
    >
      <FieldConflicts
        conflicts={conflicts}
        labels={ACCOUNT_LABELS}
        onResolve={resolve}
        describe={(field, value) =>
          field === 'eventViews' ? 'views of the timeline changed' : String(value)
        }
      />
      <TextField
        label="Role"
        value={fields.role}
        onValue={(role) => setFields((f) => ({ ...f, role }))}
        error={
          fields.role.trim() === '' ? 'Name the role; the last one is kept until then.' : undefined
        }
      />
      {QUESTIONS.map(([key, question]) => (
        <CheckedTextField
          key={key}
          label={question}
          value={fields[key]}
          onValue={(value) => setFields((f) => ({ ...f, [key]: value }))}
          field={`account:${account.id}:${key}`}
          dismissals={retro.dismissals}
          onDismiss={dismiss}
        />
      ))}
      {events.length > 0 && (
        <details>
          <summary>How this participant sees the timeline</summary>
          <table className="plain-table">
            <tbody>
              {events.map((event) => {
                const view = viewOf(event.id);
                return (
                  <tr key={event.id}>
                    <th scope="row">
                      {formatLocalTime(Date.parse(event.at))} {event.what}
                    </th>
                    <td>
                      <select
                        id={`${id}-${event.id}`}
                        aria-label={`${fields.role}’s view of “${event.what}”`}
                        value={view?.view ?? ''}
                        onChange={(e) => setView(event.id, e.target.value)}
                      >
                        <option value="">not mentioned</option>
                        <option value="agrees">agrees</option>
                        <option value="differs">sees it differently</option>
                      </select>
                    </td>
                    <td>
                      {view && (
                        <input
                          aria-label={`${fields.role}’s note on “${event.what}”`}
                          value={view.note}
                          placeholder="how it looked from this seat"
                          onChange={(e) => setView(event.id, view.view, e.target.value)}
                        />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </details>
      )}
      <button
        type="button"
        aria-label={`Delete narrative of ${fields.role}`}
        onClick={() =>
          void deleteOwned(db, db.participantAccounts, account.id).then(
            (deleted) => deleted && setLastDeleted({ kind: 'account', deleted }),
            (e: unknown) => showError(errorText(e)),
          )
        }
      >
        Delete narrative
      </button>
    </article>
  );
}

export function ParticipantAccountsPanel({
  accounts,
  events,
}: {
  accounts: ParticipantAccount[];
  events: TimelineEvent[];
}) {
  const db = useDatabase();
  const { retro } = useRetro();
  const [role, setRole, clearRole] = useDraft(`participant:${retro.id}`, '');
  const { error, onSubmit: add } = useFormSubmit(async () => {
    if (role.trim() === '') return 'Name the participant’s role, e.g. “on-call SRE”.';
    await saveParticipantAccount(db, retro.id, { role });
    clearRole();
  });
  return (
    <section aria-label="Participants’ narratives">
      <h3>Participants’ narratives</h3>
      <p className="field-hint">
        One narrative for each participant, by role, in their own words, written before the group
        meets: what they saw, what they knew then, what mattered to them, and what else was going
        on.
      </p>
      {accounts.length === 0 && <p>No narratives yet.</p>}
      {accounts.map((account) => (
        <AccountCard key={account.id} account={account} events={events} />
      ))}
      <form onSubmit={add} aria-label="Add a narrative" noValidate>
        <TextField
          label="Participant’s role"
          value={role}
          onValue={setRole}
          error={error ?? undefined}
          placeholder="e.g. support lead"
        />
        <button type="submit" className="primary">
          Add narrative
        </button>
      </form>
    </section>
  );
}
