import { useLiveQuery } from 'dexie-react-hooks';
import { journeyHealth, type JourneyHealth } from '../../../../shared/journey/journeyHealth';
import { useDatabase } from '../../db/DatabaseContext';
import { readSliData } from '../../db/sloRepository';
import { useMinuteClock } from '../../ui/useMinuteClock';
import { sloFigures } from '../../../../shared/slo/sloFigures';

/**
 * Every journey's health in one read of the workbook: steps, pain points and SLOs once, and each
 * linked SLO's data once, however many journeys the list shows.
 */
export function useJourneyHealth(workbookId: string): Map<string, JourneyHealth> | undefined {
  const db = useDatabase();
  const now = useMinuteClock();
  return useLiveQuery(async () => {
    const [journeys, steps, pains, slos] = await Promise.all([
      db.journeys.where('workbookId').equals(workbookId).toArray(),
      db.journeySteps.where('workbookId').equals(workbookId).toArray(),
      db.painPoints.where('workbookId').equals(workbookId).toArray(),
      db.slos.where('workbookId').equals(workbookId).toArray(),
    ]);
    const linked = slos.filter((s) => s.stepId !== null);
    const remaining = await Promise.all(
      linked.map(async (slo) => ({
        stepId: slo.stepId,
        budgetRemaining:
          sloFigures(slo, await readSliData(db, slo.id), now)?.status.budgetRemaining ?? null,
      })),
    );
    // Grouped in one pass: 200 journeys x 200,000 pain points must not mean 40 million comparisons.
    const group = <T extends { journeyId: string }>(records: T[]) => {
      const byJourney = new Map<string, T[]>();
      for (const record of records) {
        const list = byJourney.get(record.journeyId);
        if (list) list.push(record);
        else byJourney.set(record.journeyId, [record]);
      }
      return byJourney;
    };
    const stepsOf = group(steps);
    const painsOf = group(pains);
    return new Map(
      journeys.map((journey) => [
        journey.id,
        journeyHealth(stepsOf.get(journey.id) ?? [], painsOf.get(journey.id) ?? [], remaining),
      ]),
    );
  }, [db, workbookId, now]);
}
