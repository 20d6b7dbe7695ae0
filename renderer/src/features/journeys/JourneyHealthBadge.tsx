import { useLiveQuery } from 'dexie-react-hooks';
import type { Journey } from '../../../../shared/domain/journey';
import { journeyHealth } from '../../../../shared/journey/journeyHealth';
import { useDatabase } from '../../db/DatabaseContext';
import { listPainPoints, listSteps } from '../../db/journeyRepository';
import { listSlos, readSliData } from '../../db/sloRepository';
import { useMinuteClock } from '../../ui/useMinuteClock';
import { sloFigures } from '../slos/useSloStatus';

/** The journey's health, rolled up from its SLOs' budgets and its pain points. */
export function JourneyHealthBadge({ journey }: { journey: Journey }) {
  const db = useDatabase();
  const now = useMinuteClock();
  const health = useLiveQuery(async () => {
    const [steps, pains, slos] = await Promise.all([
      listSteps(db, journey.id),
      listPainPoints(db, journey.id),
      listSlos(db, journey.workbookId),
    ]);
    const stepIds = new Set(steps.map((s) => s.id));
    const linked = slos.filter((s) => s.stepId !== null && stepIds.has(s.stepId));
    const inputs = await Promise.all(
      linked.map(async (slo) => ({
        stepId: slo.stepId,
        budgetRemaining:
          sloFigures(slo, await readSliData(db, slo.id), now)?.status.budgetRemaining ?? null,
      })),
    );
    return journeyHealth(steps, pains, inputs);
  }, [db, journey.id, journey.workbookId, now]);
  if (!health) return null;
  return (
    <span className={`health health-${health.status.replace(' ', '-')}`}>
      <strong>{health.status}</strong> · {health.summary}
    </span>
  );
}
