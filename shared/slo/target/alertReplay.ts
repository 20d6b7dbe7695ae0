import type { BurnRateAlert, SloWindow } from '../../domain/slo';
import { budgetConsumed, minutesToExhaustion } from '../budgetMath';
import { calendarPeriod, type Period } from '../calendarWindows';
import { windowTotals, type BudgetUnits } from '../sliSeries';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Past this many evaluations the replay thins its steps: a year of minutes stays quick. */
const MAX_POINTS = 60_000;

export interface AlertReplay {
  target: number;
  /** UTC days on which a page (or a ticket) alert would have been firing at some moment. */
  pageDays: number;
  ticketDays: number;
  /** How long each severity would have been firing, in minutes. */
  pageMinutes: number;
  ticketMinutes: number;
  /**
   * While a page fired, how soon the window's budget would have run out at the last hour's
   * burn: the shortest and longest of those times, in minutes (0 when it was already spent).
   * Null when no page fired.
   */
  exhaustion: { shortestMinutes: number; longestMinutes: number } | null;
}

/** Error ratio (bad / valid) over (at - minutes, at], or null without data. */
function errorRatio(units: BudgetUnits, atMs: number, minutes: number): number | null {
  const t = windowTotals(units, atMs - minutes * MINUTE_MS, atMs);
  return t.valid > 0 ? t.bad / t.valid : null;
}

/**
 * What the SLO's multi-window, multi-burn-rate alerts (SRE Workbook, "Alerting on SLOs") would
 * have done over the data, at each target: evaluated at every unit (or every few, for long
 * series), as a rule evaluator would. Burn rate = error ratio / (1 - target), so the ratios are
 * read once and every target shares them.
 */
export function replayAlerts(
  units: BudgetUnits,
  window: SloWindow,
  alerts: readonly BurnRateAlert[],
  targets: readonly number[],
): AlertReplay[] {
  const out = targets.map((target) => ({
    target,
    pageDays: new Set<number>(),
    ticketDays: new Set<number>(),
    pageMinutes: 0,
    ticketMinutes: 0,
    shortest: Number.POSITIVE_INFINITY,
    longest: Number.NEGATIVE_INFINITY,
  }));
  const stride = Math.max(1, Math.ceil(units.length / MAX_POINTS));
  const stepMinutes = (stride * units.unitMs) / MINUTE_MS;
  let calendar: Period | null = null;
  for (let i = 0; i < units.length; i += stride) {
    const atMs = units.startMs + i * units.unitMs;
    if (!units.hasData[i]) continue;
    const ratios = alerts.map(
      (a) =>
        [
          errorRatio(units, atMs, a.longWindowMinutes),
          errorRatio(units, atMs, a.shortWindowMinutes),
        ] as const,
    );
    let fromMs: number;
    let periodMinutes: number;
    if (window.kind === 'rolling') {
      fromMs = atMs - window.minutes * MINUTE_MS;
      periodMinutes = window.minutes;
    } else {
      if (!calendar || atMs >= calendar.endMs)
        calendar = calendarPeriod(window.unit, atMs, window.timeZone, window.startTime);
      fromMs = calendar.startMs - 1;
      periodMinutes = (calendar.endMs - calendar.startMs) / MINUTE_MS;
    }
    let windowFigures: { bad: number; valid: number; lastHour: number | null } | null = null;
    const day = Math.floor(atMs / DAY_MS);
    for (const r of out) {
      const budget = 1 - r.target;
      let page = false;
      let ticket = false;
      alerts.forEach((alert, k) => {
        const [long, short] = ratios[k]!;
        if (long === null || short === null) return;
        if (long / budget > alert.burnRate && short / budget > alert.burnRate) {
          if (alert.severity === 'page') page = true;
          else ticket = true;
        }
      });
      if (page) {
        r.pageDays.add(day);
        r.pageMinutes += stepMinutes;
      }
      if (ticket) {
        r.ticketDays.add(day);
        r.ticketMinutes += stepMinutes;
      }
      if (!page) continue;
      if (!windowFigures) {
        const t = windowTotals(units, fromMs, atMs);
        windowFigures = { bad: t.bad, valid: t.valid, lastHour: errorRatio(units, atMs, 60) };
      }
      const consumed = budgetConsumed(windowFigures.bad, windowFigures.valid, r.target);
      if (consumed === null || windowFigures.lastHour === null) continue;
      const minutes = minutesToExhaustion(
        1 - consumed,
        windowFigures.lastHour / budget,
        periodMinutes,
      );
      if (minutes === null) continue;
      r.shortest = Math.min(r.shortest, minutes);
      r.longest = Math.max(r.longest, minutes);
    }
  }
  return out.map((r) => ({
    target: r.target,
    pageDays: r.pageDays.size,
    ticketDays: r.ticketDays.size,
    pageMinutes: r.pageMinutes,
    ticketMinutes: r.ticketMinutes,
    exhaustion: Number.isFinite(r.shortest)
      ? { shortestMinutes: r.shortest, longestMinutes: r.longest }
      : null,
  }));
}
