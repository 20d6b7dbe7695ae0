import type { SloWindow } from '../../domain/slo';
import { calendarPeriod, type Period } from '../calendarWindows';
import { PARTIAL_BELOW } from '../periodHistory';
import { windowCoverage, windowTotals, type BudgetUnits } from '../sliSeries';

const MINUTE_MS = 60_000;
/** More past windows than this is past what a table can show usefully. */
const MAX_WINDOWS = 60;

export interface PastWindow extends Period {
  good: number;
  valid: number;
  bad: number;
  /** Share of the window's units that had data. */
  coverage: number;
}

/**
 * The SLO's own windows over its data, oldest first: calendar periods for a calendar window,
 * back-to-back rolling windows ending at the newest sample for a rolling one (the last of them
 * is the window the status is judged on).
 */
export function pastWindows(units: BudgetUnits, window: SloWindow): PastWindow[] {
  if (units.length === 0) return [];
  const firstMs = units.startMs;
  const endMs = units.startMs + units.length * units.unitMs;
  const periods: Period[] = [];
  if (window.kind === 'rolling') {
    const span = window.minutes * MINUTE_MS;
    for (let end = endMs; end > firstMs && periods.length < MAX_WINDOWS; end -= span)
      periods.unshift({ startMs: end - span, endMs: end });
  } else {
    let period = calendarPeriod(window.unit, firstMs, window.timeZone, window.startTime);
    while (period.startMs < endMs) {
      periods.push(period);
      period = calendarPeriod(window.unit, period.endMs, window.timeZone, window.startTime);
    }
  }
  return periods.slice(-MAX_WINDOWS).map((p) => {
    // Units labelled in [start, end): the window form (from, to] takes start - 1 and end - 1.
    const totals = windowTotals(units, p.startMs - 1, p.endMs - 1);
    return {
      ...p,
      good: totals.good,
      valid: totals.valid,
      bad: totals.bad,
      coverage: windowCoverage(units, p.startMs - 1, p.endMs - 1),
    };
  });
}

export type WindowVerdict = 'met' | 'missed' | 'partial' | 'no-data';

/** Met or missed at a target; partial when it had data for only a small part of it. */
export function windowVerdict(w: PastWindow, target: number): WindowVerdict {
  if (!(w.valid > 0)) return 'no-data';
  if (w.coverage < PARTIAL_BELOW) return 'partial';
  return w.good / w.valid >= target - 1e-12 ? 'met' : 'missed';
}
