import { wallClock } from '../calendarWindows';

const DIGIT0 = 48;

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i += 1) {
    const d = text.charCodeAt(i) - DIGIT0;
    if (d < 0 || d > 9) return Number.NaN;
    value = value * 10 + d;
  }
  return value;
}

/**
 * Wall-clock times of a zone as instants. Offsets are cached per wall-clock hour (Intl is far too
 * slow to call per row), except near a change of offset. There a wall time may name two instants
 * (01:30 twice when the clocks go back): `near` decides, the one nearer the previous row's instant
 * and not equal to it, so rows in time order, oldest or newest first, read the hour twice over.
 */
function zoneOffsetCache(timeZone: string) {
  const cache = new Map<number, number>();
  const offsetAt = (ms: number) => {
    const w = wallClock(ms, timeZone);
    return (
      Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) -
      Math.floor(ms / 1000) * 1000
    );
  };
  const SPAN = 14 * 3_600_000;
  return (wallMs: number, near: number) => {
    const hour = Math.floor(wallMs / 3_600_000);
    const cached = cache.get(hour);
    if (cached !== undefined) return wallMs - cached;
    const before = offsetAt(wallMs - SPAN);
    const after = offsetAt(wallMs + SPAN);
    if (before === after) {
      cache.set(hour, before);
      return wallMs - before;
    }
    const candidates = [wallMs - before, wallMs - after].filter(
      (c, i) => offsetAt(c) === (i === 0 ? before : after),
    );
    if (candidates.length === 0) {
      // A wall time the clocks skip (02:30 when they go forward): read with the offset before.
      return wallMs - before;
    }
    if (candidates.length === 1 || Number.isNaN(near)) return candidates[0]!;
    const [early, late] = candidates as [number, number];
    if (early === near) return late;
    if (late === near) return early;
    return Math.abs(early - near) <= Math.abs(late - near) ? early : late;
  };
}

export type TimestampParser = (text: string) => number;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  if (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1]!;
}

/** Unix seconds (9-11 digits) or milliseconds (12-13), with an optional fraction; else NaN. */
function unixTime(t: string): number {
  let i = 0;
  while (i < t.length && t.charCodeAt(i) >= DIGIT0 && t.charCodeAt(i) <= DIGIT0 + 9) i += 1;
  if (i < 9 || i > 13) return Number.NaN;
  if (i < t.length) {
    if (t[i] !== '.' || i + 1 === t.length) return Number.NaN;
    for (let j = i + 1; j < t.length; j += 1) {
      const c = t.charCodeAt(j);
      if (c < DIGIT0 || c > DIGIT0 + 9) return Number.NaN;
    }
  }
  const n = Number(t);
  return i >= 12 ? n : n * 1000;
}

/**
 * Reads the timestamps monitoring tools export: ISO 8601 (with Z, an offset, or none),
 * "YYYY-MM-DD HH:MM[:SS]", and Unix time in seconds or milliseconds. A time without a zone is
 * read in `timeZone`. Returns NaN for anything else. Called once per row of a year of minutes,
 * so it reads characters directly: no regular expression and no Date object per call.
 */
export function timestampParser(timeZone = 'UTC'): TimestampParser {
  const zoned = timeZone === 'UTC' ? null : zoneOffsetCache(timeZone);
  // The instant of the row before, for a wall time that names two (see zoneOffsetCache).
  let last = Number.NaN;
  const fromWall = (ms: number) => (zoned ? (last = zoned(ms, last)) : ms);
  return (text) => {
    const t =
      text.length > 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32)
        ? text.trim()
        : text;
    if (t.length < 16 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45) return unixTime(t);
    const sep = t[10];
    if (sep !== 'T' && sep !== ' ' && sep !== 't') return Number.NaN;
    const year = digits(t, 0, 4);
    const month = digits(t, 5, 2);
    const day = digits(t, 8, 2);
    const hour = digits(t, 11, 2);
    const minute = digits(t, 14, 2);
    if (
      t[13] !== ':' ||
      !(month >= 1 && month <= 12) ||
      !(day >= 1 && day <= daysIn(year, month))
    ) {
      return Number.NaN;
    }
    if (!(hour <= 23) || !(minute <= 59)) return Number.NaN;
    let i = 16;
    let second = 0;
    let millis = 0;
    if (t[i] === ':') {
      second = digits(t, i + 1, 2);
      if (!(second <= 59)) return Number.NaN;
      i += 3;
      if (t[i] === '.' || t[i] === ',') {
        let j = i + 1;
        let scale = 100;
        while (j < t.length && t.charCodeAt(j) >= DIGIT0 && t.charCodeAt(j) <= DIGIT0 + 9) {
          millis += (t.charCodeAt(j) - DIGIT0) * scale;
          scale /= 10;
          j += 1;
        }
        millis = Math.round(millis);
        i = j;
      }
    }
    const wall = Date.UTC(year, month - 1, day, hour, minute, second, millis);
    if (i === t.length) return fromWall(wall);
    const zone = t.slice(i).trim();
    if (zone === '') return fromWall(wall);
    if (zone === 'Z' || zone === 'z' || zone === 'UTC') return wall;
    const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
    if (!m) return Number.NaN;
    const offset = (Number(m[2]) * 60 + Number(m[3])) * 60_000;
    return m[1] === '+' ? wall - offset : wall + offset;
  };
}
