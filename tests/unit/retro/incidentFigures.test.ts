import { describe, expect, it } from 'vitest';
import {
  incidentBudgetSpend,
  incidentDurations,
  incidentSpendBasis,
} from '../../../shared/retro/incidentFigures';
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
    // A rolling window exactly as long as the data, so all 3,000,000 requests are in it.
    const spend = incidentBudgetSpend({ ...slo, window: { kind: 'rolling', minutes } }, units, {
      startMs: START + 29_985 * MIN,
      endMs: START + 30_000 * MIN,
    });
    expect(spend).toMatchObject({ basis: 'data', badEvents: 1500 });
    expect(spend.share).toBeCloseTo(0.5, 12);
  });

  describe('data covering only part of the window', () => {
    const HOUR = 60 * MIN;
    const ratio = { kind: 'ratio' as const, goodDescription: '', validDescription: '' };
    const options = {
      sli: ratio,
      budgetingMethod: 'Occurrences' as const,
      timeSliceMinutes: null,
      timeSliceTarget: null,
    };
    const window28 = { target: 0.995, window: { kind: 'rolling' as const, minutes: 28 * 1440 } };
    /** Hourly data at 1,000 requests an hour from `days` before `from`, with an outage. */
    function hourly(days: number, outageHour: number) {
      const n = days * 24;
      const total = new Float64Array(n).fill(1000);
      const good = new Float64Array(n).fill(1000);
      good[outageHour] = 800; // 200 bad requests
      good[outageHour + 1] = 800;
      return buildBudgetUnits(
        { kind: 'counts', startMs: START, stepMs: HOUR, good, total },
        options,
      );
    }
    const incidentAt = (hour: number) => ({
      startMs: START + hour * HOUR,
      endMs: START + (hour + 2) * HOUR,
    });

    it('estimates the window from the observed rate, and says so', () => {
      // The incident 2.6 days into a month of data: 62 hours before it are all the window holds.
      const outage = 62;
      const spend = incidentBudgetSpend(window28, hourly(30, outage), incidentAt(outage));
      // 400 bad of 28 x 24 x 1,000 = 672,000 valid; allowed 0.5% x 672,000 = 3,360.
      expect(spend.badEvents).toBe(400);
      expect(spend.windowValid).toBeCloseTo(672_000, 6);
      expect(spend.allowed).toBeCloseTo(3360, 6);
      expect(spend.share).toBeCloseTo(400 / 3360, 10);
      expect(spend.estimatedFromMinutes).toBe(64 * 60);
      expect(incidentSpendBasis(spend, null)).toBe(
        'From the SLI data: 400 bad events in the impact window, of 3,360 the window allows: 400 / 3,360 = 11.9%; ' +
          "the window's events estimated from 2.7 days of data in a 28-day window.",
      );
    });

    it('gives the same figure with one month of constant traffic and with two', () => {
      const oneMonth = incidentBudgetSpend(window28, hourly(30, 20 * 24), incidentAt(20 * 24));
      const twoMonths = incidentBudgetSpend(window28, hourly(60, 50 * 24), incidentAt(50 * 24));
      expect(oneMonth.estimatedFromMinutes).not.toBeNull();
      expect(twoMonths.estimatedFromMinutes).toBeNull();
      expect(Math.abs(oneMonth.share! / twoMonths.share! - 1)).toBeLessThan(0.01);
    });

    it('falls back to the duration where the data misses the impact window', () => {
      const spend = incidentBudgetSpend(window28, hourly(10, 5), incidentAt(400));
      expect(spend.basis).toBe('duration');
      expect(spend.share).toBeCloseTo(120 / (0.005 * 28 * 1440), 10);
      expect(incidentSpendBasis(spend, 0.25)).toBe(
        'From the duration, with 25% of requests failing: 2 h of the 3.36 h of downtime a 28-day window allows, 2 h / 3.36 h = 59.5% (no SLI data for the impact window).',
      );
    });

    it('measures a calendar month against the whole month', () => {
      const month = {
        target: 0.995,
        window: {
          kind: 'calendar' as const,
          unit: 'month' as const,
          timeZone: 'UTC',
          startTime: null,
        },
      };
      // January 2026 fully covered: 31 x 24,000 valid; the outage on day 3.
      const spend = incidentBudgetSpend(month, hourly(31, 50), incidentAt(50));
      expect(spend.windowMinutes).toBe(31 * 1440);
      expect(spend.estimatedFromMinutes).toBeNull();
      expect(spend.allowed).toBeCloseTo(0.005 * 31 * 24_000, 6);
    });
  });
});
