import { describe, expect, it } from 'vitest';
import { defaultAlertsForPeriod } from '../../../shared/slo/burnRateAlerts';
import { evaluateSlo, evaluationWindow } from '../../../shared/slo/evaluateSlo';
import { seriesFromIncidents } from '../../../shared/slo/manualIncidents';

const MIN = 60_000;
const NOW = Date.UTC(2026, 10, 24, 12, 0);
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

function evaluate(incidents: Parameters<typeof seriesFromIncidents>[0]) {
  const window = evaluationWindow(spec.window, NOW);
  return evaluateSlo(spec, seriesFromIncidents(incidents, window.fromMs + MIN, NOW), NOW);
}

describe('incidents recorded by hand', () => {
  it('a 20-minute full outage spends 20 of 43.2 allowed minutes: 46.3%', () => {
    const status = evaluate([
      { id: 'a', startMs: NOW - 5 * 1440 * MIN, minutes: 20, badShare: 1, note: '' },
    ]);
    expect(status.validEvents).toBe(30 * 1440);
    expect(status.badEvents).toBe(20);
    expect(status.budgetConsumed).toBeCloseTo(20 / 43.2, 12);
  });

  it('counts a partial outage by its share, and overlapping incidents once', () => {
    const start = NOW - 2 * 1440 * MIN;
    const status = evaluate([
      { id: 'a', startMs: start, minutes: 60, badShare: 0.5, note: '' },
      { id: 'b', startMs: start + 30 * MIN, minutes: 60, badShare: 0.25, note: '' },
    ]);
    // 0-30: 50%; 30-60: max(50%, 25%); 60-90: 25%.
    expect(status.badEvents).toBeCloseTo(30 * 0.5 + 30 * 0.5 + 30 * 0.25, 9);
  });

  it('ignores incidents older than the window', () => {
    const status = evaluate([
      { id: 'a', startMs: NOW - 40 * 1440 * MIN, minutes: 120, badShare: 1, note: '' },
    ]);
    expect(status.badEvents).toBe(0);
  });
});
