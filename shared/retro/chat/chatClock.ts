import type { LogDate } from './chatTypes';

/** "10:42", "10:42:15", "10:42 AM", "10:42pm", "22:47": seconds of the day, or null. */
export function readClock(text: string): { secondOfDay: number; seconds: boolean } | null {
  const m = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([AaPp]\.?[Mm]\.?)?$/.exec(text.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = m[3] === undefined ? 0 : Number(m[3]);
  const meridiem = m[4]?.[0]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    if (meridiem === 'p' && hour < 12) hour += 12;
    if (meridiem === 'a' && hour === 12) hour = 0;
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { secondOfDay: hour * 3600 + minute * 60 + second, seconds: m[3] !== undefined };
}

/** A clock as it is written at the start of a line, for patterns to embed. */
export const CLOCK = String.raw`\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "Nov", "Nov.", "Sept", "November": 1-12, or null. */
function monthOf(name: string): number | null {
  const word = name.toLowerCase().replace(/\.$/, '');
  if (word.length < 3) return null;
  const index = MONTHS.findIndex(
    (m) => m.startsWith(word) || (word === 'sept' && m === 'september'),
  );
  return index < 0 ? null : index + 1;
}

function valid(year: number, month: number, day: number): LogDate | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
    ? { year, month, day }
    : null;
}

export interface DateReading {
  date: LogDate | null;
  daysAfterChosen: number | null;
}

/**
 * A date as chat tools write it: "2024-11-04", "11/04/2024" (month first unless `dayFirst`),
 * "4.11.2024", "Monday, November 4th", "November 4th, 2024", "Mon Nov 04 2024", "4 November 2024",
 * "Today", "Yesterday". A date without a year takes `year` (the chosen day's).
 */
export function readDate(text: string, year: number, dayFirst = false): DateReading | null {
  const t = text
    .trim()
    .replace(/^[-–—=\s]+|[-–—=\s]+$/g, '')
    .replace(/,/g, '');
  if (/^today$/i.test(t)) return { date: null, daysAfterChosen: 0 };
  if (/^yesterday$/i.test(t)) return { date: null, daysAfterChosen: -1 };
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return wrap(valid(Number(m[1]), Number(m[2]), Number(m[3])));
  m = /^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?$/.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = m[3] === undefined ? year : m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    // A dot is the European day.month; a slash is month/day unless the log shows otherwise.
    const dayFirstHere = dayFirst || text.includes('.') || a > 12;
    return wrap(dayFirstHere ? valid(y, b, a) : valid(y, a, b));
  }
  const words = t.split(/\s+/);
  // Drop a weekday in front: "Monday November 4th", "Mon Nov 04 2024".
  if (words.length > 1 && /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*$/i.test(words[0]!)) words.shift();
  if (words.length < 2 || words.length > 3) return null;
  const ordinal = (w: string) => /^(\d{1,2})(?:st|nd|rd|th)?$/i.exec(w)?.[1];
  const yearOf = (w: string | undefined) => (w && /^\d{4}$/.test(w) ? Number(w) : null);
  let month = monthOf(words[0]!);
  let day = ordinal(words[1]!);
  let y = words.length === 3 ? yearOf(words[2]) : year;
  if (month === null || day === undefined) {
    month = monthOf(words[1]!);
    day = ordinal(words[0]!);
    y = words.length === 3 ? yearOf(words[2]) : year;
  }
  if (month === null || day === undefined || y === null) return null;
  return wrap(valid(y, month, Number(day)));
}

const wrap = (date: LogDate | null): DateReading | null =>
  date ? { date, daysAfterChosen: null } : null;
