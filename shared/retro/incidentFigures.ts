import type { SloWindow } from '../domain/slo';
import { allowedDowntimeMinutes } from '../slo/budgetMath';
import { evaluationWindow } from '../slo/evaluateSlo';
import { windowTotals, type BudgetUnits } from '../slo/sliSeries';

const MINUTE = 60_000;

export interface IncidentTimes {
  startedMs: number;
  detectedMs: number | null;
  mitigatedMs: number | null;
  resolvedMs: number | null;
}

export interface IncidentDurations {
  toDetectMinutes: number | null;
  toMitigateMinutes: number | null;
  toResolveMinutes: number | null;
}

/** Durations from the start, and what is out of order, in plain words. */
export function incidentDurations(times: IncidentTimes): {
  durations: IncidentDurations;
  problems: string[];
} {
  const problems: string[] = [];
  const order: [string, number | null][] = [
    ['started', times.startedMs],
    ['was detected', times.detectedMs],
    ['was mitigated', times.mitigatedMs],
    ['was resolved', times.resolvedMs],
  ];
  let last: [string, number] = ['started', times.startedMs];
  for (const [label, ms] of order.slice(1)) {
    if (ms === null) continue;
    if (ms < last[1]) problems.push(`The incident ${label} before it ${last[0]}; check the times.`);
    else last = [label, ms];
  }
  const since = (ms: number | null) => (ms === null ? null : (ms - times.startedMs) / MINUTE);
  return {
    durations: {
      toDetectMinutes: since(times.detectedMs),
      toMitigateMinutes: since(times.mitigatedMs),
      toResolveMinutes: since(times.resolvedMs),
    },
    problems,
  };
}

export interface IncidentSpend {
  /** Share of the SLO's error budget the incident spent; may pass 1. Null when unknown. */
  share: number | null;
  basis: 'data' | 'duration';
  badEvents: number | null;
}

/**
 * The budget an incident spent on one SLO over its impact window. With SLI data: the bad events
 * inside the window over the bad events the SLO's window allows. Without data: the impact
 * minutes (times the share of requests failing) over the allowed downtime, the same arithmetic
 * as a burn rate held for that long (SRE Workbook: budget spent = B x w / P).
 */
export function incidentBudgetSpend(
  slo: { target: number; window: SloWindow },
  units: BudgetUnits | null,
  impact: { startMs: number; endMs: number; badShare?: number },
): IncidentSpend {
  if (impact.endMs <= impact.startMs)
    return { share: null, basis: units ? 'data' : 'duration', badEvents: null };
  if (units) {
    const during = windowTotals(units, impact.startMs - 1, impact.endMs - 1);
    const window = evaluationWindow(slo.window, impact.endMs - 1);
    const whole = windowTotals(units, window.fromMs, window.toMs);
    const allowed = (1 - slo.target) * whole.valid;
    return {
      share: allowed > 0 ? during.bad / allowed : null,
      basis: 'data',
      badEvents: during.bad,
    };
  }
  const period = evaluationWindow(slo.window, impact.endMs).periodMinutes;
  const minutes = ((impact.endMs - impact.startMs) / MINUTE) * (impact.badShare ?? 1);
  return {
    share: minutes / allowedDowntimeMinutes(slo.target, period),
    basis: 'duration',
    badEvents: null,
  };
}
