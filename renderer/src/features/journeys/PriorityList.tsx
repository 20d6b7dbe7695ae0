import type { JourneyStep, PainPoint } from '../../../../shared/domain/journey';
import type { Slo } from '../../../../shared/domain/slo';
import { rankSteps } from '../../../../shared/journey/priority';
import { SloBudgetBadge } from './SloBudgetBadge';

/** Steps ranked by customer impact, each shown with how it was computed. */
export function PriorityList({
  steps,
  painPoints,
  slos,
  onDraftSlo,
}: {
  steps: JourneyStep[];
  painPoints: PainPoint[];
  slos: Slo[];
  /** Starts an SLO draft for a step no SLO measures yet. */
  onDraftSlo: (step: JourneyStep) => void;
}) {
  const ranked = rankSteps(steps, painPoints).filter((r) => r.score > 0);
  if (ranked.length === 0) return <p>No pain points recorded yet, so no step stands out.</p>;
  return (
    <section aria-label="Priority list">
      <p className="field-hint">
        Customer impact of a pain point = severity (low 1, medium 2, high 3, critical 5) × accounts
        affected × how often (once 1, monthly 2, weekly 3, daily 4). A step’s customer impact is the
        sum of its pain points’.
      </p>
      <ol className="priority-list">
        {ranked.map((r) => (
          <li key={r.step.id}>
            <strong>{r.step.name}</strong>: customer impact {r.score} — {r.painPoints} pain point
            {r.painPoints === 1 ? '' : 's'}, {r.accounts} account{r.accounts === 1 ? '' : 's'},
            worst {r.worstSeverity}
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
