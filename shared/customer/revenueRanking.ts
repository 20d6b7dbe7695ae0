import type { PainPoint } from '../domain/journey';
import type { WorkbookContents } from '../domain/workbookFile';
import {
  accountsById,
  formatRevenue,
  incidentRevenue,
  NO_REVENUE_AT_RISK,
  rankingValue,
  revenueBy,
  revenueByStep,
  type RevenueAtRisk,
} from './revenueAtRisk';

export interface RevenueRow {
  kind: 'journey' | 'step' | 'SLO' | 'incident';
  id: string;
  name: string;
  risk: RevenueAtRisk;
}

type Records = Pick<
  WorkbookContents,
  'accounts' | 'journeys' | 'journeySteps' | 'painPoints' | 'slos' | 'retros'
>;

/**
 * Journeys, steps, SLOs and incidents by the revenue at risk on them, largest first; those with
 * no named account left out. An SLO's is its step's: the customers who feel what it measures.
 */
export function revenueRanking(records: Records): RevenueRow[] {
  const accounts = accountsById(records.accounts);
  const byStep = revenueByStep(records.painPoints, accounts);
  const byJourney = revenueBy(records.painPoints, (p) => p.journeyId, accounts);
  const aboutRetro = new Map<string, WorkbookContents['painPoints']>();
  for (const pain of records.painPoints) {
    if (!pain.retroId) continue;
    const list = aboutRetro.get(pain.retroId);
    if (list) list.push(pain);
    else aboutRetro.set(pain.retroId, [pain]);
  }
  const journeyName = new Map(records.journeys.map((j) => [j.id, j.name]));
  const rows: RevenueRow[] = [
    ...records.journeys.map((j) => ({
      kind: 'journey' as const,
      id: j.id,
      name: j.name,
      risk: byJourney.get(j.id) ?? NO_REVENUE_AT_RISK,
    })),
    ...records.journeySteps.map((s) => ({
      kind: 'step' as const,
      id: s.id,
      name: `${s.name} (${journeyName.get(s.journeyId) ?? 'journey'})`,
      risk: byStep.get(s.id) ?? NO_REVENUE_AT_RISK,
    })),
    ...records.slos.map((slo) => ({
      kind: 'SLO' as const,
      id: slo.id,
      name: slo.name,
      risk: (slo.stepId && byStep.get(slo.stepId)) || NO_REVENUE_AT_RISK,
    })),
    ...records.retros.map((r) => ({
      kind: 'incident' as const,
      id: r.id,
      name: r.title,
      risk: incidentRevenue(r, aboutRetro.get(r.id) ?? [], accounts),
    })),
  ];
  return rows
    .filter((r) => r.risk.accounts > 0)
    .sort(
      (a, b) =>
        rankingValue(b.risk) - rankingValue(a.risk) ||
        b.risk.accounts - a.risk.accounts ||
        a.name.localeCompare(b.name),
    );
}

/** Each journey's revenue at risk, as a figure to rank by and its words, by journey id. */
export function journeyRevenue(
  painPoints: readonly Pick<PainPoint, 'accountIds' | 'journeyId'>[],
  accountList: WorkbookContents['accounts'],
): Record<string, { value: number; text: string }> {
  const byJourney = revenueBy(painPoints, (p) => p.journeyId, accountsById(accountList));
  const out: Record<string, { value: number; text: string }> = {};
  for (const [journeyId, risk] of byJourney) {
    if (risk.accounts) out[journeyId] = { value: rankingValue(risk), text: formatRevenue(risk) };
  }
  return out;
}
