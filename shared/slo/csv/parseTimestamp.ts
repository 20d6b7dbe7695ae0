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

/** Offsets of a time zone, cached per wall-clock hour: Intl is far too slow to call per row. */
function zoneOffsetCache(timeZone: string) {
  const cache = new Map<number, number>();
  const offsetAt = (ms: number) => {
    const w = wallClock(ms, timeZone);
    return (
      Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) -
      Math.floor(ms / 1000) * 1000
    );
  };
  return (wallMs: number) => {
    const hour = Math.floor(wallMs / 3_600_000);
    let offset = cache.get(hour);
    if (offset === undefined) {
      const first = offsetAt(wallMs);
      offset = offsetAt(wallMs - first);
      cache.set(hour, offset);
    }
    return wallMs - offset;
  };
}

export type TimestampParser = (text: string) => number;

/**
 * Reads the timestamps monitoring tools export: ISO 8601 (with Z, an offset, or none),
 * "YYYY-MM-DD HH:MM[:SS]", and Unix time in seconds or milliseconds. A time without a zone is
 * read in `timeZone`. Returns NaN for anything else.
 */
export function timestampParser(timeZone = 'UTC'): TimestampParser {
  const fromWall = timeZone === 'UTC' ? (ms: number) => ms : zoneOffsetCache(timeZone);
  return (text) => {
    const t = text.trim();
    if (/^\d{9,13}(\.\d+)?$/.test(t)) {
      const n = Number(t);
      return t.split('.')[0]!.length >= 12 ? n : n * 1000;
    }
    if (t.length < 16 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45) return Number.NaN;
    const sep = t[10];
    if (sep !== 'T' && sep !== ' ' && sep !== 't') return Number.NaN;
    const year = digits(t, 0, 4);
    const month = digits(t, 5, 2);
    const day = digits(t, 8, 2);
    const hour = digits(t, 11, 2);
    const minute = digits(t, 14, 2);
    if (
      t[13] !== ':' ||
      month < 1 ||
      month > 12 ||
      day < 1 ||
      day > 31 ||
      hour > 23 ||
      minute > 59
    ) {
      return Number.NaN;
    }
    let i = 16;
    let second = 0;
    let millis = 0;
    if (t[i] === ':') {
      second = digits(t, i + 1, 2);
      if (!(second <= 59)) return Number.NaN;
      i += 3;
      if (t[i] === '.' || t[i] === ',') {
        let j = i + 1;
        let fraction = '';
        while (j < t.length && t.charCodeAt(j) >= DIGIT0 && t.charCodeAt(j) <= DIGIT0 + 9)
          fraction += t[j++];
        millis = Math.round(Number(`0.${fraction || '0'}`) * 1000);
        i = j;
      }
    }
    const wall = Date.UTC(year, month - 1, day, hour, minute, second, millis);
    if (new Date(wall).getUTCDate() !== day) return Number.NaN;
    const zone = t.slice(i).trim();
    if (zone === '') return fromWall(wall);
    if (zone === 'Z' || zone === 'z' || zone === 'UTC') return wall;
    const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
    if (!m) return Number.NaN;
    const offset = (Number(m[2]) * 60 + Number(m[3])) * 60_000;
    return m[1] === '+' ? wall - offset : wall + offset;
  };
}
