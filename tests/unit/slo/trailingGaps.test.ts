import { describe, expect, it } from 'vitest';
import { withoutTrailingGaps } from '../../../shared/slo/trailingGaps';

const MIN = 60_000;
const nan = Number.NaN;
const counts = (good: number[], total: number[]) => ({
  kind: 'counts' as const,
  startMs: 0,
  stepMs: MIN,
  good: Float64Array.from(good),
  total: Float64Array.from(total),
});

describe('a pulled series ends at its newest data', () => {
  it('drops the empty steps after the last sample, and the look-back after it', () => {
    // Three minutes of traffic, five minutes of a stopped counter's last value, then nothing.
    const data = counts([9, 0, 8, 0, 0, 0, 0, 0, nan, nan], [10, 0, 8, 0, 0, 0, 0, 0, nan, nan]);
    const trimmed = withoutTrailingGaps(data);
    expect(trimmed.kind === 'counts' && Array.from(trimmed.total)).toEqual([10, 0, 8]);
  });

  it('keeps a quiet minute inside the data, and quiet minutes still being scraped', () => {
    const quiet = counts([9, 0, 8, 0, 0], [10, 0, 8, 0, 0]);
    expect(withoutTrailingGaps(quiet)).toBe(quiet);
  });

  it('trims no more than the look-back of steps without events', () => {
    const data = counts([9, ...Array(7).fill(0), nan], [10, ...Array(7).fill(0), nan]);
    const trimmed = withoutTrailingGaps(data);
    expect(trimmed.kind === 'counts' && trimmed.total.length).toBe(3);
  });

  it('returns a series with no data at all as it is', () => {
    const empty = counts([nan, nan], [nan, nan]);
    expect(withoutTrailingGaps(empty)).toBe(empty);
  });

  it('ends a ratio series at its last value', () => {
    const ratio = {
      kind: 'values' as const,
      startMs: 0,
      stepMs: MIN,
      values: Float64Array.from([0.99, 1, nan]),
    };
    const trimmed = withoutTrailingGaps(ratio);
    expect(trimmed.kind === 'values' && Array.from(trimmed.values)).toEqual([0.99, 1]);
  });
});
