import { z } from 'zod';

/**
 * The limits every stored or imported number lives within. A workbook file is checked against
 * them before anything is written, so no value can make the app allocate without bound later
 * (one SLI chunk dated in the year 275,000, or a 1 ms step, would ask for billions of entries).
 */

/** No software incident, SLI sample or note predates 1970, nor is planned past 2200. */
export const EARLIEST_MS = Date.UTC(1970, 0, 1);
export const LATEST_MS = Date.UTC(2200, 0, 1);

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/** Shortest SLI step: a second. Monitoring exports never sample faster. */
export const MIN_STEP_MS = 1000;

/** Longest series accepted: 760 days of minutes; a stray year-1970 row must not eat the memory. */
export const MAX_SERIES_POINTS = 760 * 1440;

/** Longest window, look-back or timebox in minutes: a leap year. */
export const MAX_WINDOW_MINUTES = 366 * 1440;

/** A count of accounts, users or events no real service reaches, but far below float trouble. */
export const MAX_COUNT = 1e15;

const rangeText = 'between 1970 and 2200';

/** A time in milliseconds since 1970, inside the app's range. */
export const timeMsSchema = z
  .number()
  .int()
  .min(EARLIEST_MS, `Give a time ${rangeText}.`)
  .max(LATEST_MS, `Give a time ${rangeText}.`);

/** An ISO 8601 time with its offset, inside the app's range. */
export const isoTimeSchema = z.iso.datetime({ offset: true }).refine(
  (text) => {
    const ms = Date.parse(text);
    return ms >= EARLIEST_MS && ms <= LATEST_MS;
  },
  { message: `Give a time ${rangeText}.` },
);

/** A calendar day, YYYY-MM-DD, that exists (no 31 February) and lies inside the app's range. */
export const daySchema = (message: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine(isRealDay, { message });

export function isRealDay(text: string): boolean {
  const ms = Date.parse(`${text}T00:00:00Z`);
  if (!Number.isFinite(ms) || ms < EARLIEST_MS || ms > LATEST_MS) return false;
  return new Date(ms).toISOString().slice(0, 10) === text;
}

const knownZones = new Map<string, boolean>();

/** Whether this machine knows the IANA time zone (what every calendar computation needs). */
export function isKnownTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = zone.length > 0 && zone.length <= 64;
    } catch {
      known = false;
    }
    knownZones.set(zone, known);
  }
  return known;
}

export const timeZoneSchema = z
  .string()
  .min(1, 'Name a time zone, e.g. "Europe/Berlin" or "UTC".')
  .refine(isKnownTimeZone, {
    message: 'is not a time zone this computer knows (use an IANA name such as "Europe/Berlin").',
  });

/** Minutes of a window or look-back: at least one, at most a leap year. */
export const windowMinutesSchema = z
  .number()
  .min(1, 'Use at least one minute.')
  .max(MAX_WINDOW_MINUTES, 'Use at most 366 days.');

/** A count of things (accounts, users): whole, not negative, finite. */
export const countSchema = z.number().int().nonnegative().max(MAX_COUNT);
