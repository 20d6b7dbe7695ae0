import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Sli } from '../../../shared/domain/slo';
import { defaultAlertsForPeriod } from '../../../shared/slo/burnRateAlerts';
import { DEFAULT_POLICY } from '../../../shared/slo/errorBudgetPolicy';
import { evaluateSlo, type SloSpec } from '../../../shared/slo/evaluateSlo';
import type { SliData } from '../../../shared/slo/sliSeries';

const MIN = 60_000;
const DAY = 1440;
const START = Date.UTC(2026, 0, 1);
const ratio: Sli = { kind: 'ratio', goodDescription: '', validDescription: '' };

function spec(overrides: Partial<SloSpec> = {}): SloSpec {
  return {
    sli: ratio,
    target: 0.999,
    window: { kind: 'rolling', minutes: 30 * DAY },
    budgetingMethod: 'Occurrences',
    timeSliceMinutes: null,
    timeSliceTarget: null,
    alerts: defaultAlertsForPeriod(30 * DAY),
    policy: DEFAULT_POLICY,
    ...overrides,
  };
}

/** Per-minute counts: `perMinute` requests, and `bad(i)` of them failing in minute i. */
function counts(minutes: number, perMinute: number, bad: (i: number) => number): SliData {
  const good = new Float64Array(minutes);
  const total = new Float64Array(minutes);
  for (let i = 0; i < minutes; i += 1) {
    total[i] = perMinute;
    good[i] = perMinute - bad(i);
  }
  return { kind: 'counts', startMs: START, stepMs: MIN, good, total };
}

const lastMinute = (minutes: number) => START + (minutes - 1) * MIN;

describe('SLO status over data', () => {
  it('a one-hour full outage in 30 days spends 138.9% and pages while it lasts', () => {
    const minutes = 30 * DAY;
    const outageEnd = minutes - 1;
    const data = counts(minutes, 100, (i) => (i > outageEnd - 60 ? 100 : 0));
    const status = evaluateSlo(spec(), data, lastMinute(minutes));
    expect(status.validEvents).toBe(100 * minutes);
    expect(status.badEvents).toBe(6000);
    expect(status.allowedBadEvents).toBeCloseTo(4320, 6);
    expect(status.budgetConsumed).toBeCloseTo(1.3889, 4);
    expect(status.budgetRemaining).toBeCloseTo(-0.3889, 4);
    expect(status.allowedDowntimeMinutes).toBeCloseTo(43.2, 9);
    expect(status.burnRates['1h']).toBeCloseTo(1000, 6);
    expect(status.alerts.map((a) => a.firing)).toEqual([true, true, true]);
    expect(status.exhaustionAtMs).toBe(status.atMs);
    expect(status.crossedPolicy.map((p) => p.consumedAtLeast)).toEqual([0.5, 1]);
  });

  it('stops paging soon after the problem ends, because the short window clears', () => {
    const minutes = 10 * DAY;
    const data = counts(minutes, 100, (i) => (i >= minutes - 90 && i < minutes - 30 ? 100 : 0));
    const status = evaluateSlo(spec(), data, lastMinute(minutes));
    expect(status.burnRates['1h']).toBeGreaterThan(14.4);
    expect(status.burnRates['5m']).toBe(0);
    expect(status.alerts[0]!.firing).toBe(false);
  });

  it('1,000,000 requests with 250 failures spend 25%, and project exhaustion at the current burn', () => {
    const minutes = 10_000;
    const data = counts(minutes, 100, (i) => (i % 40 === 0 ? 1 : 0));
    const status = evaluateSlo(spec(), data, lastMinute(minutes));
    expect(status.validEvents).toBe(1_000_000);
    expect(status.badEvents).toBe(250);
    expect(status.budgetConsumed).toBeCloseTo(0.25, 12);
    expect(status.sli).toBeCloseTo(0.99975, 12);
    // 1h burn: 1.5 failures per 6,000 requests on average -> burn 0.25 -> 0.75 x 30 d / 0.25 = 90 d.
    const burn = status.currentBurnRate!;
    expect(status.exhaustionAtMs).toBeCloseTo(status.atMs + ((0.75 * 30 * DAY) / burn) * MIN, -3);
  });

  it('counts 2 weeks of 1-minute slices against a 95% slice target: 1,008 bad slices allowed', () => {
    const minutes = 14 * DAY;
    // A slice is good when >= 99% of its requests succeed (the boundary itself is good).
    const data = counts(minutes, 100, (i) => (i % 20 === 0 ? 2 : i % 20 === 1 ? 1 : 0));
    const status = evaluateSlo(
      spec({
        target: 0.95,
        window: { kind: 'rolling', minutes },
        budgetingMethod: 'Timeslices',
        timeSliceMinutes: 1,
        timeSliceTarget: 0.99,
      }),
      data,
      lastMinute(minutes),
    );
    expect(status.unitName).toBe('slices');
    expect(status.validEvents).toBe(20_160);
    expect(status.allowedBadEvents).toBeCloseTo(1008, 9);
    expect(status.badEvents).toBe(1008);
    expect(status.budgetConsumed).toBeCloseTo(1, 12);
  });

  it('averages per-slice ratios for RatioTimeslices, with 5-minute slices of minute data', () => {
    const minutes = 100;
    const data = counts(minutes, 10, (i) => (i < 5 ? 5 : 0));
    const status = evaluateSlo(
      spec({
        target: 0.9,
        window: { kind: 'rolling', minutes },
        budgetingMethod: 'RatioTimeslices',
        timeSliceMinutes: 5,
      }),
      data,
      lastMinute(minutes),
    );
    expect(status.validEvents).toBe(20);
    expect(status.sli).toBeCloseTo((19 + 0.5) / 20, 12);
  });

  it('judges a value series against the threshold SLI, each interval one slice', () => {
    const values = Float64Array.from([120, 250, 301, 300, Number.NaN, 900]);
    const data: SliData = { kind: 'values', startMs: START, stepMs: MIN, values };
    const status = evaluateSlo(
      spec({
        sli: {
          kind: 'threshold',
          metricDescription: 'p99 latency',
          op: 'lte',
          threshold: 300,
          unit: 'ms',
        },
        target: 0.5,
        window: { kind: 'rolling', minutes: 60 },
        budgetingMethod: 'Timeslices',
        timeSliceMinutes: 1,
        timeSliceTarget: 1,
      }),
      data,
      START + 5 * MIN,
    );
    expect(status.validEvents).toBe(5);
    expect(status.goodEvents).toBe(3);
    // Five minutes with data in a 60-minute window: the hour before the series counts as missing.
    expect(status.coverage).toBeCloseTo(5 / 60, 12);
  });

  it('counts only this calendar month, in the SLO’s time zone, against the whole month’s budget', () => {
    // Minute data from 25 Jan to 10 Feb 2026 (UTC). In Tokyo (UTC+9) February starts at 15:00 UTC on 31 Jan.
    const start = Date.UTC(2026, 0, 25);
    const minutes = 16 * DAY;
    const good = new Float64Array(minutes).fill(10);
    const total = new Float64Array(minutes).fill(10);
    for (let i = 0; i < minutes; i += 1)
      if (start + i * MIN < Date.UTC(2026, 0, 31, 15)) good[i] = 0;
    const data: SliData = { kind: 'counts', startMs: start, stepMs: MIN, good, total };
    const status = evaluateSlo(
      spec({
        window: { kind: 'calendar', unit: 'month', timeZone: 'Asia/Tokyo', startTime: null },
      }),
      data,
      start + (minutes - 1) * MIN,
    );
    expect(status.window.periodMinutes).toBe(28 * DAY);
    expect(status.badEvents).toBe(0);
    expect(status.validEvents).toBe(10 * (minutes - (6 * DAY + 15 * 60)));
    expect(status.allowedDowntimeMinutes).toBeCloseTo(40.32, 9);
  });

  it('says nothing is known, rather than 100%, when the window has no data', () => {
    const values = new Float64Array(100).fill(Number.NaN);
    const status = evaluateSlo(
      spec({
        sli: { kind: 'threshold', metricDescription: '', op: 'lte', threshold: 1, unit: '' },
      }),
      { kind: 'values', startMs: START, stepMs: MIN, values },
      START + 99 * MIN,
    );
    expect(status.sli).toBeNull();
    expect(status.budgetConsumed).toBeNull();
    expect(status.budgetRemaining).toBeNull();
    expect(status.exhaustionAtMs).toBeNull();
    expect(status.alerts.every((a) => !a.firing)).toBe(true);
    expect(status.coverage).toBe(0);
  });
});

const countsArb = fc
  .array(
    fc.record({
      total: fc.integer({ min: 0, max: 1000 }),
      badShare: fc.double({ min: 0, max: 1, noNaN: true }),
      gap: fc.boolean(),
    }),
    { minLength: 1, maxLength: 300 },
  )
  .map((rows) => rows.map((r) => ({ ...r, bad: Math.round(r.total * r.badShare) })));
const targetArb = fc.double({ min: 0.9, max: 0.99999, noNaN: true });

function toData(rows: { total: number; bad: number; gap: boolean }[], withGaps: boolean): SliData {
  const kept = withGaps ? rows : rows.filter((r) => !r.gap);
  const total = Float64Array.from(kept.map((r) => (withGaps && r.gap ? Number.NaN : r.total)));
  const good = Float64Array.from(
    kept.map((r) => (withGaps && r.gap ? Number.NaN : r.total - r.bad)),
  );
  return { kind: 'counts', startMs: START, stepMs: MIN, good, total };
}

describe('engine invariants (property tests)', () => {
  it('budget consumed + remaining = 1, and the SLI stays within [0, 1]', () => {
    fc.assert(
      fc.property(countsArb, targetArb, (rows, target) => {
        const status = evaluateSlo(
          spec({ target }),
          toData(rows, true),
          START + (rows.length - 1) * MIN,
        );
        if (status.budgetConsumed === null) return status.sli === null;
        return (
          Math.abs(status.budgetConsumed + status.budgetRemaining! - 1) < 1e-9 &&
          status.sli! >= 0 &&
          status.sli! <= 1
        );
      }),
    );
  });

  it('a burn rate of 1 over the whole period spends exactly the budget', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom(0.9, 0.99, 0.999),
        (days, target) => {
          const minutes = days * DAY;
          const perMinute = Math.round(1 / (1 - target));
          // One failure per 1/(1 - target) requests: the error ratio equals the budget exactly.
          const status = evaluateSlo(
            spec({ target, window: { kind: 'rolling', minutes } }),
            counts(minutes, perMinute, () => 1),
            lastMinute(minutes),
          );
          return (
            Math.abs(status.burnRates['1d']! - 1) < 1e-9 &&
            Math.abs(status.budgetConsumed! - 1) < 1e-9
          );
        },
      ),
    );
  });

  it('gaps in data never count as good: the figures equal those of the data without them', () => {
    fc.assert(
      fc.property(countsArb, targetArb, (rows, target) => {
        const at = START + (rows.length + 10) * MIN;
        const withGaps = evaluateSlo(spec({ target }), toData(rows, true), at);
        const without = evaluateSlo(spec({ target }), toData(rows, false), at);
        return (
          withGaps.validEvents === without.validEvents &&
          withGaps.badEvents === without.badEvents &&
          withGaps.sli === without.sli
        );
      }),
    );
  });

  it('more failures never make the budget look better', () => {
    fc.assert(
      fc.property(countsArb, fc.nat({ max: 299 }), (rows, pick) => {
        const at = START + (rows.length - 1) * MIN;
        const i = pick % rows.length;
        const worse = rows.map((r, j) =>
          j === i && !r.gap ? { ...r, bad: Math.min(r.total, r.bad + 1) } : r,
        );
        const a = evaluateSlo(spec(), toData(rows, true), at).budgetConsumed;
        const b = evaluateSlo(spec(), toData(worse, true), at).budgetConsumed;
        return a === null ? b === null : b! >= a;
      }),
    );
  });
});
