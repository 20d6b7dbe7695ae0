import type { Account, JourneyStep, PainPoint } from '../../../../shared/domain/journey';
import type { Slo } from '../../../../shared/domain/slo';
import { rankSteps } from '../../../../shared/journey/priority';
import {
  accountsById,
  NO_REVENUE_AT_RISK,
  rankingValue,
  revenueByStep,
} from '../../../../shared/customer/revenueAtRisk';
import { RevenueFigure } from '../../ui/RevenueFigure';
import { useJourneyUi } from './journeyStore';
import { SloBudgetBadge } from './SloBudgetBadge';

/** Steps ranked by customer impact or by revenue at risk, each shown with how it was computed. */
export function PriorityList({
  steps,
  painPoints,
  accounts,
  slos,
  onDraftSlo,
}: {
  steps: JourneyStep[];
  painPoints: PainPoint[];
  accounts: Account[];
  slos: Slo[];
  /** Starts an SLO draft for a step no SLO measures yet. */
  onDraftSlo: (step: JourneyStep) => void;
}) {
  const rankBy = useJourneyUi((s) => s.rankBy);
  const risks = revenueByStep(painPoints, accountsById(accounts));
  const scored = rankSteps(steps, painPoints)
    .filter((r) => r.score > 0)
    .map((r) => ({ ...r, risk: risks.get(r.step.id) ?? NO_REVENUE_AT_RISK }));
  const ranked =
    rankBy === 'revenue'
      ? [...scored].sort((a, b) => rankingValue(b.risk) - rankingValue(a.risk) || b.score - a.score)
      : scored;
  if (ranked.length === 0) return <p>No pain points recorded yet, so no step stands out.</p>;
  // Until some account has its ARR, one sentence says so instead of one per step.
  const anyRevenue = accounts.some((a) => a.arr !== null);
  return (
    <section aria-label="Priority list">
      <p className="field-hint">
        {rankBy === 'impact'
          ? 'Customer impact of a pain point = severity (low 1, medium 2, high 3, critical 5) × accounts affected × how often (once 1, monthly 2, weekly 3, daily 4). A step’s customer impact is the sum of its pain points’.'
          : 'Revenue at risk on a step = the annual revenue (ARR) of the distinct accounts with pain on it; an account counts once, and currencies are never added together.'}
      </p>
      {!anyRevenue && accounts.length > 0 && (
        <p className="field-hint">
          No account has its annual revenue (ARR) recorded yet, so no revenue at risk is shown. Add
          it on the account’s page under Customer accounts.
        </p>
      )}
      <ol className="priority-list">
        {ranked.map((r) => (
          <li key={r.step.id}>
            <strong>{r.step.name}</strong>: customer impact {r.score} — {r.painPoints} pain point
            {r.painPoints === 1 ? '' : 's'}, {r.accounts} account{r.accounts === 1 ? '' : 's'},
            worst {r.worstSeverity}
            {anyRevenue && (
              <RevenueFigure label={`Revenue at risk on ${r.step.name}`} risk={r.risk} />
            )}
            <ul>
              {r.impacts.map((impact) => (
                <li key={impact.painPointId}>{impact.explanation}</li>
              ))}
            </ul>
            <StepMeasures step={r.step} slos={slos} onDraftSlo={onDraftSlo} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Whether anything says the step works: its SLOs' budgets, or a way to start one. */
function StepMeasures({
  step,
  slos,
  onDraftSlo,
}: {
  step: JourneyStep;
  slos: Slo[];
  onDraftSlo: (step: JourneyStep) => void;
}) {
  const measuring = slos.filter((s) => s.stepId === step.id);
  if (measuring.length === 0)
    return (
      <p className="priority-measure">
        <strong>No SLO measures this step.</strong>{' '}
        <button type="button" onClick={() => onDraftSlo(step)}>
          Draft an SLO for {step.name}
        </button>
      </p>
    );
  return (
    <p className="priority-measure">
      Measured by{' '}
      {measuring.map((slo, i) => (
        <span key={slo.id}>
          {i > 0 && '; '}
          <SloBudgetBadge slo={slo} />
        </span>
      ))}
    </p>
  );
}
