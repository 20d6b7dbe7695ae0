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
});
