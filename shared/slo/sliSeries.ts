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
  /** Units that had data, for coverage. */
  prefixCovered: Float64Array;
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
  const prefixCovered = new Float64Array(length + 1);
  const sliceTarget = options.timeSliceTarget ?? 1;
  let pg = 0;
  let pv = 0;
  let pc = 0;

  if (!sliced) {
    for (let i = 0; i < n; i += 1) {
      const step = read(i);
      if (step) {
        pg += step[0];
        pv += step[1];
        pc += 1;
      }
      prefixGood[i + 1] = pg;
      prefixValid[i + 1] = pv;
      prefixCovered[i + 1] = pc;
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
        pc += 1;
      }
      prefixGood[u + 1] = pg;
      prefixValid[u + 1] = pv;
      prefixCovered[u + 1] = pc;
    }
  }
  return {
    startMs: data.startMs,
    unitMs: data.stepMs * stepsPerUnit,
    length,
    prefixGood,
    prefixValid,
    prefixCovered,
    unitName: sliced ? 'slices' : 'events',
  };
}

export interface WindowTotals {
  good: number;
  valid: number;
  bad: number;
  /** Units in the window that had data, and units in the window that the series spans. */
  covered: number;
  spanned: number;
}

/** Totals of the units labelled in (fromMs, toMs]. */
export function windowTotals(units: BudgetUnits, fromMs: number, toMs: number): WindowTotals {
  const lo = Math.max(0, Math.floor((fromMs - units.startMs) / units.unitMs) + 1);
  const hi = Math.min(units.length - 1, Math.floor((toMs - units.startMs) / units.unitMs));
  if (hi < lo) return { good: 0, valid: 0, bad: 0, covered: 0, spanned: 0 };
  const good = units.prefixGood[hi + 1]! - units.prefixGood[lo]!;
  const valid = units.prefixValid[hi + 1]! - units.prefixValid[lo]!;
  const covered = units.prefixCovered[hi + 1]! - units.prefixCovered[lo]!;
  return { good, valid, bad: Math.max(0, valid - good), covered, spanned: hi - lo + 1 };
}
