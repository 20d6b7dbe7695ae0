import { burnRate } from './budgetMath';
import { lttb } from './lttb';
import { windowTotals, type BudgetUnits } from './sliSeries';

export interface ChartPoint {
  t: number;
  value: number | null;
}

/** SLI per bucket across [fromMs, toMs]: `points` buckets, each the good share of its events. */
export function sliOverTime(
  units: BudgetUnits,
  fromMs: number,
  toMs: number,
  points: number,
): ChartPoint[] {
  const span = Math.max(units.unitMs, toMs - fromMs);
  const bucketMs = Math.max(units.unitMs, Math.ceil(span / points / units.unitMs) * units.unitMs);
  const out: ChartPoint[] = [];
  for (let end = toMs; end > fromMs; end -= bucketMs) {
    const totals = windowTotals(units, Math.max(fromMs, end - bucketMs), end);
    out.push({ t: end, value: totals.valid > 0 ? totals.good / totals.valid : null });
  }
  return out.reverse();
}

function downsampled(xs: Float64Array, ys: Float64Array, maxPoints: number): ChartPoint[] {
  const down = lttb(xs, ys, maxPoints);
  return down.x.map((t, i) => ({ t, value: down.y[i]! }));
}

/** Index of the first unit labelled after `fromMs`, and of the last at or before `toMs`. */
function unitRange(units: BudgetUnits, fromMs: number, toMs: number): [number, number] {
  const lo = Math.max(0, Math.floor((fromMs - units.startMs) / units.unitMs) + 1);
  const hi = Math.min(units.length - 1, Math.floor((toMs - units.startMs) / units.unitMs));
  return [lo, hi];
}

/**
 * Budget remaining through the SLO window, from 100% at its start to today's figure at its end:
 * bad so far over the budget the whole window's valid events allow.
 */
export function budgetBurnDown(
  units: BudgetUnits,
  fromMs: number,
  toMs: number,
  target: number,
  maxPoints: number,
): ChartPoint[] {
  const [lo, hi] = unitRange(units, fromMs, toMs);
  if (hi < lo) return [];
  const validAll = units.prefixValid[hi + 1]! - units.prefixValid[lo]!;
  const allowed = (1 - target) * validAll;
  if (!(allowed > 0)) return [];
  const n = hi - lo + 1;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const k = lo + i;
    const bad =
      units.prefixValid[k + 1]! -
      units.prefixValid[lo]! -
      (units.prefixGood[k + 1]! - units.prefixGood[lo]!);
    xs[i] = units.startMs + k * units.unitMs;
    ys[i] = 1 - bad / allowed;
  }
  return downsampled(xs, ys, maxPoints);
}

/** Burn rate over a trailing window at every unit, downsampled with LTTB so spikes survive. */
export function burnRateOverTime(
  units: BudgetUnits,
  windowMinutes: number,
  fromMs: number,
  toMs: number,
  target: number,
  maxPoints: number,
): ChartPoint[] {
  const [lo, hi] = unitRange(units, fromMs, toMs);
  if (hi < lo) return [];
  const n = hi - lo + 1;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const windowMs = windowMinutes * 60_000;
  for (let i = 0; i < n; i += 1) {
    const t = units.startMs + (lo + i) * units.unitMs;
    const totals = windowTotals(units, t - windowMs, t);
    xs[i] = t;
    ys[i] = burnRate(totals.bad, totals.valid, target) ?? Number.NaN;
  }
  return downsampled(xs, ys, maxPoints);
}
