import type { BudgetingMethod, Comparison, Sli } from '../domain/slo';

/**
 * SLI data on a regular grid: one entry per `stepMs`, labelled by its start time. NaN marks a gap
 * (no data for that interval), which never counts as good: it is left out of both sides.
 */
export type SliData =
  | { kind: 'counts'; startMs: number; stepMs: number; good: Float64Array; total: Float64Array }
  | { kind: 'values'; startMs: number; stepMs: number; values: Float64Array };

export function seriesLength(data: SliData): number {
  return data.kind === 'counts' ? data.total.length : data.values.length;
}

export function compare(value: number, op: Comparison, threshold: number): boolean {
  switch (op) {
    case 'lt':
      return value < threshold;
    case 'lte':
      return value <= threshold;
    case 'gt':
      return value > threshold;
    case 'gte':
      return value >= threshold;
  }
}

/**
 * What the budget counts, one entry per unit: a step for Occurrences, a time slice otherwise.
 * `valid` is 0 for a gap. Prefix sums make any window's totals two subtractions.
 */
export interface BudgetUnits {
  startMs: number;
  unitMs: number;
  length: number;
  /** prefixGood[i] = good in units [0, i). */
  prefixGood: Float64Array;
  prefixValid: Float64Array;
  /** 1 where the unit had data: a byte per unit, counted only for the status window's coverage. */
  hasData: Uint8Array;
  /** What one unit counts, for people: requests or slices. */
  unitName: 'events' | 'slices';
}

export interface UnitOptions {
  sli: Sli;
  budgetingMethod: BudgetingMethod;
  timeSliceMinutes: number | null;
  timeSliceTarget: number | null;
}

/** Good and valid amounts of one step, or null for a gap. */
function stepReader(data: SliData, sli: Sli): (i: number) => [number, number] | null {
  if (data.kind === 'counts') {
    const { good, total } = data;
    return (i) => {
      const t = total[i]!;
      const g = good[i]!;
      if (Number.isNaN(t) || Number.isNaN(g)) return null;
      return [Math.min(Math.max(g, 0), t), t];
    };
  }
  const { values } = data;
  if (sli.kind === 'threshold') {
    const { op, threshold } = sli;
    return (i) => {
      const v = values[i]!;
      return Number.isNaN(v) ? null : [compare(v, op, threshold) ? 1 : 0, 1];
    };
  }
  // A value series for a ratio SLI holds each interval's success ratio.
  return (i) => {
    const v = values[i]!;
    return Number.isNaN(v) ? null : [Math.min(Math.max(v, 0), 1), 1];
  };
}

/**
 * The hot path (a year of minutes): one pass with no allocation per step. A small function of
 * its own, so the engine optimises this loop alone rather than the whole unit builder.
 */
function prefixCounts(
  good: Float64Array,
  total: Float64Array,
  prefixGood: Float64Array,
  prefixValid: Float64Array,
  hasData: Uint8Array,
): void {
  let pg = 0;
  let pv = 0;
  const n = total.length;
  for (let i = 0; i < n; i += 1) {
    const t = total[i]!;
    const g = good[i]!;
    // NaN marks a gap: it adds to neither side.
    if (t === t && g === g) {
      pg += g < 0 ? 0 : g > t ? t : g;
      pv += t;
      hasData[i] = 1;
    }
    prefixGood[i + 1] = pg;
    prefixValid[i + 1] = pv;
  }
}

export function buildBudgetUnits(data: SliData, options: UnitOptions): BudgetUnits {
  const n = seriesLength(data);
  const read = stepReader(data, options.sli);
  const sliced = options.budgetingMethod !== 'Occurrences';
  const stepsPerUnit = sliced
    ? Math.max(
        1,
        Math.round(((options.timeSliceMinutes ?? data.stepMs / 60_000) * 60_000) / data.stepMs),
      )
    : 1;
  const length = Math.ceil(n / stepsPerUnit);
  const prefixGood = new Float64Array(length + 1);
  const prefixValid = new Float64Array(length + 1);
  const hasData = new Uint8Array(length);
  const sliceTarget = options.timeSliceTarget ?? 1;
  let pg = 0;
  let pv = 0;

  if (!sliced && data.kind === 'counts') {
    prefixCounts(data.good, data.total, prefixGood, prefixValid, hasData);
  } else if (!sliced) {
    for (let i = 0; i < n; i += 1) {
      const step = read(i);
      if (step) {
        pg += step[0];
        pv += step[1];
        hasData[i] = 1;
      }
      prefixGood[i + 1] = pg;
      prefixValid[i + 1] = pv;
    }
  } else {
    for (let u = 0; u < length; u += 1) {
      let good = 0;
      let total = 0;
      let seen = false;
      const end = Math.min(n, (u + 1) * stepsPerUnit);
      for (let i = u * stepsPerUnit; i < end; i += 1) {
        const step = read(i);
        if (step) {
          good += step[0];
          total += step[1];
          seen = true;
        }
      }
      if (seen) {
        // A slice with data but no requests failed nobody: it counts as good.
        const ratio = total > 0 ? good / total : 1;
        pg += options.budgetingMethod === 'Timeslices' ? (ratio >= sliceTarget ? 1 : 0) : ratio;
        pv += 1;
        hasData[u] = 1;
      }
      prefixGood[u + 1] = pg;
      prefixValid[u + 1] = pv;
    }
  }
  return {
    startMs: data.startMs,
    unitMs: data.stepMs * stepsPerUnit,
    length,
    prefixGood,
    prefixValid,
    hasData,
    unitName: sliced ? 'slices' : 'events',
  };
}

export interface WindowTotals {
  good: number;
  valid: number;
  bad: number;
  /** Units in the window that the series spans. */
  spanned: number;
}

/** Totals of the units labelled in (fromMs, toMs]. */
export function windowTotals(units: BudgetUnits, fromMs: number, toMs: number): WindowTotals {
  const lo = Math.max(0, Math.floor((fromMs - units.startMs) / units.unitMs) + 1);
  const hi = Math.min(units.length - 1, Math.floor((toMs - units.startMs) / units.unitMs));
  if (hi < lo) return { good: 0, valid: 0, bad: 0, spanned: 0 };
  const good = units.prefixGood[hi + 1]! - units.prefixGood[lo]!;
  const valid = units.prefixValid[hi + 1]! - units.prefixValid[lo]!;
  return { good, valid, bad: Math.max(0, valid - good), spanned: hi - lo + 1 };
}

/** How many unit labels fall in (fromMs, toMs], whether or not the series reaches them. */
export function unitsInWindow(units: BudgetUnits, fromMs: number, toMs: number): number {
  const first = Math.floor((fromMs - units.startMs) / units.unitMs) + 1;
  const last = Math.floor((toMs - units.startMs) / units.unitMs);
  return Math.max(0, last - first + 1);
}

/** Units labelled in (fromMs, toMs] that had data. */
export function coveredUnits(units: BudgetUnits, fromMs: number, toMs: number): number {
  const lo = Math.max(0, Math.floor((fromMs - units.startMs) / units.unitMs) + 1);
  const hi = Math.min(units.length - 1, Math.floor((toMs - units.startMs) / units.unitMs));
  let covered = 0;
  for (let i = lo; i <= hi; i += 1) covered += units.hasData[i]!;
  return covered;
}

/**
 * Share of the window's units that had data. The part of the window before the first sample or
 * after the last counts as missing: a week of data in a 28-day window covers a quarter of it.
 */
export function windowCoverage(units: BudgetUnits, fromMs: number, toMs: number): number {
  const all = unitsInWindow(units, fromMs, toMs);
  return all === 0 ? 0 : coveredUnits(units, fromMs, toMs) / all;
}
