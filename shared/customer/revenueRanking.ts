import type { WorkbookContents } from '../domain/workbookFile';
import {
  accountsById,
  formatRevenue,
  incidentRevenue,
  rankingValue,
  revenueAtRisk,
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
  const byStep = new Map<string, WorkbookContents['painPoints']>();
  const byJourney = new Map<string, WorkbookContents['painPoints']>();
  const add = (
    map: Map<string, WorkbookContents['painPoints']>,
    key: string,
    pain: (typeof records.painPoints)[number],
  ) => {
    const list = map.get(key);
    if (list) list.push(pain);
    else map.set(key, [pain]);
  };
  const byRetro = new Map<string, WorkbookContents['painPoints']>();
  for (const pain of records.painPoints) {
    add(byStep, pain.stepId, pain);
    add(byJourney, pain.journeyId, pain);
    if (pain.retroId) add(byRetro, pain.retroId, pain);
  }
  const journeyName = new Map(records.journeys.map((j) => [j.id, j.name]));
  const rows: RevenueRow[] = [
    ...records.journeys.map((j) => ({
      kind: 'journey' as const,
      id: j.id,
      name: j.name,
      risk: revenueAtRisk(byJourney.get(j.id) ?? [], accounts),
    })),
    ...records.journeySteps.map((s) => ({
      kind: 'step' as const,
      id: s.id,
      name: `${s.name} (${journeyName.get(s.journeyId) ?? 'journey'})`,
      risk: revenueAtRisk(byStep.get(s.id) ?? [], accounts),
    })),
    ...records.slos.map((slo) => ({
      kind: 'SLO' as const,
      id: slo.id,
      name: slo.name,
      risk: revenueAtRisk(slo.stepId ? (byStep.get(slo.stepId) ?? []) : [], accounts),
    })),
    ...records.retros.map((r) => ({
      kind: 'incident' as const,
      id: r.id,
      name: r.title,
      risk: incidentRevenue(r, byRetro.get(r.id) ?? [], accounts),
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
  painPoints: WorkbookContents['painPoints'],
  accountList: WorkbookContents['accounts'],
): Record<string, { value: number; text: string }> {
  const accounts = accountsById(accountList);
  const byJourney = new Map<string, WorkbookContents['painPoints']>();
  for (const pain of painPoints) {
    const list = byJourney.get(pain.journeyId);
    if (list) list.push(pain);
    else byJourney.set(pain.journeyId, [pain]);
  }
  const out: Record<string, { value: number; text: string }> = {};
  for (const [journeyId, pains] of byJourney) {
    const risk = revenueAtRisk(pains, accounts);
    if (risk.accounts) out[journeyId] = { value: rankingValue(risk), text: formatRevenue(risk) };
  }
  return out;
}
