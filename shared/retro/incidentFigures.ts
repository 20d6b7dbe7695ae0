import type { SloWindow } from '../domain/slo';
import { allowedDowntimeMinutes } from '../slo/budgetMath';
import { calendarPeriod } from '../slo/calendarWindows';
import { formatMinutes } from '../slo/duration';
import { formatCount, formatPercent } from '../slo/formatFigures';
import {
  coveredUnits,
  unitsInWindow,
  windowCoverage,
  windowTotals,
  type BudgetUnits,
} from '../slo/sliSeries';

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
  /** Bad events (or slices) inside the impact window; null on the duration basis. */
  badEvents: number | null;
  /** Valid events (or slices) the SLO's whole window holds: counted, or estimated from its rate. */
  windowValid: number | null;
  /** Bad events (or minutes, on the duration basis) the whole window allows. */
  allowed: number | null;
  /** Minutes of impact counted as failed, on the duration basis. */
  failedMinutes: number | null;
  /** The SLO's window in minutes: the rolling length, or the whole calendar period. */
  windowMinutes: number;
  /** Minutes of that window the data covers, where it covers only part: the count is scaled up. */
  estimatedFromMinutes: number | null;
  /** Share of the impact window the data covers (1 on the duration basis). */
  impactCoverage: number;
  unitName: 'events' | 'slices';
}

/**
 * The budget an incident spent on one SLO, against the SLO's whole window at the incident: the
 * rolling length before the incident's end, or the calendar period it falls in. With SLI data:
 * the bad events inside the impact window over the bad events the whole window allows. Where the
 * data covers only part of that window, its valid events are estimated from the rate the data
 * shows (a month of constant traffic and two months give the same figure). Without data for the
 * impact window: the impact minutes (times the share of requests failing) over the allowed
 * downtime, the same arithmetic as a burn rate held for that long (SRE Workbook: B x w / P).
 */
export function incidentBudgetSpend(
  slo: { target: number; window: SloWindow },
  units: BudgetUnits | null,
  impact: { startMs: number; endMs: number; badShare?: number },
): IncidentSpend {
  const whole = wholeWindow(slo.window, impact.endMs - 1);
  const none: IncidentSpend = {
    share: null,
    basis: units ? 'data' : 'duration',
    badEvents: null,
    windowValid: null,
    allowed: null,
    failedMinutes: null,
    windowMinutes: whole.minutes,
    estimatedFromMinutes: null,
    impactCoverage: units ? 0 : 1,
    unitName: units?.unitName ?? 'events',
  };
  if (impact.endMs <= impact.startMs) return none;
  const impactFrom = impact.startMs - 1;
  const impactTo = impact.endMs - 1;
  const impactCoverage = units ? windowCoverage(units, impactFrom, impactTo) : 0;
  if (units && impactCoverage > 0) {
    const during = windowTotals(units, impactFrom, impactTo);
    const observed = windowTotals(units, whole.fromMs, whole.toMs);
    const all = unitsInWindow(units, whole.fromMs, whole.toMs);
    const covered = coveredUnits(units, whole.fromMs, whole.toMs);
    const partial = covered < all;
    const windowValid = partial ? (observed.valid * all) / covered : observed.valid;
    const allowed = (1 - slo.target) * windowValid;
    return {
      ...none,
      share: allowed > 0 ? during.bad / allowed : null,
      basis: 'data',
      badEvents: during.bad,
      windowValid,
      allowed,
      estimatedFromMinutes: partial ? (covered * units.unitMs) / MINUTE : null,
      impactCoverage,
    };
  }
  const failedMinutes = ((impact.endMs - impact.startMs) / MINUTE) * (impact.badShare ?? 1);
  const allowed = allowedDowntimeMinutes(slo.target, whole.minutes);
  return {
    ...none,
    basis: 'duration',
    share: failedMinutes / allowed,
    allowed,
    failedMinutes,
    impactCoverage: units ? impactCoverage : 1,
  };
}

/** The SLO's whole window at a moment: units labelled in (fromMs, toMs]. */
function wholeWindow(window: SloWindow, atMs: number) {
  if (window.kind === 'rolling')
    return { fromMs: atMs - window.minutes * MINUTE, toMs: atMs, minutes: window.minutes };
  const period = calendarPeriod(window.unit, atMs, window.timeZone, window.startTime);
  return {
    fromMs: period.startMs - 1,
    toMs: period.endMs - 1,
    minutes: (period.endMs - period.startMs) / MINUTE,
  };
}

/** A span for a sentence: "2.6 days", "5 hours", "40 minutes". */
export function spanInWords(minutes: number): string {
  const round = (v: number) => Number(v.toFixed(1)).toLocaleString('en-US');
  if (minutes >= 2 * 1440) return `${round(minutes / 1440)} days`;
  if (minutes >= 120) return `${round(minutes / 60)} hours`;
  const m = Math.round(minutes);
  return m === 1 ? '1 minute' : `${m} minutes`;
}

/** A window's length as an adjective: "28-day", "1-week", "6-hour". */
function windowAdjective(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440}-day`;
  if (minutes % 60 === 0) return `${minutes / 60}-hour`;
  return `${Math.round(minutes)}-minute`;
}

/** What an incident's share rests on, in one sentence a reader of the report can check. */
export function incidentSpendBasis(spend: IncidentSpend, failingShare: number | null): string {
  const windowText = `a ${windowAdjective(spend.windowMinutes)} window`;
  if (spend.share === null && spend.failedMinutes === null)
    return 'Give the start and the mitigation (or resolution) time.';
  if (spend.basis === 'data') {
    const unit = spend.unitName;
    const parts = [
      `From the SLI data: ${formatCount(spend.badEvents ?? 0)} bad ${unit} in the impact window, of ${formatCount(spend.allowed ?? 0)} the window allows: ${formatCount(spend.badEvents ?? 0)} / ${formatCount(spend.allowed ?? 0)} = ${formatPercent(spend.share)}`,
    ];
    if (spend.estimatedFromMinutes !== null)
      parts.push(
        `the window's ${unit} estimated from ${spanInWords(spend.estimatedFromMinutes)} of data in ${windowText}`,
      );
    if (spend.impactCoverage < 1)
      parts.push(`the data covers ${formatPercent(spend.impactCoverage, 0)} of the impact window`);
    return `${parts.join('; ')}.`;
  }
  const counted =
    failingShare === null
      ? 'counting every request as failed'
      : `with ${formatPercent(failingShare, 0)} of requests failing`;
  const failed = formatMinutes(spend.failedMinutes ?? 0);
  const allowed = formatMinutes(spend.allowed ?? 0);
  return `From the duration, ${counted}: ${failed} of the ${allowed} of downtime ${windowText} allows, ${failed} / ${allowed} = ${formatPercent(spend.share)} (no SLI data for the impact window).`;
}
