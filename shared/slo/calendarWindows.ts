/**
 * Calendar SLO periods (this week / month / quarter) in a time zone, without a date library:
 * Intl gives the wall-clock fields of an instant in any IANA zone, and a fixed-point iteration
 * turns a wall-clock midnight back into an instant (two rounds settle any DST shift).
 */
export type CalendarUnit = 'week' | 'month' | 'quarter';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

export function wallClock(ms: number, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms)))
    parts[part.type] = part.value;
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
    second: Number(parts['second']),
    weekday: WEEKDAYS[parts['weekday'] ?? 'Mon'] ?? 1,
  };
}

function offsetMs(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The instant at which the wall clock in `timeZone` shows this date and time of day. */
export function zonedTime(
  year: number,
  month: number,
  day: number,
  secondOfDay: number,
  timeZone: string,
): number {
  const wall = Date.UTC(year, month - 1, day) + secondOfDay * 1000;
  let guess = wall - offsetMs(wall, timeZone);
  guess = wall - offsetMs(guess, timeZone);
  return guess;
}

/** The instant at which the wall clock in `timeZone` shows midnight starting this date. */
export function zonedMidnight(year: number, month: number, day: number, timeZone: string): number {
  return zonedTime(year, month, day, 0, timeZone);
}

export interface Period {
  startMs: number;
  endMs: number;
}

interface Anchor {
  month: number;
  day: number;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  secondOfDay: number;
}

/** Weeks start Monday 00:00, months and quarters on the 1st (January, April, …) at 00:00. */
const DEFAULT_ANCHOR: Anchor = { month: 1, day: 1, weekday: 1, secondOfDay: 0 };

function readAnchor(startTime: string | null): Anchor {
  const match = startTime
    ? /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(startTime)
    : null;
  if (!match) return DEFAULT_ANCHOR;
  const [year, month, day, h, m, s] = match.slice(1).map(Number) as number[];
  const utcDay = new Date(Date.UTC(year!, month! - 1, day!)).getUTCDay();
  return {
    month: month!,
    day: day!,
    weekday: ((utcDay + 6) % 7) + 1,
    secondOfDay: h! * 3600 + m! * 60 + s!,
  };
}

/** A calendar date `days` after the given one. */
function addDays(year: number, month: number, day: number, days: number) {
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The start of the month-based period `index` months after January of year 0, on the anchor's day. */
function monthStart(monthIndex: number, anchor: Anchor, timeZone: string): number {
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  // A period anchored on the 31st starts on the last day of shorter months.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return zonedTime(year, month, Math.min(anchor.day, lastDay), anchor.secondOfDay, timeZone);
}

/**
 * The calendar period containing `atMs`. Without a start time weeks start on Monday (ISO 8601)
 * and months and quarters on the 1st, at midnight. With OpenSLO's calendar startTime the periods
 * repeat from it: a week from Saturday 12:00, a month from the 15th, a quarter from 15 February.
 */
export function calendarPeriod(
  unit: CalendarUnit,
  atMs: number,
  timeZone: string,
  startTime: string | null = null,
): Period {
  const anchor = readAnchor(startTime);
  const w = wallClock(atMs, timeZone);
  if (unit === 'week') {
    const back = (w.weekday - anchor.weekday + 7) % 7;
    let first = addDays(w.year, w.month, w.day, -back);
    let startMs = zonedTime(first.year, first.month, first.day, anchor.secondOfDay, timeZone);
    if (startMs > atMs) {
      first = addDays(first.year, first.month, first.day, -7);
      startMs = zonedTime(first.year, first.month, first.day, anchor.secondOfDay, timeZone);
    }
    const next = addDays(first.year, first.month, first.day, 7);
    return {
      startMs,
      endMs: zonedTime(next.year, next.month, next.day, anchor.secondOfDay, timeZone),
    };
  }
  const months = unit === 'month' ? 1 : 3;
  const current = w.year * 12 + (w.month - 1);
  const phase = (anchor.month - 1) % months;
  let index = current - ((((current - phase) % months) + months) % months);
  if (monthStart(index, anchor, timeZone) > atMs) index -= months;
  return {
    startMs: monthStart(index, anchor, timeZone),
    endMs: monthStart(index + months, anchor, timeZone),
  };
}
