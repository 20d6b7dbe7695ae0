import type { BurnRateAlert, PolicyThreshold, Slo, SloWindow } from '../domain/slo';
import {
  allowedDowntimeMinutes,
  budgetConsumed,
  burnRate,
  errorBudget,
  minutesToExhaustion,
  singleFailureShare,
} from './budgetMath';
import { evaluateAlerts, type AlertState } from './burnRateAlerts';
import { calendarPeriod } from './calendarWindows';
import { crossedThresholds } from './errorBudgetPolicy';
import {
  buildBudgetUnits,
  windowCoverage,
  windowTotals,
  type BudgetUnits,
  type SliData,
} from './sliSeries';

const MINUTE_MS = 60_000;

/** The part of an SLO the engine needs. */
export type SloSpec = Pick<
  Slo,
  'sli' | 'target' | 'window' | 'budgetingMethod' | 'timeSliceMinutes' | 'timeSliceTarget'
> & { alerts: BurnRateAlert[]; policy: PolicyThreshold[] };

export interface EvaluationWindow {
  /** Units labelled after fromMs and up to toMs count. */
  fromMs: number;
  toMs: number;
  /** The whole SLO period: the rolling length, or the full calendar period. */
  periodMinutes: number;
}

export function evaluationWindow(window: SloWindow, atMs: number): EvaluationWindow {
  if (window.kind === 'rolling') {
    return { fromMs: atMs - window.minutes * MINUTE_MS, toMs: atMs, periodMinutes: window.minutes };
  }
  const period = calendarPeriod(window.unit, atMs, window.timeZone, window.startTime);
  return {
    fromMs: period.startMs - 1,
    toMs: atMs,
    periodMinutes: (period.endMs - period.startMs) / MINUTE_MS,
  };
}

/** Burn-rate windows shown for every SLO, besides those its alerts use. */
export const STANDARD_BURN_WINDOWS = [5, 30, 60, 360, 1440, 4320];

export function windowLabel(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440}d`;
  if (minutes % 60 === 0) return `${minutes / 60}h`;
  return `${minutes}m`;
}

export interface SloStatus {
  atMs: number;
  window: EvaluationWindow;
  unitName: 'events' | 'slices';
  allowedDowntimeMinutes: number;
  goodEvents: number;
  validEvents: number;
  badEvents: number;
  allowedBadEvents: number;
  /** Null when the window holds no data: no data is not a perfect record. */
  sli: number | null;
  budgetConsumed: number | null;
  budgetRemaining: number | null;
  /** Share of the window's intervals that had data. */
  coverage: number;
  burnRates: Record<string, number | null>;
  /** The bad and valid counts each burn rate rests on, by the same labels. */
  burnCounts: Record<string, { bad: number; valid: number }>;
  /** Burn over the last hour, used for the exhaustion projection. */
  currentBurnRate: number | null;
  alerts: AlertState[];
  exhaustionAtMs: number | null;
  /** Where the budget is spent: the moment it ran out, from which it stayed spent. */
  ranOutAtMs: number | null;
  crossedPolicy: PolicyThreshold[];
  /** What one more failed event would spend, to put low traffic in proportion. */
  singleFailureShare: number | null;
}

export function statusFromUnits(spec: SloSpec, units: BudgetUnits, atMs: number): SloStatus {
  const window = evaluationWindow(spec.window, atMs);
  const totals = windowTotals(units, window.fromMs, window.toMs);
  const consumed = budgetConsumed(totals.bad, totals.valid, spec.target);
  const remaining = consumed === null ? null : 1 - consumed;
  const burnCounts: Record<string, { bad: number; valid: number }> = {};
  const burnOver = (minutes: number) => {
    const t = windowTotals(units, atMs - minutes * MINUTE_MS, atMs);
    burnCounts[windowLabel(minutes)] = { bad: t.bad, valid: t.valid };
    return burnRate(t.bad, t.valid, spec.target);
  };
  const burnRates: Record<string, number | null> = {};
  const windows = new Set([
    ...STANDARD_BURN_WINDOWS,
    ...spec.alerts.flatMap((a) => [a.longWindowMinutes, a.shortWindowMinutes]),
  ]);
  for (const minutes of [...windows].sort((a, b) => a - b)) {
    burnRates[windowLabel(minutes)] = burnOver(minutes);
  }
  const currentBurnRate = burnRates['1h'] ?? burnOver(60);
  const toExhaustion =
    remaining === null || currentBurnRate === null
      ? null
      : minutesToExhaustion(remaining, currentBurnRate, window.periodMinutes);
  return {
    atMs,
    window,
    unitName: units.unitName,
    allowedDowntimeMinutes: allowedDowntimeMinutes(spec.target, window.periodMinutes),
    goodEvents: totals.good,
    validEvents: totals.valid,
    badEvents: totals.bad,
    allowedBadEvents: errorBudget(spec.target) * totals.valid,
    sli: totals.valid > 0 ? totals.good / totals.valid : null,
    budgetConsumed: consumed,
    budgetRemaining: remaining,
    coverage: windowCoverage(units, window.fromMs, window.toMs),
    burnRates,
    burnCounts,
    currentBurnRate,
    alerts: evaluateAlerts(spec.alerts, burnOver),
    exhaustionAtMs: toExhaustion === null ? null : atMs + toExhaustion * MINUTE_MS,
    ranOutAtMs:
      consumed !== null && consumed >= 1
        ? ranOutAt(units, window, errorBudget(spec.target) * totals.valid)
        : null,
    crossedPolicy: crossedThresholds(spec.policy, consumed),
    singleFailureShare: singleFailureShare(spec.target, totals.valid),
  };
}

/**
 * When the failures still in the window used up its allowance: the end of the first unit at
 * which the window's bad count, summed from its start, reached the allowed bad count. Bad counts
 * only grow along the window, so a binary search finds it.
 */
function ranOutAt(units: BudgetUnits, window: EvaluationWindow, allowedBad: number): number {
  const lo0 = Math.max(0, Math.floor((window.fromMs - units.startMs) / units.unitMs) + 1);
  const hi0 = Math.min(units.length - 1, Math.floor((window.toMs - units.startMs) / units.unitMs));
  const badUpTo = (i: number) =>
    units.prefixValid[i + 1]! -
    units.prefixGood[i + 1]! -
    (units.prefixValid[lo0]! - units.prefixGood[lo0]!);
  let lo = lo0;
  let hi = hi0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (badUpTo(mid) >= allowedBad) hi = mid;
    else lo = mid + 1;
  }
  return Math.min(window.toMs, units.startMs + (lo + 1) * units.unitMs);
}

/** All status figures of an SLO over its data, evaluated at `atMs`. */
export function evaluateSlo(spec: SloSpec, data: SliData, atMs: number): SloStatus {
  return statusFromUnits(spec, buildBudgetUnits(data, spec), atMs);
}
