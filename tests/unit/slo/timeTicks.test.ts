import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeTicks } from '../../../shared/slo/timeTicks';

const at = (iso: string) => Date.parse(iso);

describe('time axis ticks', () => {
  it('a 28-day window gets its Mondays', () => {
    const { ticks, label } = timeTicks(at('2026-11-01T21:45:00Z'), at('2026-11-29T21:40:00Z'));
    expect(ticks.map(label)).toEqual(['11-02', '11-09', '11-16', '11-23']);
  });

  it('a day of data gets hours, labelled with the time', () => {
    const { ticks, label } = timeTicks(at('2026-11-24T10:20:00Z'), at('2026-11-25T10:20:00Z'));
    expect(ticks.map(label)).toEqual([
      '11-24 12:00',
      '11-24 15:00',
      '11-24 18:00',
      '11-24 21:00',
      '11-25 00:00',
      '11-25 03:00',
      '11-25 06:00',
      '11-25 09:00',
    ]);
  });

  it('always evenly spaced, round, inside the range and at most eight', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: at('2020-01-01T00:00:00Z'), max: at('2030-01-01T00:00:00Z') }),
        fc.integer({ min: 0, max: 400 * 86_400_000 }),
        (from, span) => {
          const { ticks } = timeTicks(from, from + span);
          expect(ticks.length).toBeLessThanOrEqual(8);
          for (const t of ticks) {
            expect(t).toBeGreaterThanOrEqual(from);
            expect(t).toBeLessThanOrEqual(from + span);
            expect(t % 3_600_000).toBe(0);
          }
          if (span >= 4 * 86_400_000) expect(ticks.length).toBeGreaterThanOrEqual(2);
          const gaps = new Set(ticks.slice(1).map((t, i) => t - ticks[i]!));
          expect(gaps.size).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
