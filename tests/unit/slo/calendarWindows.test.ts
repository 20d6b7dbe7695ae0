import { describe, expect, it } from 'vitest';
import { calendarPeriod, isValidTimeZone } from '../../../shared/slo/calendarWindows';

describe('calendar periods in a time zone', () => {
  it('starts weeks on Monday at local midnight', () => {
    // Wednesday 4 March 2026, 10:00 in Berlin (UTC+1).
    const period = calendarPeriod('week', Date.UTC(2026, 2, 4, 9), 'Europe/Berlin');
    expect(new Date(period.startMs).toISOString()).toBe('2026-03-01T23:00:00.000Z');
    expect(new Date(period.endMs).toISOString()).toBe('2026-03-08T23:00:00.000Z');
  });

  it('handles a month that crosses a daylight-saving change', () => {
    // March 2026 in Berlin: starts at UTC+1, ends at UTC+2 (DST from 29 March).
    const period = calendarPeriod('month', Date.UTC(2026, 2, 15), 'Europe/Berlin');
    expect(new Date(period.startMs).toISOString()).toBe('2026-02-28T23:00:00.000Z');
    expect(new Date(period.endMs).toISOString()).toBe('2026-03-31T22:00:00.000Z');
    expect((period.endMs - period.startMs) / 3_600_000).toBe(31 * 24 - 1);
  });

  it('finds the quarter, and the local date even where UTC is still the day before', () => {
    // 30 June 2026 20:00 UTC is already 1 July in Sydney (UTC+10): the third quarter there.
    const period = calendarPeriod('quarter', Date.UTC(2026, 5, 30, 20), 'Australia/Sydney');
    expect(new Date(period.startMs).toISOString()).toBe('2026-06-30T14:00:00.000Z');
    expect(new Date(period.endMs).toISOString()).toBe('2026-09-30T14:00:00.000Z');
  });

  it('knows a real time zone from a typo', () => {
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });

  describe('from a calendar start time (OpenSLO calendar.startTime)', () => {
    const iso = (ms: number) => new Date(ms).toISOString();

    it('starts a week on the start time’s weekday and hour: Saturday 12:00 in Berlin', () => {
      // 2024-01-06 was a Saturday. Wednesday 4 March 2026 10:00 Berlin lies in the week from
      // Saturday 28 February 12:00 (UTC+1) to Saturday 7 March 12:00.
      const start = '2024-01-06 12:00:00';
      const period = calendarPeriod('week', Date.UTC(2026, 2, 4, 9), 'Europe/Berlin', start);
      expect(iso(period.startMs)).toBe('2026-02-28T11:00:00.000Z');
      expect(iso(period.endMs)).toBe('2026-03-07T11:00:00.000Z');
      // Saturday 7 March 11:59 Berlin is still that week; 12:00 is the next.
      const before = calendarPeriod('week', Date.UTC(2026, 2, 7, 10, 59), 'Europe/Berlin', start);
      expect(before.startMs).toBe(period.startMs);
      const at = calendarPeriod('week', Date.UTC(2026, 2, 7, 11), 'Europe/Berlin', start);
      expect(at.startMs).toBe(period.endMs);
    });

    it('starts a month on the 15th, and a DST change moves the UTC hour, not the wall clock', () => {
      const start = '2025-01-15 00:00:00';
      const period = calendarPeriod('month', Date.UTC(2026, 2, 20), 'Europe/Berlin', start);
      expect(iso(period.startMs)).toBe('2026-03-14T23:00:00.000Z');
      expect(iso(period.endMs)).toBe('2026-04-14T22:00:00.000Z');
      // Before the 15th the month began on 15 February.
      const early = calendarPeriod('month', Date.UTC(2026, 2, 10), 'Europe/Berlin', start);
      expect(iso(early.startMs)).toBe('2026-02-14T23:00:00.000Z');
      expect(early.endMs).toBe(period.startMs);
    });

    it('starts a month anchored on the 31st on the last day of shorter months', () => {
      const period = calendarPeriod('month', Date.UTC(2026, 1, 10), 'UTC', '2026-01-31 00:00:00');
      expect(iso(period.startMs)).toBe('2026-01-31T00:00:00.000Z');
      expect(iso(period.endMs)).toBe('2026-02-28T00:00:00.000Z');
    });

    it('repeats quarters from the start month: from 15 February, then May, August, November', () => {
      const start = '2024-02-15 06:30:00';
      const period = calendarPeriod('quarter', Date.UTC(2026, 6, 1), 'UTC', start);
      expect(iso(period.startMs)).toBe('2026-05-15T06:30:00.000Z');
      expect(iso(period.endMs)).toBe('2026-08-15T06:30:00.000Z');
      const january = calendarPeriod('quarter', Date.UTC(2026, 0, 1), 'UTC', start);
      expect(iso(january.startMs)).toBe('2025-11-15T06:30:00.000Z');
    });

    it('gives back the default periods for Monday midnight and the 1st', () => {
      for (const [unit, start] of [
        ['week', '2020-01-06 00:00:00'],
        ['month', '2020-01-01 00:00:00'],
        ['quarter', '2020-01-01 00:00:00'],
      ] as const) {
        for (const at of [
          Date.UTC(2026, 2, 4, 9),
          Date.UTC(2026, 11, 31, 23),
          Date.UTC(2027, 0, 1),
        ]) {
          expect(calendarPeriod(unit, at, 'America/New_York', start)).toEqual(
            calendarPeriod(unit, at, 'America/New_York'),
          );
        }
      }
    });

    it('always holds the moment it was asked about, in any zone, for any start', () => {
      const zones = [
        'UTC',
        'Europe/Berlin',
        'America/New_York',
        'Australia/Lord_Howe',
        'Asia/Kathmandu',
      ];
      let seed = 7;
      const next = () => (seed = (seed * 48271) % 2147483647);
      for (let i = 0; i < 400; i += 1) {
        const zone = zones[next() % zones.length]!;
        const unit = (['week', 'month', 'quarter'] as const)[next() % 3]!;
        const day = String((next() % 31) + 1).padStart(2, '0');
        const hour = String(next() % 24).padStart(2, '0');
        const start = `2024-${String((next() % 12) + 1).padStart(2, '0')}-${day === '31' ? '28' : day} ${hour}:30:00`;
        const at = Date.UTC(2026, 0, 1) + (next() % 730) * 86_400_000 + (next() % 86_400) * 1000;
        const period = calendarPeriod(unit, at, zone, start);
        expect(period.startMs, `${unit} ${zone} ${start} at ${iso(at)}`).toBeLessThanOrEqual(at);
        expect(period.endMs).toBeGreaterThan(at);
        expect(calendarPeriod(unit, period.endMs, zone, start).startMs).toBe(period.endMs);
      }
    });
  });
});
