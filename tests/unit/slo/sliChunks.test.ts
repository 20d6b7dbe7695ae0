import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinChunks, splitIntoDayChunks } from '../../../shared/slo/sliChunks';
import type { SliData } from '../../../shared/slo/sliSeries';

describe('SLI data chunks', () => {
  it('stores a year of minutes as one chunk per day', () => {
    const n = 365 * 1440;
    const data: SliData = {
      kind: 'counts',
      startMs: Date.UTC(2026, 0, 1),
      stepMs: 60_000,
      good: new Float64Array(n).fill(99),
      total: new Float64Array(n).fill(100),
    };
    const chunks = splitIntoDayChunks(data);
    expect(chunks).toHaveLength(365);
    expect(chunks.every((c) => c.a.length === 1440)).toBe(true);
  });

  it('round-trips any series exactly, gaps included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: Number.NaN }), {
          minLength: 1,
          maxLength: 400,
        }),
        fc.constantFrom(60_000, 300_000, 3_600_000, 7 * 60_000),
        fc.integer({ min: 0, max: 86_400_000 }),
        (values, stepMs, offset) => {
          const first = values.findIndex((v) => !Number.isNaN(v));
          const last = values.length - 1 - [...values].reverse().findIndex((v) => !Number.isNaN(v));
          const data: SliData = {
            kind: 'values',
            startMs: Date.UTC(2026, 0, 1) + offset,
            stepMs,
            values: Float64Array.from(values),
          };
          const joined = joinChunks(splitIntoDayChunks(data));
          if (first < 0) return joined === null;
          // Days with no data are not stored; every value of the days that are comes back exactly.
          if (!joined || joined.kind !== 'values') return false;
          const got = Array.from(joined.values);
          const shift = Math.round((joined.startMs - data.startMs) / stepMs);
          return (
            got.every((v, i) => Object.is(v, values[i + shift])) &&
            shift <= first &&
            shift + got.length > last
          );
        },
      ),
    );
  });
});
