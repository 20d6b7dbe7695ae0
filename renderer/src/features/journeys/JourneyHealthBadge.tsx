import type { JourneyHealth } from '../../../../shared/journey/journeyHealth';

/** A journey's health, rolled up from its SLOs' budgets and its pain points. */
export function JourneyHealthBadge({ health }: { health: JourneyHealth | undefined }) {
  if (!health) return null;
  return (
    <span className={`health health-${health.status.replace(' ', '-')}`}>
      <strong>{health.status}</strong> · {health.summary}
    </span>
  );
}
