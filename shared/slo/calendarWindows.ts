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

/** The instant at which the wall clock in `timeZone` shows midnight starting this date. */
export function zonedMidnight(year: number, month: number, day: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day);
  let guess = wall - offsetMs(wall, timeZone);
  guess = wall - offsetMs(guess, timeZone);
  return guess;
}

export interface Period {
  startMs: number;
  endMs: number;
}

/** The calendar period containing `atMs`: weeks start on Monday (ISO 8601). */
export function calendarPeriod(unit: CalendarUnit, atMs: number, timeZone: string): Period {
  const w = wallClock(atMs, timeZone);
  if (unit === 'week') {
    const monday = new Date(Date.UTC(w.year, w.month - 1, w.day - (w.weekday - 1)));
    const next = new Date(monday.getTime() + 7 * 86_400_000);
    return {
      startMs: zonedMidnight(
        monday.getUTCFullYear(),
        monday.getUTCMonth() + 1,
        monday.getUTCDate(),
        timeZone,
      ),
      endMs: zonedMidnight(
        next.getUTCFullYear(),
        next.getUTCMonth() + 1,
        next.getUTCDate(),
        timeZone,
      ),
    };
  }
  const months = unit === 'month' ? 1 : 3;
  const firstMonth = unit === 'month' ? w.month : Math.floor((w.month - 1) / 3) * 3 + 1;
  const next = new Date(Date.UTC(w.year, firstMonth - 1 + months, 1));
  return {
    startMs: zonedMidnight(w.year, firstMonth, 1, timeZone),
    endMs: zonedMidnight(next.getUTCFullYear(), next.getUTCMonth() + 1, 1, timeZone),
  };
}
