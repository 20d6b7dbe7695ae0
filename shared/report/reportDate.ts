import { wallClock } from '../slo/calendarWindows';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * When a report was made, as people read a date: "1 December 2026 at 12:00 (UTC)". The front
 * matter keeps the ISO instant for tools; this is what a person is shown.
 */
export function reportDateInWords(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const c = wallClock(ms, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${c.day} ${MONTHS[c.month - 1]} ${c.year} at ${pad(c.hour)}:${pad(c.minute)} (${timeZone})`;
}
