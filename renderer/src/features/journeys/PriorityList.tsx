import type { Account, JourneyStep, PainPoint } from '../../../../shared/domain/journey';
import { rankSteps } from '../../../../shared/journey/priority';

/** Steps ranked by customer impact, each score shown with how it was computed. */
export function PriorityList({
  steps,
  painPoints,
}: {
  steps: JourneyStep[];
  painPoints: PainPoint[];
  accounts: Account[];
}) {
  const ranked = rankSteps(steps, painPoints).filter((r) => r.score > 0);
  if (ranked.length === 0) return <p>No pain points recorded yet, so no step stands out.</p>;
  return (
    <section aria-label="Priority list">
      <p className="field-hint">
        Impact of a pain point = severity (low 1, medium 2, high 3, critical 5) × accounts affected
        × how often (once 1, monthly 2, weekly 3, daily 4). A step’s score is the sum of its pain
        points.
      </p>
      <ol className="priority-list">
        {ranked.map((r) => (
          <li key={r.step.id}>
            <strong>{r.step.name}</strong>: score {r.score} — {r.painPoints} pain point
            {r.painPoints === 1 ? '' : 's'}, {r.accounts} account{r.accounts === 1 ? '' : 's'},
            worst {r.worstSeverity}
            <ul>
              {r.impacts.map((impact) => (
                <li key={impact.painPointId}>{impact.explanation}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
