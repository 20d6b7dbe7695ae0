const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const STEPS = [HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY, 30 * DAY];

export interface TimeTicks {
  /** Tick times on round UTC hours or midnights, evenly spaced, inside [fromMs, toMs]. */
  ticks: number[];
  /** "11-24" for ticks a day or more apart, "11-24 06:00" for ticks within a day. */
  label: (ms: number) => string;
}

/**
 * Ticks for a time axis in UTC: the smallest round step (1 h … 30 d) that needs at most
 * `maxTicks`, so a chart's dates are evenly spaced instead of wherever the data points fell.
 */
export function timeTicks(fromMs: number, toMs: number, maxTicks = 8): TimeTicks {
  const span = Math.max(0, toMs - fromMs);
  const step = STEPS.find((s) => span / s <= maxTicks) ?? Math.ceil(span / maxTicks / DAY) * DAY;
  // Weeks start on Mondays (1970-01-05 was one); other steps count from the epoch's midnight.
  const origin = step % (7 * DAY) === 0 ? 4 * DAY : 0;
  const ticks: number[] = [];
  const first = Math.ceil((fromMs - origin) / step) * step + origin;
  for (let t = first; t <= toMs; t += step) ticks.push(t);
  const withTime = step < DAY;
  return {
    ticks,
    label: (ms) => {
      const iso = new Date(ms).toISOString();
      return withTime ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(5, 10);
    },
  };
}
