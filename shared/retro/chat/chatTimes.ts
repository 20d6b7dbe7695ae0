import { wallClock, zonedTime } from '../../slo/calendarWindows';
import type { ChatMessage, LogDate } from './chatTypes';

const DAY_MS = 86_400_000;

function addDays(date: LogDate, days: number): LogDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const sameDate = (a: LogDate | null, b: LogDate | null) =>
  a !== null && b !== null && a.year === b.year && a.month === b.month && a.day === b.day;

export interface TimeChoice {
  /** The day the log begins on (or the day “Today” means), YYYY-MM-DD. */
  day: string;
  /** The zone the log's clock times are in, e.g. Europe/Berlin. */
  timeZone: string;
}

/** "2024-11-04" as a date, or null. */
export function readIsoDay(day: string): LogDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/**
 * The instant of each message. A wall time takes its own date, the date of a separator before it,
 * or the chosen day; a time that jumps back by more than 12 hours on the same stated date rolls
 * over to the next day (a log that runs past midnight with no separator).
 */
export function resolveTimes(messages: ChatMessage[], choice: TimeChoice): number[] {
  const chosen = readIsoDay(choice.day);
  if (!chosen) return messages.map(() => Number.NaN);
  let stated: LogDate | null = null;
  let current: LogDate = chosen;
  let previousSecond = -1;
  return messages.map((m) => {
    if (m.time.kind === 'instant') {
      const w = wallClock(m.time.ms, choice.timeZone);
      current = { year: w.year, month: w.month, day: w.day };
      stated = current;
      previousSecond = w.hour * 3600 + w.minute * 60 + w.second;
      return m.time.ms;
    }
    const date =
      m.time.date ??
      (m.time.daysAfterChosen !== null ? addDays(chosen, m.time.daysAfterChosen) : null);
    if (date && !sameDate(date, stated)) {
      stated = date;
      current = date;
    } else if (previousSecond >= 0 && m.time.secondOfDay + 12 * 3600 < previousSecond) {
      current = addDays(current, 1);
    }
    previousSecond = m.time.secondOfDay;
    return zonedTime(current.year, current.month, current.day, m.time.secondOfDay, choice.timeZone);
  });
}
