import type { JourneyStep, PainPoint } from '../domain/journey';
import { rankSteps } from './priority';

/** What one SLO measuring a step says now: its budget remaining (null without data). */
export interface SloHealthInput {
  stepId: string | null;
  budgetRemaining: number | null;
}

export interface JourneyHealth {
  /** Sum of the steps' customer-impact scores. */
  painScore: number;
  painPoints: number;
  stepsWithPain: number;
  /** Painful steps that no SLO measures: where "working" is not yet defined. */
  painfulStepsWithoutSlo: number;
  slos: number;
  /** SLOs whose budget is spent (remaining below 0). */
  slosOverBudget: number;
  worstBudgetRemaining: number | null;
  status: 'no data' | 'healthy' | 'at risk' | 'hurting';
  summary: string;
}

/**
 * A journey's health, rolled up from its SLOs' budgets and its pain points: hurting when an SLO
 * has spent its budget or a critical pain has no SLO watching it; at risk when a painful step has
 * no SLO or a budget is under a quarter; healthy otherwise.
 */
export function journeyHealth(
  steps: JourneyStep[],
  painPoints: PainPoint[],
  slos: SloHealthInput[],
): JourneyHealth {
  const stepIds = new Set(steps.map((s) => s.id));
  const ranked = rankSteps(
    steps,
    painPoints.filter((p) => stepIds.has(p.stepId)),
  );
  const ownSlos = slos.filter((s) => s.stepId !== null && stepIds.has(s.stepId));
  const measured = new Set(ownSlos.map((s) => s.stepId));
  const painful = ranked.filter((r) => r.score > 0);
  const unmeasured = painful.filter((r) => !measured.has(r.step.id));
  const remaining = ownSlos.map((s) => s.budgetRemaining).filter((r): r is number => r !== null);
  const worst = remaining.length ? Math.min(...remaining) : null;
  const overBudget = remaining.filter((r) => r < 0).length;
  const criticalUnwatched = unmeasured.some((r) => r.worstSeverity === 'critical');

  let status: JourneyHealth['status'];
  if (steps.length === 0 || (painful.length === 0 && remaining.length === 0)) status = 'no data';
  else if (overBudget > 0 || criticalUnwatched) status = 'hurting';
  else if (unmeasured.length > 0 || (worst !== null && worst < 0.25)) status = 'at risk';
  else status = 'healthy';

  const parts = [
    `${painPoints.length} pain point${painPoints.length === 1 ? '' : 's'} on ${painful.length} step${painful.length === 1 ? '' : 's'}`,
    unmeasured.length
      ? `${unmeasured.length} painful step${unmeasured.length === 1 ? '' : 's'} without an SLO`
      : null,
    ownSlos.length
      ? `${ownSlos.length} SLO${ownSlos.length === 1 ? '' : 's'}${overBudget ? `, ${overBudget} over budget` : ''}`
      : 'no SLOs yet',
  ].filter(Boolean);

  return {
    painScore: ranked.reduce((sum, r) => sum + r.score, 0),
    painPoints: painPoints.length,
    stepsWithPain: painful.length,
    painfulStepsWithoutSlo: unmeasured.length,
    slos: ownSlos.length,
    slosOverBudget: overBudget,
    worstBudgetRemaining: worst,
    status,
    summary: parts.join(' · '),
  };
}
