import type { Slo } from '../../../../shared/domain/slo';
import { painImpact } from '../../../../shared/journey/priority';
import { readSloPurpose, type SloPurpose } from '../../db/sloPurpose';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/DatabaseContext';
import { useUiStore } from '../../state/uiStore';
import { revealStepCard } from '../journeys/revealStepCard';
import { useJourneyUi } from '../journeys/journeyStore';
import { useSloUi } from './sloStore';
import './sloPurpose.css';

/** Quotes shown here; the step itself lists them all. */
const QUOTES_SHOWN = 3;

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Why the SLO exists, at the top of its page: the journey step it measures, what customers said
 * there (the worst first), who owns it, why this target, and when it is next reviewed.
 */
/** The SLO's journey step and what customers said there, read once by the SLO page. */
export function useSloPurpose(slo: Slo): SloPurpose | undefined {
  const db = useDatabase();
  return useLiveQuery(
    () => readSloPurpose(db, slo),
    [db, slo.workbookId, slo.journeyId, slo.stepId],
  );
}

export function SloPurposeView({ slo, purpose }: { slo: Slo; purpose: SloPurpose | undefined }) {
  const setArea = useUiStore((s) => s.setArea);
  const openEditor = useSloUi((s) => s.openEditor);
  if (!purpose) return null;
  const { journey, step, painPoints, accounts } = purpose;
  const worst = [...painPoints]
    .sort((a, b) => painImpact(b).score - painImpact(a).score || b.date.localeCompare(a.date))
    .slice(0, QUOTES_SHOWN);
  const accountNames = (ids: string[]) =>
    ids
      .map((id) => accounts.find((a) => a.id === id)?.name)
      .filter(Boolean)
      .join(', ');
  const overdue = slo.reviewDate !== '' && slo.reviewDate < today();
  const openStep = () => {
    if (!journey) return;
    const ui = useJourneyUi.getState();
    ui.setTab('journeys');
    ui.selectJourney(journey.id);
    ui.setView('steps');
    setArea('journeys');
    if (step) revealStepCard(step.id);
  };

  return (
    <section className="slo-purpose" aria-labelledby="slo-purpose-title">
      <h3 id="slo-purpose-title">Why this SLO exists</h3>
      {journey ? (
        <p className="purpose-measures">
          Measures{' '}
          {step ? (
            <>
              the step <strong>{step.name}</strong> of{' '}
            </>
          ) : (
            'the journey '
          )}
          <button type="button" className="link-button" onClick={openStep}>
            {journey.name}
          </button>
          {journey.persona ? ` (${journey.persona})` : ''}.
          {step?.expectation ? ` The customer expects: ${step.expectation}.` : ''}
        </p>
      ) : (
        <p className="purpose-measures empty">
          Not linked to a journey step, so nothing says what customers feel when it fails.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => openEditor({ mode: 'edit', sloId: slo.id })}
          >
            Link a journey step
          </button>
        </p>
      )}
      {step &&
        (worst.length > 0 ? (
          <figure className="purpose-quotes">
            <figcaption>
              What customers said on {step.name}
              {painPoints.length > worst.length
                ? ` (the ${worst.length} with the most customer impact of ${painPoints.length})`
                : ''}
            </figcaption>
            <ul aria-label={`What customers said on ${step.name}`}>
              {worst.map((pain) => (
                <li key={pain.id}>
                  <q>{pain.quote}</q>
                  <span className="purpose-quote-meta">
                    {[accountNames(pain.accountIds), pain.date, pain.severity]
                      .filter(Boolean)
                      .join(' · ')}{' '}
                    · customer impact {painImpact(pain).score}
                  </span>
                </li>
              ))}
            </ul>
          </figure>
        ) : (
          <p className="field-hint">No pain point is recorded on {step.name} yet.</p>
        ))}
      <dl className="purpose-facts">
        <div>
          <dt>Owners</dt>
          <dd>{slo.owners || <span className="missing">not named yet</span>}</dd>
        </div>
        <div>
          <dt>Why this target</dt>
          <dd>{slo.rationale || <span className="missing">not written yet</span>}</dd>
        </div>
        <div>
          <dt>Next review</dt>
          <dd className={overdue ? 'overdue' : undefined}>
            {slo.reviewDate ? (
              <>
                {slo.reviewDate}
                {overdue && ' (overdue)'}
              </>
            ) : (
              <span className="missing">no date set</span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
