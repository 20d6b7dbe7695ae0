import { describe, expect, it } from 'vitest';
import { budgetBurnDown, burnRateOverTime, sliOverTime } from '../../../shared/slo/chartSeries';
import { evaluateSlo } from '../../../shared/slo/evaluateSlo';
import { buildBudgetUnits, type SliData } from '../../../shared/slo/sliSeries';
import { defaultAlertsForPeriod } from '../../../shared/slo/burnRateAlerts';

const START = Date.UTC(2026, 0, 1);
const n = 7 * 1440;
const total = new Float64Array(n).fill(100);
const good = new Float64Array(n).fill(100);
for (let i = 3000; i < 3010; i += 1) good[i] = 0;
const data: SliData = { kind: 'counts', startMs: START, stepMs: 60_000, good, total };
const spec = {
  sli: { kind: 'ratio' as const, goodDescription: '', validDescription: '' },
  target: 0.999,
  window: { kind: 'rolling' as const, minutes: 7 * 1440 },
  budgetingMethod: 'Occurrences' as const,
  timeSliceMinutes: null,
  timeSliceTarget: null,
  alerts: defaultAlertsForPeriod(7 * 1440),
  policy: [],
};
const units = buildBudgetUnits(data, spec);
const at = START + (n - 1) * 60_000;
const from = at - 7 * 1440 * 60_000;

describe('chart series', () => {
  it('burns the budget down from 100% to the status figure', () => {
    const status = evaluateSlo(spec, data, at);
    const series = budgetBurnDown(units, from, at, spec.target, 500);
    expect(series.length).toBeLessThanOrEqual(500);
    expect(series[0]!.value).toBe(1);
    expect(series.at(-1)!.value).toBeCloseTo(status.budgetRemaining!, 12);
  });

  it('keeps a ten-minute outage visible in the burn-rate line after downsampling', () => {
    const series = burnRateOverTime(units, 60, from, at, spec.target, 300);
    expect(series.length).toBeLessThanOrEqual(300);
    const peak = Math.max(...series.map((p) => p.value ?? 0));
    // Ten of sixty minutes fully down: (1000 / 6000) / 0.001 = burn 166.7.
    expect(peak).toBeCloseTo(1000 / 6, 6);
  });

  it('buckets the SLI over time, with the outage in one bucket', () => {
    const series = sliOverTime(units, from, at, 100);
    expect(series.length).toBeGreaterThanOrEqual(100);
    expect(series.length).toBeLessThanOrEqual(102);
    expect(series.filter((p) => p.value !== null && p.value < 1)).toHaveLength(1);
  });
});
