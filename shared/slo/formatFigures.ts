/** Figures for people: percentages without float noise, counts with separators. */
export function formatPercent(fraction: number | null, digits = 1): string {
  if (fraction === null) return '—';
  if (!Number.isFinite(fraction)) return fraction > 0 ? '∞%' : '−∞%';
  const value = Number((fraction * 100).toFixed(digits));
  return `${value.toLocaleString('en-US', { maximumFractionDigits: digits })}%`;
}

/** A target keeps every digit it was given: 99.95%, 99.999%. */
export function formatTarget(target: number): string {
  return `${Number((target * 100).toPrecision(12))}%`;
}

export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

export function formatBurnRate(rate: number | null): string {
  if (rate === null) return '—';
  if (!Number.isFinite(rate)) return '∞';
  // 1 - 0.995 is 0.0050000000000000044 in floating point: round the noise off before choosing digits.
  rate = Number(rate.toPrecision(9));
  return rate >= 100 ? rate.toFixed(0) : rate >= 10 ? rate.toFixed(1) : rate.toFixed(2);
}
