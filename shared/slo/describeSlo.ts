import type { Slo } from '../domain/slo';
import { formatMinutes } from './duration';
import { formatTarget } from './formatFigures';

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

export function describeSli(slo: Pick<Slo, 'sli'>): string {
  if (slo.sli.kind === 'ratio') {
    const good = slo.sli.goodDescription || 'good events';
    const valid = slo.sli.validDescription || 'valid events';
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
