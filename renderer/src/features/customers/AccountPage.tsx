import { plural } from '../../../../shared/domain/labels';
import { useLiveQuery } from 'dexie-react-hooks';
import { accountStory, daysToRenewal } from '../../../../shared/customer/accountStory';
import { formatMoney } from '../../../../shared/customer/revenueAtRisk';
import { isOverdue, localDay } from '../../../../shared/retro/actionOverview';
import { readAccountRecords } from '../../db/accountRepository';
import { useDatabase } from '../../db/DatabaseContext';
import { useUiStore } from '../../state/uiStore';
import { useMinuteClock } from '../../ui/useMinuteClock';
import { SloBudgetBadge } from '../journeys/SloBudgetBadge';
import { useJourneyUi } from '../journeys/journeyStore';
import { useRetroUi } from '../retros/retroStore';
import { useSloUi } from '../slos/sloStore';
import './customers.css';

function renewalText(days: number | null, day: string | null): string {
  if (days === null || day === null) return 'Renewal date not recorded';
  if (days < 0) return `Renewed or lapsed on ${day} (${plural(-days, 'day')} ago)`;
  if (days === 0) return `Renews today (${day})`;
  return `Renews on ${day}, in ${plural(days, 'day')}`;
}

/**
 * One customer account for a business review: what it is worth, where it hurts, what it said,
 * the incidents that hit it, the SLOs on its steps and the open work that protects it.
 */
export function AccountPage({ accountId }: { accountId: string }) {
  const db = useDatabase();
  const records = useLiveQuery(() => readAccountRecords(db, accountId), [db, accountId]);
  const now = useMinuteClock();
  const { selectAccount, selectJourney, setTab } = useJourneyUi();
  const setArea = useUiStore((s) => s.setArea);
  const requestReport = useUiStore((s) => s.requestReport);
  const selectRetro = useRetroUi((s) => s.selectRetro);
  const selectSlo = useSloUi((s) => s.select);
  const back = (
    <button type="button" className="link-button" onClick={() => selectAccount(null)}>
      ← All accounts
    </button>
  );
  if (records === undefined) return <p>Opening the account…</p>;
  const story = records && accountStory(accountId, records);
  if (!story)
    return (
      <div className="empty-state">
        {back}
        <p>This account is no longer in the workbook: it was deleted, here or in another window.</p>
      </div>
    );
  const { account } = story;
  const today = localDay(now);
  const stepName = new Map(
    story.journeys.flatMap((j) => j.steps.map((s) => [s.step.id, s.step.name] as const)),
  );
  const incidentTitle = new Map(story.incidents.map((i) => [i.retro.id, i.retro.title]));
  const openJourney = (journeyId: string) => {
    setTab('journeys');
    selectJourney(journeyId);
  };
  const openRetro = (retroId: string) => {
    selectRetro(retroId);
    setArea('retros');
  };

  return (
    <article className="account-page" aria-labelledby="account-title">
      {back}
      <header className="account-head">
        <div>
          <h2 id="account-title">{account.name}</h2>
          <p className="objective">
            {[
              account.segment && `Segment: ${account.segment}`,
              account.plan && `Plan: ${account.plan}`,
              account.csmOwner && `CSM: ${account.csmOwner}`,
            ]
              .filter(Boolean)
              .join(' · ') || 'No segment, plan or CSM owner recorded.'}
          </p>
        </div>
        <dl className="account-figures">
          <div>
            <dt>Annual revenue</dt>
            <dd>
              {account.arr === null ? 'not recorded' : formatMoney(account.arr, account.currency)}
            </dd>
          </div>
          <div>
            <dt>Renewal</dt>
            <dd>{renewalText(daysToRenewal(account, today), account.renewalDate)}</dd>
          </div>
        </dl>
        <div className="toolbar" role="toolbar" aria-label="Account actions">
          <button
            type="button"
            onClick={() => {
              requestReport({ kind: 'account', subjectId: account.id });
              setArea('reports');
            }}
          >
            Account report…
          </button>
        </div>
      </header>
      {account.notes && <p className="account-notes">{account.notes}</p>}

      <section aria-labelledby="account-where">
        <h3 id="account-where">Where it hurts</h3>
        {story.journeys.length === 0 ? (
          <p className="empty-hint">
            No pain point names {account.name} yet. Name it on a pain point (its “Accounts
            affected”) and its journeys show here.
          </p>
        ) : (
          <ul className="account-journeys">
            {story.journeys.map(({ journey, steps }) => (
              <li key={journey.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => openJourney(journey.id)}
                >
                  {journey.name}
                </button>
                <span className="muted">
                  {' '}
                  ·{' '}
                  {steps
                    .map((s) => `${s.step.name} (${plural(s.pains.length, 'pain point')})`)
                    .join(', ')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="account-quotes">
        <h3 id="account-quotes">What they said</h3>
        {story.quotes.length === 0 ? (
          <p className="empty-hint">Nothing recorded yet.</p>
        ) : (
          <ol className="account-quotes" aria-label={`Quotes from ${account.name}, newest first`}>
            {story.quotes.map((pain) => (
              <li key={pain.id} className={`severity-${pain.severity}`}>
                <time dateTime={pain.date}>{pain.date}</time>
                <q>{pain.quote}</q>
                <span className="muted">
                  {stepName.get(pain.stepId) ?? 'a step'} · {pain.source} · {pain.severity} ·{' '}
                  {pain.frequency}
                  {pain.retroId && incidentTitle.has(pain.retroId)
                    ? ` · about ${incidentTitle.get(pain.retroId)}`
                    : ''}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="account-incidents">
        <h3 id="account-incidents">Incidents that hurt them</h3>
        {story.incidents.length === 0 ? (
          <p className="empty-hint">
            No incident names {account.name}. Name it among a retrospective’s affected accounts, or
            link one of its pain points to the incident.
          </p>
        ) : (
          <ul className="account-incidents">
            {story.incidents.map(({ retro, named, pains }) => (
              <li key={retro.id}>
                <button type="button" className="link-button" onClick={() => openRetro(retro.id)}>
                  {retro.title}
                </button>{' '}
                <span className="muted">
                  {retro.severity}
                  {retro.startedAt ? ` · ${retro.startedAt.slice(0, 10)}` : ''} ·{' '}
                  {named ? 'named as affected' : 'through its pain points'}
                  {pains.length ? ` · ${plural(pains.length, 'pain point')} about it` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="account-slos">
        <h3 id="account-slos">SLOs on their steps</h3>
        {story.slos.length === 0 ? (
          <p className="empty-hint">No SLO measures the steps where {account.name} has pain.</p>
        ) : (
          <ul className="account-slos">
            {story.slos.map((slo) => (
              <li key={slo.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    selectSlo(slo.id);
                    setArea('slos');
                  }}
                >
                  <SloBudgetBadge slo={slo} />
                </button>
                <span className="muted"> · on {stepName.get(slo.stepId ?? '') ?? 'a step'}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="account-actions">
        <h3 id="account-actions">Open action items that protect them</h3>
        {story.openActions.length === 0 ? (
          <p className="empty-hint">No open action item for their incidents, journeys or SLOs.</p>
        ) : (
          <table className="plain-table" aria-label={`Open action items for ${account.name}`}>
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Owner</th>
                <th scope="col">Due</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {story.openActions.map((item) => (
                <tr key={item.id}>
                  <td>{item.description}</td>
                  <td>{item.owner}</td>
                  <td className={isOverdue(item, today) ? 'bad' : undefined}>
                    {item.dueDate}
                    {isOverdue(item, today) ? ' (overdue)' : ''}
                  </td>
                  <td>{item.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}
