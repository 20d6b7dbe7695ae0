import type { Slo } from '../domain/slo';
import { formatMinutes } from './duration';
import { formatTarget } from './formatFigures';
import { looksLikeQuery } from './looksLikeQuery';

const OP_TEXT = { lt: '<', lte: '≤', gt: '>', gte: '≥' } as const;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function ordinal(day: number): string {
  const tens = day % 100;
  if (tens >= 11 && tens <= 13) return `${day}th`;
  return `${day}${{ 1: 'st', 2: 'nd', 3: 'rd' }[day % 10] ?? 'th'}`;
}

/** Where a calendar's periods start: "starting Saturday 12:00", "starting on the 15th". */
export function describeCalendarStart(
  window: Extract<Slo['window'], { kind: 'calendar' }>,
): string {
  if (!window.startTime) return '';
  const [date, time] = window.startTime.split(' ') as [string, string];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const clock = time.slice(0, 5);
  const at = clock === '00:00' ? '' : ` at ${clock}`;
  if (window.unit === 'week') {
    const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
    return `starting ${weekday} ${clock}`;
  }
  if (window.unit === 'month') return `starting on the ${ordinal(day)}${at}`;
  // A quarter repeats every three months from its start: 15 Feb, 15 May, 15 Aug and 15 Nov.
  const months = [0, 3, 6, 9].map((k) => MONTHS[(month - 1 + k) % 12]!);
  return `starting ${day} ${months.slice(0, 3).join(', ')} and ${months[3]}${at}`;
}

export function describeWindow(slo: Pick<Slo, 'window'>): string {
  if (slo.window.kind === 'rolling') return `rolling ${formatMinutes(slo.window.minutes)}`;
  const start = describeCalendarStart(slo.window);
  return `calendar ${slo.window.unit}${start ? ` ${start}` : ''} (${slo.window.timeZone})`;
}

/**
 * What one side of a ratio SLI counts, for people: the plain words kept beside it where it is a
 * query and has them, else the description as typed.
 */
export function sliSideInWords(description: string, inWords: string | undefined): string | null {
  const words = inWords?.trim();
  if (words && looksLikeQuery(description)) return words;
  return description || null;
}

/**
 * The SLI as people read it, or null where a side is a query with no plain words beside it
 * (a query on the SLO's first screen would say nothing to most of its readers).
 */
export function sliForReaders(slo: Pick<Slo, 'sli'>): string | null {
  const sli = slo.sli;
  const bare = (text: string, words: string | undefined) => looksLikeQuery(text) && !words?.trim();
  if (sli.kind === 'ratio') {
    if (bare(sli.goodDescription, sli.goodInWords) || bare(sli.validDescription, sli.validInWords))
      return null;
  } else if (looksLikeQuery(sli.metricDescription)) return null;
  return describeSli(slo);
}

export function describeSli(slo: Pick<Slo, 'sli'>): string {
  if (slo.sli.kind === 'ratio') {
    const good = sliSideInWords(slo.sli.goodDescription, slo.sli.goodInWords) ?? 'good events';
    const valid = sliSideInWords(slo.sli.validDescription, slo.sli.validInWords) ?? 'valid events';
    return `${good} / ${valid}`;
  }
  const unit = slo.sli.unit ? ` ${slo.sli.unit}` : '';
  return `${slo.sli.metricDescription || 'value'} ${OP_TEXT[slo.sli.op]} ${slo.sli.threshold}${unit}`;
}

export function describeObjective(slo: Pick<Slo, 'target' | 'window'>): string {
  if (slo.window.kind === 'calendar')
    return `${formatTarget(slo.target)} per ${describeWindow(slo)}`;
  return `${formatTarget(slo.target)} over a ${describeWindow(slo)} window`;
}
