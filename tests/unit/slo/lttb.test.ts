import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lttb } from '../../../shared/slo/lttb';

describe('LTTB downsampling', () => {
  it('keeps the first and last points, returns the asked-for count, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
          minLength: 3,
          maxLength: 2000,
        }),
        fc.integer({ min: 3, max: 500 }),
        (ys, threshold) => {
          const xs = ys.map((_, i) => i);
          const out = lttb(xs, ys, threshold);
          const expected = Math.min(threshold, ys.length);
          return (
            out.x.length === expected &&
            out.x[0] === 0 &&
            out.x.at(-1) === ys.length - 1 &&
            out.x.every((x, i) => i === 0 || x > out.x[i - 1]!)
          );
        },
      ),
    );
  });

  it('keeps a single spike that a plain stride would miss', () => {
    const ys = Array.from({ length: 10_000 }, (_, i) => (i === 5_003 ? 100 : 0));
    const out = lttb(
      ys.map((_, i) => i),
      ys,
      200,
    );
    expect(out.y).toContain(100);
  });

  it('skips gaps', () => {
    const out = lttb([0, 1, 2, 3], [1, Number.NaN, 3, 4], 10);
    expect(out).toEqual({ x: [0, 2, 3], y: [1, 3, 4] });
  });
});
