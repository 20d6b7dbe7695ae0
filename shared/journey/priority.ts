import type { JourneyStep, PainPoint } from '../domain/journey';

/**
 * Customer impact of a pain point = severity x accounts affected x how often it happens. The
 * weights are deliberately simple, and every score is shown with how it was computed, so a CSM
 * can explain (and argue with) the ranking.
 */
export const SEVERITY_WEIGHT = { low: 1, medium: 2, high: 3, critical: 5 } as const;
export const FREQUENCY_WEIGHT = { once: 1, monthly: 2, weekly: 3, daily: 4 } as const;

export interface PainImpact {
  painPointId: string;
  score: number;
  /** "high (3) × 2 accounts × weekly (3) = 18" */
  explanation: string;
}

export function painImpact(pain: PainPoint): PainImpact {
  const severity = SEVERITY_WEIGHT[pain.severity];
  const frequency = FREQUENCY_WEIGHT[pain.frequency];
  // A pain point heard without a named account still counts once.
  const accounts = Math.max(1, pain.accountIds.length);
  const score = severity * accounts * frequency;
  const accountText =
    pain.accountIds.length === 1 ? '1 account' : `${pain.accountIds.length || 'no named'} accounts`;
  return {
    painPointId: pain.id,
    score,
    explanation: `${pain.severity} (${severity}) × ${accountText}${pain.accountIds.length ? '' : ' (counted as 1)'} × ${pain.frequency} (${frequency}) = ${score}`,
  };
}

export interface StepPriority {
  step: JourneyStep;
  score: number;
  painPoints: number;
  /** Distinct accounts that told us about pain on this step. */
  accounts: number;
  worstSeverity: PainPoint['severity'] | null;
  impacts: PainImpact[];
}

const SEVERITY_ORDER = ['low', 'medium', 'high', 'critical'] as const;

/** Steps ranked by customer impact, highest first; ties keep the journey's order. */
export function rankSteps(steps: JourneyStep[], painPoints: PainPoint[]): StepPriority[] {
  const byStep = new Map<string, PainPoint[]>();
  for (const pain of painPoints)
    byStep.set(pain.stepId, [...(byStep.get(pain.stepId) ?? []), pain]);
  return steps
    .map((step) => {
      const pains = byStep.get(step.id) ?? [];
      const impacts = pains.map(painImpact).sort((a, b) => b.score - a.score);
      const worst = pains.reduce<number>(
        (w, p) => Math.max(w, SEVERITY_ORDER.indexOf(p.severity)),
        -1,
      );
      return {
        step,
        score: impacts.reduce((sum, i) => sum + i.score, 0),
        painPoints: pains.length,
        accounts: new Set(pains.flatMap((p) => p.accountIds)).size,
        worstSeverity: worst >= 0 ? SEVERITY_ORDER[worst]! : null,
        impacts,
      };
    })
    .sort((a, b) => b.score - a.score || a.step.position - b.step.position);
}

export interface PainFilter {
  accountId?: string | null;
  severity?: PainPoint['severity'] | null;
  source?: PainPoint['source'] | null;
  /** Inclusive YYYY-MM-DD bounds. */
  from?: string | null;
  to?: string | null;
}

export function filterPainPoints(painPoints: PainPoint[], filter: PainFilter): PainPoint[] {
  return painPoints.filter(
    (p) =>
      (!filter.accountId || p.accountIds.includes(filter.accountId)) &&
      (!filter.severity || p.severity === filter.severity) &&
      (!filter.source || p.source === filter.source) &&
      (!filter.from || p.date >= filter.from) &&
      (!filter.to || p.date <= filter.to),
  );
}

/** Moves the step at `from` to `to`, returning the new order (positions renumbered 0..n-1). */
export function moveStep<T extends { id: string; position: number }>(
  steps: T[],
  from: number,
  to: number,
): T[] {
  const ordered = [...steps].sort((a, b) => a.position - b.position);
  if (from < 0 || from >= ordered.length || to < 0 || to >= ordered.length) return ordered;
  const [moved] = ordered.splice(from, 1);
  ordered.splice(to, 0, moved!);
  return ordered.map((step, position) => ({ ...step, position }));
}
