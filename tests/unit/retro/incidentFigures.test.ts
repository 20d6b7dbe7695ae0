import { describe, expect, it } from 'vitest';
import { incidentBudgetSpend, incidentDurations } from '../../../shared/retro/incidentFigures';
import { buildBudgetUnits, type SliData } from '../../../shared/slo/sliSeries';

const MIN = 60_000;
const START = Date.UTC(2026, 0, 1);
const slo = { target: 0.999, window: { kind: 'rolling' as const, minutes: 30 * 1440 } };

describe('incident figures', () => {
  it('derives time to detect, mitigate and resolve, and says when times are out of order', () => {
    const times = {
      startedMs: START,
      detectedMs: START + 12 * MIN,
      mitigatedMs: START + 40 * MIN,
      resolvedMs: START + 95 * MIN,
    };
    expect(incidentDurations(times)).toEqual({
      durations: { toDetectMinutes: 12, toMitigateMinutes: 40, toResolveMinutes: 95 },
      problems: [],
    });
    expect(incidentDurations({ ...times, mitigatedMs: START + 5 * MIN }).problems).toEqual([
      'The incident was mitigated before it was detected; check the times.',
    ]);
  });

  it('without data: a one-hour full outage at 99.9% over 30 days spends 138.9%', () => {
    const spend = incidentBudgetSpend(slo, null, { startMs: START, endMs: START + 60 * MIN });
    expect(spend.basis).toBe('duration');
    expect(spend.share).toBeCloseTo(1.3889, 4);
    expect(
      incidentBudgetSpend(slo, null, { startMs: START, endMs: START + 60 * MIN, badShare: 0.5 })
        .share,
    ).toBeCloseTo(0.6944, 4);
  });

  it('with data: a 1,500-error outage among 3,000,000 requests at 99.9% spends 50%', () => {
    const minutes = 30_000;
    const good = new Float64Array(minutes).fill(100);
    const total = new Float64Array(minutes).fill(100);
    // The last 15 minutes fail fully: 1,500 errors, with all 3,000,000 requests inside the window.
    for (let i = 29_985; i < 30_000; i += 1) good[i] = 0;
    const data: SliData = { kind: 'counts', startMs: START, stepMs: MIN, good, total };
    const units = buildBudgetUnits(data, {
      sli: { kind: 'ratio', goodDescription: '', validDescription: '' },
      budgetingMethod: 'Occurrences',
      timeSliceMinutes: null,
      timeSliceTarget: null,
    });
    const spend = incidentBudgetSpend(slo, units, {
      startMs: START + 29_985 * MIN,
      endMs: START + 30_000 * MIN,
    });
    expect(spend).toMatchObject({ basis: 'data', badEvents: 1500 });
    expect(spend.share).toBeCloseTo(0.5, 12);
  });
});
