import type { Account, JourneyStep, PainPoint } from '../../../shared/domain/journey';
import type { Retro } from '../../../shared/domain/retro';
import type { Slo } from '../../../shared/domain/slo';
import { journeyHealth, type JourneyHealth } from '../../../shared/journey/journeyHealth';
import { sloFigures } from '../../../shared/slo/sloFigures';
import type { WorkbookDatabase } from './database';
import { readSliDataForStatus } from './sloRepository';

export interface JourneyView {
  steps: JourneyStep[];
  painPoints: PainPoint[];
  accounts: Account[];
  /** The workbook's SLOs: a step can link to any of them. */
  slos: Slo[];
  /** Retrospectives that name a step of this journey, or that its pain points are about. */
  retros: Retro[];
}

/**
 * Everything one journey's screens show (steps, map, priority list), read in one transaction by
 * index: a journey's own steps and pain points, never the whole workbook's.
 */
export function readJourneyView(
  db: WorkbookDatabase,
  journey: { id: string; workbookId: string },
): Promise<JourneyView> {
  return db.transaction(
    'r',
    [db.journeySteps, db.painPoints, db.accounts, db.slos, db.retros],
    async () => {
      const steps = await db.journeySteps.where('journeyId').equals(journey.id).toArray();
      steps.sort((a, b) => a.position - b.position);
      const [painPoints, accounts, slos, retros] = await Promise.all([
        db.painPoints.where('journeyId').equals(journey.id).toArray(),
        db.accounts.where('workbookId').equals(journey.workbookId).toArray(),
        db.slos.where('workbookId').equals(journey.workbookId).toArray(),
        steps.length
          ? db.retros
              .where('stepIds')
              .anyOf(steps.map((s) => s.id))
              .distinct()
              .toArray()
          : Promise.resolve<Retro[]>([]),
      ]);
      // Incidents pain points are about, that name none of this journey's steps.
      const known = new Set(retros.map((r) => r.id));
      const named = [
        ...new Set(
          painPoints.flatMap((p) => (p.retroId && !known.has(p.retroId) ? [p.retroId] : [])),
        ),
      ];
      if (named.length)
        for (const retro of await db.retros.bulkGet(named)) if (retro) retros.push(retro);
      accounts.sort((a, b) => a.name.localeCompare(b.name));
      return { steps, painPoints, accounts, slos, retros };
    },
  );
}

/**
 * One journey's health for the journey list: its steps, its pain points and the budgets of the
 * SLOs on its steps. Read per visible row, so a list of 200 journeys never reads 200,000 pain
 * points at once.
 */
export async function readJourneyHealth(
  db: WorkbookDatabase,
  journey: { id: string; workbookId: string },
  nowMs: number,
): Promise<JourneyHealth> {
  const { steps, painPoints, slos } = await db.transaction(
    'r',
    [db.journeySteps, db.painPoints, db.slos],
    async () => {
      const ownSteps = await db.journeySteps.where('journeyId').equals(journey.id).toArray();
      return {
        steps: ownSteps,
        painPoints: await db.painPoints.where('journeyId').equals(journey.id).toArray(),
        slos: ownSteps.length
          ? await db.slos
              .where('stepId')
              .anyOf(ownSteps.map((s) => s.id))
              .toArray()
          : [],
      };
    },
  );
  const budgets = await Promise.all(
    slos.map(async (slo) => ({
      stepId: slo.stepId,
      budgetRemaining:
        sloFigures(slo, await readSliDataForStatus(db, slo), nowMs)?.status.budgetRemaining ?? null,
    })),
  );
  return journeyHealth(steps, painPoints, budgets);
}
