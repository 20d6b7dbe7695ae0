/**
 * Durations as OpenSLO writes them: a whole number and a unit. `m` is minutes and `M` months;
 * a month is 30 days, a quarter 90 and a year 365 (OpenSLO v1).
 */
const MINUTES_PER_UNIT: Record<string, number> = {
  s: 1 / 60,
  m: 1,
  h: 60,
  d: 1440,
  w: 10080,
  M: 43200,
  Q: 129600,
  Y: 525600,
};

export function parseDuration(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([smhdwMQY])\s*$/.exec(text);
  if (!match) return null;
  const value = Number(match[1]);
  const unit = MINUTES_PER_UNIT[match[2] ?? ''];
  if (!Number.isFinite(value) || value <= 0 || unit === undefined) return null;
  return value * unit;
}

/** The shortest exact OpenSLO form of a duration in minutes, e.g. 43200 -> "30d". */
export function toDurationString(minutes: number): string {
  for (const [unit, size] of [
    ['d', 1440],
    ['h', 60],
    ['m', 1],
  ] as const) {
    if (minutes >= size && Number.isInteger(minutes / size)) return `${minutes / size}${unit}`;
  }
  return `${Math.round(minutes * 60)}s`;
}

function trimNumber(value: number, digits: number): string {
  return Number(value.toFixed(digits)).toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** A length of time for people: "43.2 min", "3.6 h", "8.76 h", "25.92 s", "15 d". */
export function formatMinutes(minutes: number): string {
  if (!Number.isFinite(minutes)) return '∞';
  const abs = Math.abs(minutes);
  if (abs < 1) return `${trimNumber(minutes * 60, 2)} s`;
  if (abs < 60) return `${trimNumber(minutes, 2)} min`;
  if (abs < 2 * 1440) return `${trimNumber(minutes / 60, 2)} h`;
  return `${trimNumber(minutes / 1440, 2)} d`;
}

/** "16 h 48 min" style, for exact spans such as a count of slices. */
export function formatHoursMinutes(minutes: number): string {
  const total = Math.round(minutes);
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
