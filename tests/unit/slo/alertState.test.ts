import { describe, expect, it } from 'vitest';
import { defaultAlertsForPeriod } from '../../../shared/slo/burnRateAlerts';
import { evaluateSlo } from '../../../shared/slo/evaluateSlo';
import { alertStateText, roughTime } from '../../../shared/slo/alertState';

const MINUTE = 60_000;
const spec = {
  sli: { kind: 'ratio' as const, goodDescription: '', validDescription: '' },
  target: 0.999,
  window: { kind: 'rolling' as const, minutes: 30 * 1440 },
  budgetingMethod: 'Occurrences' as const,
  timeSliceMinutes: null,
  timeSliceTarget: null,
  alerts: defaultAlertsForPeriod(),
  policy: [],
};

/** 30 days of minutes at 1,000 requests, the last `burning` minutes failing at `share`. */
function status(burning: number, share: number) {
  const n = 30 * 1440;
  const total = new Float64Array(n).fill(1000);
  const good = total.map((t, i) => (i >= n - burning ? t * (1 - share) : t));
  const startMs = Date.UTC(2026, 10, 1);
  return evaluateSlo(
    spec,
    { kind: 'counts', startMs, stepMs: MINUTE, good, total },
    startMs + (n - 1) * MINUTE,
  );
}

describe('the alert state in words', () => {
  it('pages with how soon the budget goes at the last hour’s burn', () => {
    // An hour at 6% failing: burn 60; spent 60 x 60 / 43,200 = 8.33%; 91.67% left lasts
    // 0.9167 x 43,200 / 60 = 660 min, about 11 h.
    const s = alertStateText(status(60, 0.06));
    expect(s).toEqual({ level: 'page', label: 'Page firing', detail: 'budget gone in ~11 h' });
  });

  it('is quiet without a burn, and says when the budget is spent', () => {
    expect(alertStateText(status(0, 0))).toEqual({
      level: 'quiet',
      label: 'No alert firing',
      detail: null,
    });
    expect(alertStateText(status(120, 1)).detail).toBe('budget spent');
    expect(alertStateText(null).level).toBe('no-data');
  });

  it('rounds to a time a person plans around', () => {
    expect([roughTime(43.2), roughTime(480), roughTime(15 * 1440)]).toEqual([
      '~43 min',
      '~8 h',
      '~15 d',
    ]);
  });
});
