import type { Account, Journey, JourneyStep, PainPoint } from '../domain/journey';
import type { ActionItem, Retro } from '../domain/retro';
import type { Slo } from '../domain/slo';

/**
 * One account's story, for its page and its business-review report: where it has pain, what it
 * said over time, the incidents that hurt it, the SLOs on its steps, and the open work that
 * protects its journeys.
 */
export interface AccountStory {
  account: Account;
  journeys: { journey: Journey; steps: { step: JourneyStep; pains: PainPoint[] }[] }[];
  /** Its pain points, newest first. */
  quotes: PainPoint[];
  /** Incidents that hurt it: named on the retrospective, or a pain point of its is about it. */
  incidents: { retro: Retro; named: boolean; pains: PainPoint[] }[];
  /** SLOs on the steps where it has pain. */
  slos: Slo[];
  /** Not done: from its incidents, or for its journeys or their SLOs; soonest due first. */
  openActions: ActionItem[];
}

export interface AccountRecords {
  accounts: readonly Account[];
  journeys: readonly Journey[];
  journeySteps: readonly JourneyStep[];
  painPoints: readonly PainPoint[];
  retros: readonly Retro[];
  slos: readonly Slo[];
  actionItems: readonly ActionItem[];
}

/** The story of `accountId` in these records (any superset of its own), or null when it is gone. */
export function accountStory(accountId: string, records: AccountRecords): AccountStory | null {
  const account = records.accounts.find((a) => a.id === accountId);
  if (!account) return null;
  const pains = records.painPoints.filter((p) => p.accountIds.includes(accountId));
  const stepPains = new Map<string, PainPoint[]>();
  for (const pain of pains)
    stepPains.set(pain.stepId, [...(stepPains.get(pain.stepId) ?? []), pain]);
  const byDateDesc = (a: PainPoint, b: PainPoint) =>
    b.date.localeCompare(a.date) || a.id.localeCompare(b.id);

  const journeyIds = new Set(pains.map((p) => p.journeyId));
  const journeys = records.journeys
    .filter((j) => journeyIds.has(j.id))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((journey) => ({
      journey,
      steps: records.journeySteps
        .filter((s) => s.journeyId === journey.id && stepPains.has(s.id))
        .sort((a, b) => a.position - b.position)
        .map((step) => ({ step, pains: [...stepPains.get(step.id)!].sort(byDateDesc) })),
    }));

  const incidents = records.retros
    .map((retro) => ({
      retro,
      named: retro.accountIds.includes(accountId),
      pains: pains.filter((p) => p.retroId === retro.id).sort(byDateDesc),
    }))
    .filter((i) => i.named || i.pains.length > 0)
    .sort(
      (a, b) =>
        (b.retro.startedAt ?? b.retro.createdAt).localeCompare(
          a.retro.startedAt ?? a.retro.createdAt,
        ) || a.retro.title.localeCompare(b.retro.title),
    );

  const slos = records.slos
    .filter((s) => s.stepId !== null && stepPains.has(s.stepId))
    .sort((a, b) => a.name.localeCompare(b.name));
  const sloIds = new Set(slos.map((s) => s.id));
  const incidentIds = new Set(incidents.map((i) => i.retro.id));
  const openActions = records.actionItems
    .filter(
      (a) =>
        a.status !== 'done' &&
        (incidentIds.has(a.retroId) ||
          (a.journeyId !== null && journeyIds.has(a.journeyId)) ||
          (a.sloId !== null && sloIds.has(a.sloId))),
    )
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));

  return { account, journeys, quotes: [...pains].sort(byDateDesc), incidents, slos, openActions };
}

/** Days from `today` to the renewal (negative once past), or null when unknown. */
export function daysToRenewal(account: Pick<Account, 'renewalDate'>, today: string): number | null {
  if (!account.renewalDate) return null;
  return Math.round(
    (Date.parse(`${account.renewalDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) /
      86_400_000,
  );
}
