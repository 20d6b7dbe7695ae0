import type { Account, Journey, JourneyStep, PainPoint } from '../../../shared/domain/journey';
import type { Slo } from '../../../shared/domain/slo';
import type { WorkbookDatabase } from './database';

export interface SloPurpose {
  journey: Journey | null;
  step: JourneyStep | null;
  /** The pain points heard on the SLO's step. */
  painPoints: PainPoint[];
  accounts: Account[];
}

/** What an SLO is for: the journey and step it measures, and what customers said there. */
export async function readSloPurpose(
  db: WorkbookDatabase,
  slo: Pick<Slo, 'workbookId' | 'journeyId' | 'stepId'>,
): Promise<SloPurpose> {
  const [journey, step, painPoints, accounts] = await Promise.all([
    slo.journeyId ? db.journeys.get(slo.journeyId) : undefined,
    slo.stepId ? db.journeySteps.get(slo.stepId) : undefined,
    slo.stepId ? db.painPoints.where('stepId').equals(slo.stepId).toArray() : [],
    slo.stepId ? db.accounts.where('workbookId').equals(slo.workbookId).toArray() : [],
  ]);
  return { journey: journey ?? null, step: step ?? null, painPoints, accounts };
}
