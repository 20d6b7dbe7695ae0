import type { SliData } from './sliSeries';

/** Prometheus' default look-back: a series that stopped still answers for this long. */
export const LOOKBACK_MS = 5 * 60_000;

/**
 * The series ending at its newest step with data. A pull runs up to now, but Prometheus' newest
 * sample may be hours older (a backfill, a target down since): kept, those empty steps would be
 * "the newest data", and every burn-rate window ending there would see nothing and never fire.
 * Within the look-back after its last sample a stopped counter still answers, with its last value:
 * the steps there count no events, so up to that long of trailing steps without events go too.
 * A series with no data at all is returned as it is.
 */
export function withoutTrailingGaps(data: SliData, lookbackMs = LOOKBACK_MS): SliData {
  const length = data.kind === 'counts' ? data.total.length : data.values.length;
  const gapAt =
    data.kind === 'counts'
      ? (i: number) => Number.isNaN(data.total[i]!) || Number.isNaN(data.good[i]!)
      : (i: number) => Number.isNaN(data.values[i]!);
  let end = length;
  while (end > 0 && gapAt(end - 1)) end -= 1;
  if (end === 0) return data;
  if (data.kind === 'counts' && end < length) {
    const stale = Math.floor(lookbackMs / data.stepMs);
    for (let n = 0; n < stale && end > 1 && data.total[end - 1] === 0; n += 1) end -= 1;
  }
  if (end === length) return data;
  return data.kind === 'counts'
    ? { ...data, good: data.good.slice(0, end), total: data.total.slice(0, end) }
    : { ...data, values: data.values.slice(0, end) };
}
