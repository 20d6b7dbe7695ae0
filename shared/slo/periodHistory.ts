import type { SloWindow } from '../domain/slo';
import { budgetConsumed } from './budgetMath';
import { calendarPeriod, wallClock } from './calendarWindows';
import { formatPercent } from './formatFigures';
import { windowCoverage, windowTotals, type BudgetUnits } from './sliSeries';

export type HistoryUnit = 'month' | 'week';

export interface PeriodFigures {
  unit: HistoryUnit;
  startMs: number;
  endMs: number;
  /** "Nov 2026"; a week by its Monday, "2 Nov 2026". */
  label: string;
  /** "Nov", "2 Nov": for a strip where the year is plain from the neighbours. */
  shortLabel: string;
  good: number;
  valid: number;
  bad: number;
  /** Null when the period has no data. */
  sli: number | null;
  /** Bad over what the period's own valid events allow; may pass 1. */
  consumed: number | null;
  /** Null when there is nothing to judge: no data, or data for under half of it (partial). */
  met: boolean | null;
  /** Share of the period's units that had data: below 1 the verdict rests on part of it. */
  coverage: number;
}

/**
 * A period with data for less than this share of it is "partial": judging a day of data as if it
 * were the month said "missed 285.7%" in red. It is shown, with its figures, but not judged.
 */
export const PARTIAL_BELOW = 0.5;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** More than two years of weeks is past what a strip or a report table can show usefully. */
const MAX_PERIODS = 120;

/** The zone an SLO's periods are counted in: its calendar's, or UTC for a rolling window. */
export function historyTimeZone(window: SloWindow): string {
  return window.kind === 'calendar' ? window.timeZone : 'UTC';
}

/** The SLO's own period start when its calendar is of this unit: a month from the 15th. */
export function historyStartTime(window: SloWindow, unit: HistoryUnit): string | null {
  return window.kind === 'calendar' && window.unit === unit ? window.startTime : null;
}

function labels(unit: HistoryUnit, startMs: number, timeZone: string, anchored: boolean) {
  const w = wallClock(startMs, timeZone);
  const month = MONTHS[w.month - 1] ?? '';
  // A month that starts on the 15th is named by its first day, as weeks are.
  return unit === 'month' && !(anchored && (w.day !== 1 || w.hour !== 0 || w.minute !== 0))
    ? { label: `${month} ${w.year}`, shortLabel: month }
    : { label: `${w.day} ${month} ${w.year}`, shortLabel: `${w.day} ${month}` };
}

/**
 * The SLI and budget consumed for every calendar month or week (Monday first, or from the SLO's
 * own calendar start) the data touches,
 * newest last: "did we meet it each month last quarter?". Each period is judged on its own:
 * its bad events over what its own valid events allow, whatever the SLO's window.
 */
export function periodHistory(
  units: BudgetUnits,
  slo: { target: number; window: SloWindow },
  unit: HistoryUnit,
): PeriodFigures[] {
  if (units.length === 0) return [];
  const timeZone = historyTimeZone(slo.window);
  const startTime = historyStartTime(slo.window, unit);
  const lastMs = units.startMs + units.length * units.unitMs - 1;
  const out: PeriodFigures[] = [];
  let period = calendarPeriod(unit, units.startMs, timeZone, startTime);
  while (period.startMs <= lastMs) {
    // Units labelled in [start, end): the window form (from, to] takes start - 1 and end - 1.
    const totals = windowTotals(units, period.startMs - 1, period.endMs - 1);
    const sli = totals.valid > 0 ? totals.good / totals.valid : null;
    const coverage = windowCoverage(units, period.startMs - 1, period.endMs - 1);
    out.push({
      unit,
      startMs: period.startMs,
      endMs: period.endMs,
      ...labels(unit, period.startMs, timeZone, startTime !== null),
      good: totals.good,
      valid: totals.valid,
      bad: totals.bad,
      sli,
      consumed: budgetConsumed(totals.bad, totals.valid, slo.target),
      met: sli === null || coverage < PARTIAL_BELOW ? null : sli >= slo.target - 1e-12,
      coverage,
    });
    period = calendarPeriod(unit, period.endMs, timeZone, startTime);
  }
  return out.slice(-MAX_PERIODS);
}

/** One period's verdict in words, for a strip cell's name and a report table. */
export function periodVerdict(p: PeriodFigures): string {
  const share = ` (data for ${formatPercent(p.coverage, 0)} of it)`;
  if (p.sli === null) return 'no data';
  if (p.met === null) return `partial${share}`;
  const partial = p.coverage < 1 ? share : '';
  return `${p.met ? 'met' : 'missed'}${partial}`;
}
