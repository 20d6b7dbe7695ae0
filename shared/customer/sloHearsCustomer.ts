import { plural } from '../domain/labels';
import type { PainPoint } from '../domain/journey';
import type { Slo } from '../domain/slo';
import { DAY_MS } from '../domain/bounds';
import { evaluationWindow } from '../slo/evaluateSlo';
import { formatPercent } from '../slo/formatFigures';
import { coveredUnits, unitsInWindow, windowTotals, type BudgetUnits } from '../slo/sliSeries';

/**
 * Does this SLO hear the customer? The step's pain points (the days they were heard) laid over
 * the SLO's bad days: days it burnt budget faster than it can afford (burn rate above 1 over
 * the UTC day). Pain heard while the SLO stayed green says it may measure the wrong thing or be
 * too loose; budget burnt with nobody complaining says it may be stricter than customers need.
 */

/** Customers complain a little after they feel it: pain up to this many days after a bad day is "heard". */
export const HEARING_LAG_DAYS = 2;
/** A day counts as watched when the SLO had data for at least this share of it. */
const WATCHED_SHARE = 0.5;

export interface BadPeriod {
  /** First and last bad day, YYYY-MM-DD (UTC). */
  from: string;
  to: string;
  /** Share of a full window's error budget these days spent. */
  budgetSpent: number;
  /** The worst day's burn rate. */
  worstBurnRate: number;
}

export type Hearing = 'heard' | 'unheard' | 'unwatched';

export interface PainHearing {
  painPointId: string;
  date: string;
  hearing: Hearing;
  /** The bad period it falls in or just after, when heard. */
  period: BadPeriod | null;
}

export type HearingVerdict =
  | 'agrees'
  | 'misses-pain'
  | 'too-strict'
  | 'both'
  | 'no-pain'
  | 'no-data'
  | 'no-step'
  | 'not-watched';

export interface HearingCheck {
  verdict: HearingVerdict;
  /** The verdict in a few words, for a heading; never at odds with the evidence below it. */
  title: string;
  /** The verdict in plain words, one or two sentences. */
  headline: string;
  /** The evidence behind it, one line each. */
  evidence: string[];
  pains: PainHearing[];
  badPeriods: BadPeriod[];
  /** Bad periods, since pain was first recorded on the step, with no pain heard around them. */
  silent: BadPeriod[];
  /** The days the SLO had data for, or null without data. */
  watched: { from: string; to: string } | null;
}

/** Headings for each verdict. */
export const VERDICT_TITLES: Record<HearingVerdict, string> = {
  agrees: 'It hears the customer',
  'misses-pain': 'Customers feel pain it does not show',
  'too-strict': 'It hears the customer, and burns budget no one complains about too',
  both: 'It and the customers disagree',
  'no-pain': 'Nothing to compare yet',
  'no-data': 'Nothing to compare yet',
  'no-step': 'Not on a journey step',
  'not-watched': 'Cannot tell yet',
};

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayStart = (day: string) => Date.parse(`${day}T00:00:00Z`);

interface DayFigures {
  startMs: number;
  watched: boolean;
  bad: number;
  valid: number;
}

/** Each UTC day the units span, with its bad and valid amounts and whether it was watched. */
function dailyFigures(units: BudgetUnits): DayFigures[] {
  if (units.length === 0) return [];
  const first = Math.floor(units.startMs / DAY_MS) * DAY_MS;
  const lastMs = units.startMs + (units.length - 1) * units.unitMs;
  const days: DayFigures[] = [];
  for (let start = first; start <= lastMs; start += DAY_MS) {
    // Units labelled in [start, start + day): windowTotals takes (from, to].
    const from = start - 1;
    const to = start + DAY_MS - 1;
    const totals = windowTotals(units, from, to);
    const all = unitsInWindow(units, from, to);
    const watched = all > 0 && coveredUnits(units, from, to) / all >= WATCHED_SHARE;
    days.push({ startMs: start, watched, bad: totals.bad, valid: totals.valid });
  }
  return days;
}

/** Runs of days burning budget faster than the SLO allows, with the share of budget they spent. */
export function badPeriods(
  slo: Pick<Slo, 'target' | 'window'>,
  units: BudgetUnits,
): { periods: BadPeriod[]; days: DayFigures[] } {
  const days = dailyFigures(units);
  const allowed = 1 - slo.target;
  const watchedDays = days.filter((d) => d.valid > 0);
  const meanValid = watchedDays.reduce((s, d) => s + d.valid, 0) / Math.max(1, watchedDays.length);
  const periodDays = evaluationWindow(slo.window, units.startMs).periodMinutes / 1440;
  // A full window's budget at the traffic these days had.
  const windowBudget = allowed * meanValid * periodDays;
  const periods: BadPeriod[] = [];
  let run: { from: number; to: number; bad: number; worst: number } | null = null;
  const close = () => {
    if (!run) return;
    periods.push({
      from: dayOf(run.from),
      to: dayOf(run.to),
      budgetSpent: windowBudget > 0 ? run.bad / windowBudget : 0,
      worstBurnRate: run.worst,
    });
    run = null;
  };
  for (const day of days) {
    const burn = day.valid > 0 && allowed > 0 ? day.bad / day.valid / allowed : 0;
    if (burn > 1) {
      if (run && run.to === day.startMs - DAY_MS) {
        run.to = day.startMs;
        run.bad += day.bad;
        run.worst = Math.max(run.worst, burn);
      } else {
        close();
        run = { from: day.startMs, to: day.startMs, bad: day.bad, worst: burn };
      }
    } else close();
  }
  close();
  return { periods, days };
}

/** Whether pain heard at `at` (a day's start) falls in the period or up to the lag after it. */
const reaches = (period: BadPeriod, at: number, lagDays: number) =>
  at >= dayStart(period.from) && at <= dayStart(period.to) + lagDays * DAY_MS;

/**
 * Where one pain point falls against the bad periods and the days the SLO watched. Heard in two
 * periods' reach (the tail of one, the start of the next), it belongs to the one it falls in, else
 * to the latest one before it: customers complain about what just happened.
 */
export function hearPain(
  date: string,
  periods: readonly BadPeriod[],
  watchedDays: ReadonlySet<string>,
  lagDays = HEARING_LAG_DAYS,
): { hearing: Hearing; period: BadPeriod | null } {
  const at = dayStart(date);
  const near = periods.filter((period) => reaches(period, at, lagDays));
  const period =
    near.find((p) => at <= dayStart(p.to)) ??
    near.reduce<BadPeriod | null>((latest, p) => (latest && latest.to > p.to ? latest : p), null);
  if (period) return { hearing: 'heard', period };
  return { hearing: watchedDays.has(date) ? 'unheard' : 'unwatched', period: null };
}

const periodText = (p: BadPeriod) =>
  `${p.from === p.to ? p.from : `${p.from} to ${p.to}`} (${formatPercent(p.budgetSpent)} of the budget)`;

/**
 * The check for one SLO. `units`: its budget units (imported data or minutes recorded by hand),
 * or null without any; `stepName` null when the SLO is on no journey step.
 */
export function sloHearsCustomer(
  slo: Pick<Slo, 'target' | 'window'>,
  units: BudgetUnits | null,
  painPoints: readonly Pick<PainPoint, 'id' | 'date' | 'quote'>[],
  stepName: string | null,
): HearingCheck {
  const empty = { pains: [], badPeriods: [], silent: [], watched: null, evidence: [] };
  if (stepName === null)
    return {
      ...empty,
      verdict: 'no-step',
      title: VERDICT_TITLES['no-step'],
      headline:
        'This SLO is on no journey step, so there is no customer pain to compare it with. Link it to the step it protects.',
    };
  if (painPoints.length === 0)
    return {
      ...empty,
      verdict: 'no-pain',
      title: VERDICT_TITLES['no-pain'],
      headline: `No pain heard on “${stepName}” yet, so there is nothing to compare this SLO with.`,
    };
  if (!units || units.length === 0)
    return {
      ...empty,
      verdict: 'no-data',
      title: VERDICT_TITLES['no-data'],
      headline:
        'This SLO has no SLI data and no incidents recorded by hand yet, so its bad days are unknown.',
    };

  const { periods, days } = badPeriods(slo, units);
  const watchedDays = new Set(days.filter((d) => d.watched).map((d) => dayOf(d.startMs)));
  const watchedList = days.filter((d) => d.watched);
  const watched = watchedList.length
    ? { from: dayOf(watchedList[0]!.startMs), to: dayOf(watchedList.at(-1)!.startMs) }
    : null;
  const pains: PainHearing[] = painPoints
    .map((pain) => ({
      painPointId: pain.id,
      date: pain.date,
      ...hearPain(pain.date, periods, watchedDays),
    }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const heard = pains.filter((p) => p.hearing === 'heard');
  const unheard = pains.filter((p) => p.hearing === 'unheard');
  const unwatched = pains.filter((p) => p.hearing === 'unwatched');
  // Silence before anyone recorded pain on this step says nothing, nor does silence customers
  // have not yet had time to break (a bad period in the data's last days). A period is silent
  // only when no pain at all falls in its reach, whichever period that pain was counted against.
  const listeningFrom = dayStart(pains[0]!.date);
  const lastDay = days.at(-1)!.startMs;
  const silent = periods.filter(
    (period) =>
      dayStart(period.to) + HEARING_LAG_DAYS * DAY_MS >= listeningFrom &&
      dayStart(period.to) + HEARING_LAG_DAYS * DAY_MS <= lastDay &&
      !pains.some((p) => reaches(period, dayStart(p.date), HEARING_LAG_DAYS)),
  );

  const quoteOf = new Map(painPoints.map((p) => [p.id, p.quote]));
  const evidence: string[] = [];
  if (heard.length)
    evidence.push(
      `${plural(heard.length, 'pain point')} heard in or up to ${HEARING_LAG_DAYS} days after a bad period: ${[...new Set(heard.map((p) => p.date))].join(', ')}.`,
    );
  for (const p of unheard)
    evidence.push(
      `Heard on ${p.date} while the SLO was within budget: “${shorten(quoteOf.get(p.painPointId) ?? '')}”`,
    );
  for (const period of silent)
    evidence.push(`Bad period ${periodText(period)} with no pain heard around it.`);
  if (unwatched.length)
    evidence.push(
      `${plural(unwatched.length, 'pain point')} fall on days without SLI data (${[...new Set(unwatched.map((p) => p.date))].join(', ')}), so they are not judged.`,
    );

  let verdict: HearingVerdict;
  let headline: string;
  const judged = heard.length + unheard.length;
  if (judged === 0) {
    verdict = 'not-watched';
    headline = watched
      ? `None of the ${plural(pains.length, 'pain point')} on “${stepName}” fall in the days this SLO has data for (${watched.from} to ${watched.to}), so it cannot be judged yet.`
      : 'This SLO has no day with enough data to judge it against customer pain.';
  } else if (unheard.length && silent.length) {
    verdict = 'both';
    headline = `This SLO and the customers disagree both ways: ${unheard.length} of ${plural(judged, 'pain point')} came while it stayed within budget, and it burnt budget ${plural(silent.length, 'time')} with no one complaining. It may measure something other than what customers feel.`;
  } else if (unheard.length) {
    verdict = 'misses-pain';
    headline = `Customers feel pain this SLO does not show: ${unheard.length} of ${plural(judged, 'pain point')} on “${stepName}” came while it stayed within budget. It may measure the wrong thing, or its target may be too loose.`;
  } else if (silent.length) {
    // Every pain it could judge was heard (judged > 0 and none unheard): say so first, so the
    // verdict never reads "no one complains" above a list of complaints it heard.
    verdict = 'too-strict';
    headline = `This SLO heard ${heard.length === 1 ? 'the one pain point' : `all ${heard.length} pain points`} on “${stepName}” it had data for, but it also burnt budget with no one complaining: ${plural(silent.length, 'other bad period')} since pain was first recorded had no pain heard around them. Its target may be stricter than customers need.`;
  } else {
    verdict = 'agrees';
    headline = `This SLO hears the customer: every pain point on “${stepName}” it had data for came in or just after one of its bad periods, and every bad period was felt.`;
  }
  return {
    verdict,
    title: VERDICT_TITLES[verdict],
    headline,
    evidence,
    pains,
    badPeriods: periods,
    silent,
    watched,
  };
}

function shorten(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
