import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseSliCsv } from '../../../shared/slo/csv/parseSliCsv';
import { defaultAlertsForPeriod } from '../../../shared/slo/burnRateAlerts';
import { evaluateSlo, type SloSpec } from '../../../shared/slo/evaluateSlo';
import {
  PrometheusError,
  createPrometheusClient,
  type FetchLike,
} from '../../../shared/slo/prometheus/prometheusApi';
import { defaultPullRange, planPull, windowMs } from '../../../shared/slo/prometheus/pullPlan';
import { pullQueriesOf, type PullQueries } from '../../../shared/slo/prometheus/pullQueries';
import {
  appendPulled,
  checkWindowTotals,
  pullSliHistory,
} from '../../../shared/slo/prometheus/pullSliHistory';
import { ALL_EXCEPT } from '../../../shared/slo/prometheus/prometheusSli';
import {
  buildBudgetUnits,
  windowTotals,
  type BudgetUnits,
  type SliData,
} from '../../../shared/slo/sliSeries';
import { zonedMidnight } from '../../../shared/slo/calendarWindows';
import { periodHistory } from '../../../shared/slo/periodHistory';
import {
  ERROR_RATE,
  GAP,
  GOOD_COUNTER,
  HISTORY_END_MS,
  HISTORY_START_MS,
  INCIDENT,
  MINUTE_MS,
  TEST_NOW_MS,
  TOTAL_COUNTER,
  TOTAL_RATE,
  historyCsv,
  minuteCounts,
  openMetrics,
} from '../../fixtures/prometheus/sliHistory';
import {
  TEST_PASSWORD,
  TEST_USER,
  startPrometheus,
  type RunningPrometheus,
} from '../../fixtures/prometheus/realPrometheus';

// A real server on a busy machine: queries of a month of minutes take seconds, not milliseconds.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 600_000 });

const nodeFetch: FetchLike = (url, init) => fetch(url, init);
const counts = minuteCounts();
const metrics = openMetrics(counts);

const spec: SloSpec = {
  sli: { kind: 'ratio', goodDescription: GOOD_COUNTER, validDescription: TOTAL_COUNTER },
  target: 0.999,
  window: { kind: 'rolling', minutes: 7 * 1440 },
  budgetingMethod: 'Occurrences',
  timeSliceMinutes: null,
  timeSliceTarget: null,
  alerts: defaultAlertsForPeriod(7 * 1440),
  policy: [],
};

function csvSeries(): SliData {
  const parsed = parseSliCsv(historyCsv(counts), {
    mode: 'good-total',
    timestamp: 0,
    good: 1,
    total: 2,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value.data;
}

function queriesOf(good: string, valid: string): PullQueries {
  const read = pullQueriesOf({
    sli: { kind: 'ratio', goodDescription: good, validDescription: valid },
    origin: null,
  });
  if (!read.ok) throw new Error(read.why);
  return read.queries;
}

describe('pulling SLI history from a real Prometheus', () => {
  let prometheus: RunningPrometheus;
  beforeAll(async () => {
    prometheus = await startPrometheus({ openMetrics: metrics });
  }, 240_000);
  afterAll(async () => prometheus?.stop());

  const client = () =>
    createPrometheusClient({
      source: { baseUrl: prometheus.url, auth: { kind: 'none' } },
      fetch: nodeFetch,
    });

  it('says which version answered', async () => {
    expect(await client().version()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('pulls counter queries into the same figures as the CSV of the same minutes', async () => {
    const range = defaultPullRange(spec.window, TEST_NOW_MS);
    const plan = planPull({ ...range, resolutionMs: MINUTE_MS });
    // Four windows of minutes is 40,320 steps: over the 11,000-point limit, so split, not refused.
    expect(plan.stepMs).toBe(MINUTE_MS);
    expect(plan.requests.length).toBeGreaterThan(3);
    const progress: number[] = [];
    const pulled = await pullSliHistory({
      client: client(),
      queries: queriesOf(GOOD_COUNTER, TOTAL_COUNTER),
      plan,
      onProgress: (p) => progress.push(p.done),
    });
    expect(pulled.requests).toBe(plan.requests.length);
    expect(progress.at(-1)).toBe(plan.requests.length * 2);

    const csv = csvSeries();
    for (const atMs of [HISTORY_END_MS, TEST_NOW_MS]) {
      const fromCsv = evaluateSlo(spec, csv, atMs);
      const fromPrometheus = evaluateSlo(spec, pulled.data, atMs);
      expect(fromCsv.budgetConsumed).toBeGreaterThan(0.5); // the incident is in the window
      expect(
        Math.abs(fromPrometheus.budgetConsumed! - fromCsv.budgetConsumed!) /
          fromCsv.budgetConsumed!,
      ).toBeLessThan(0.001);
      expect(fromPrometheus.sli).toBeCloseTo(fromCsv.sli!, 6);
    }
  });

  it('keeps the down target and the restart as what they were: a gap, and no lost events', async () => {
    const plan = planPull({
      fromMs: HISTORY_START_MS,
      toMs: HISTORY_END_MS,
      resolutionMs: MINUTE_MS,
    });
    const pulled = await pullSliHistory({
      client: client(),
      queries: queriesOf(GOOD_COUNTER, TOTAL_COUNTER),
      plan,
    });
    const data = pulled.data;
    if (data.kind !== 'counts') throw new Error('counts expected');
    // The gap: after Prometheus' five-minute look-back, no data at all; never good time.
    const middle = GAP.fromMinute + 90;
    expect(data.total[middle]).toBeNaN();
    expect(data.good[middle]).toBeNaN();
    expect(pulled.gaps).toBeGreaterThanOrEqual(GAP.minutes - 5);
    // Every minute outside the gap equals the minute as counted, across the restart too.
    for (let k = 0; k < plan.length; k += 1) {
      if (k >= GAP.fromMinute && k <= GAP.fromMinute + GAP.minutes) continue;
      if (data.total[k] !== counts.total[k] || data.good[k] !== counts.good[k])
        throw new Error(
          `minute ${k}: ${data.good[k]}/${data.total[k]} pulled, ${counts.good[k]}/${counts.total[k]} counted`,
        );
    }
    // Prometheus' own increase() over the last window agrees with the sum of the steps.
    const checks = await checkWindowTotals({
      client: client(),
      queries: queriesOf(GOOD_COUNTER, TOTAL_COUNTER),
      pulled: data,
      windowMs: windowMs(spec.window),
    });
    expect(checks.map((c) => c.role)).toEqual(['good', 'total']);
    for (const check of checks) expect(check.difference).toBeLessThan(0.01);
  });

  it("pulls Sloth's {{.window}} rate queries to the same budget", async () => {
    const plan = planPull({
      fromMs: HISTORY_START_MS,
      toMs: HISTORY_END_MS,
      resolutionMs: MINUTE_MS,
    });
    const queries = queriesOf(`${ALL_EXCEPT}${ERROR_RATE}`, TOTAL_RATE);
    expect(queries.kind).toBe('bad-total');
    const pulled = await pullSliHistory({ client: client(), queries, plan });
    const fromCsv = evaluateSlo(spec, csvSeries(), HISTORY_END_MS);
    const fromPrometheus = evaluateSlo(spec, pulled.data, HISTORY_END_MS);
    expect(
      Math.abs(fromPrometheus.budgetConsumed! - fromCsv.budgetConsumed!) / fromCsv.budgetConsumed!,
    ).toBeLessThan(0.001);
  });

  it('counts calendar days and weeks from local midnight across the DST change in the calendar zone', async () => {
    // Europe/Berlin leaves summer time on Sunday 25 October 2026 (03:00 CEST becomes 02:00 CET):
    // that day lasts 25 hours, and the week from Monday 19 October 169.
    const berlin: SloSpec = {
      ...spec,
      window: { kind: 'calendar', unit: 'week', timeZone: 'Europe/Berlin', startTime: null },
    };
    const pulled = await pullSliHistory({
      client: client(),
      queries: queriesOf(GOOD_COUNTER, TOTAL_COUNTER),
      plan: planPull({ fromMs: HISTORY_START_MS, toMs: HISTORY_END_MS, resolutionMs: MINUTE_MS }),
    });
    const fromPrometheus = buildBudgetUnits(pulled.data, berlin);
    const fromCsv = buildBudgetUnits(csvSeries(), berlin);
    /** The events counted in the minutes of [fromMs, toMs), straight from the fixture. */
    const counted = (fromMs: number, toMs: number) => {
      let good = 0;
      let total = 0;
      for (let t = fromMs; t < toMs; t += MINUTE_MS) {
        const k = (t - HISTORY_START_MS) / MINUTE_MS;
        good += counts.good[k]!;
        total += counts.total[k]!;
      }
      return { good, valid: total };
    };
    const HOUR = 3_600_000;
    const days = [24, 25].map((d) => ({
      startMs: zonedMidnight(2026, 10, d, 'Europe/Berlin'),
      endMs: zonedMidnight(2026, 10, d + 1, 'Europe/Berlin'),
    }));
    expect(days.map((d) => (d.endMs - d.startMs) / HOUR)).toEqual([24, 25]);
    // Local midnight: 22:00 UTC in summer time, 23:00 UTC after the change.
    expect(days[1]!.startMs).toBe(Date.UTC(2026, 9, 24, 22));
    expect(days[1]!.endMs).toBe(Date.UTC(2026, 9, 25, 23));
    for (const day of days) {
      const expected = counted(day.startMs, day.endMs);
      for (const units of [fromPrometheus, fromCsv]) {
        const totals = windowTotals(units, day.startMs - 1, day.endMs - 1);
        expect({ good: totals.good, valid: totals.valid }).toEqual(expected);
      }
    }

    const week = (units: BudgetUnits) =>
      periodHistory(units, berlin, 'week').find(
        (p) => p.startMs === zonedMidnight(2026, 10, 19, 'Europe/Berlin'),
      );
    const pulledWeek = week(fromPrometheus)!;
    const csvWeek = week(fromCsv)!;
    expect((pulledWeek.endMs - pulledWeek.startMs) / HOUR).toBe(169);
    expect(pulledWeek.coverage).toBe(1);
    expect({ good: pulledWeek.good, valid: pulledWeek.valid }).toEqual(
      counted(pulledWeek.startMs, pulledWeek.endMs),
    );
    expect(pulledWeek.consumed).toBeCloseTo(csvWeek.consumed!, 12);
    // The incident of 20 October is in that week: well over its budget.
    expect(pulledWeek.met).toBe(false);
  });

  it('steps a range too long for the app rather than refusing it', async () => {
    // A second's resolution over four weeks would be 2.4 million steps: the step grows instead.
    const plan = planPull({ fromMs: HISTORY_START_MS, toMs: HISTORY_END_MS, resolutionMs: 1000 });
    expect(plan.stepMs).toBeGreaterThan(1000);
    const pulled = await pullSliHistory({
      client: client(),
      queries: queriesOf(GOOD_COUNTER, TOTAL_COUNTER),
      plan,
    });
    const fromCsv = evaluateSlo(spec, csvSeries(), HISTORY_END_MS);
    const fromPrometheus = evaluateSlo(spec, pulled.data, HISTORY_END_MS);
    expect(fromPrometheus.budgetConsumed!).toBeCloseTo(fromCsv.budgetConsumed!, 2);
  });

  it('a rerun fetches only what is new and lands on the same series', async () => {
    const queries = queriesOf(GOOD_COUNTER, TOTAL_COUNTER);
    const whole = await pullSliHistory({
      client: client(),
      queries,
      plan: planPull({ fromMs: HISTORY_START_MS, toMs: HISTORY_END_MS, resolutionMs: MINUTE_MS }),
    });
    const firstPart = await pullSliHistory({
      client: client(),
      queries,
      plan: planPull({
        fromMs: HISTORY_START_MS,
        toMs: INCIDENT.fromMinute * MINUTE_MS + HISTORY_START_MS,
        resolutionMs: MINUTE_MS,
      }),
    });
    const storedEnd = firstPart.data.startMs + (firstPart.rows + firstPart.gaps - 1) * MINUTE_MS;
    const rest = planPull({ fromMs: storedEnd, toMs: HISTORY_END_MS, resolutionMs: MINUTE_MS });
    const fresh = await pullSliHistory({ client: client(), queries, plan: rest });
    expect(rest.length).toBeLessThan(7 * 1440);
    const joined = appendPulled(firstPart.data, fresh.data, 1_000_000);
    expect(joined).not.toBeNull();
    if (joined?.kind !== 'counts' || whole.data.kind !== 'counts') throw new Error('counts');
    expect(Array.from(joined.total)).toEqual(Array.from(whole.data.total));
    expect(Array.from(joined.good)).toEqual(Array.from(whole.data.good));
  });
});

describe('signing in to a real Prometheus behind Basic auth', () => {
  let prometheus: RunningPrometheus;
  beforeAll(async () => {
    prometheus = await startPrometheus({ openMetrics: metrics, basicAuth: true });
  }, 240_000);
  afterAll(async () => prometheus?.stop());

  it('says a wrong password is one, and answers with the right one', async () => {
    const wrong = createPrometheusClient({
      source: {
        baseUrl: prometheus.url,
        auth: { kind: 'basic', user: TEST_USER, password: 'guess' },
      },
      fetch: nodeFetch,
    });
    const error = await wrong.version().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrometheusError);
    expect((error as PrometheusError).kind).toBe('unauthorised');
    expect((error as PrometheusError).message).toContain('wrong user or password');

    const none = createPrometheusClient({
      source: { baseUrl: prometheus.url, auth: { kind: 'none' } },
      fetch: nodeFetch,
    });
    await expect(none.version()).rejects.toThrow(/asks for a sign-in \(401\)/);

    const right = createPrometheusClient({
      source: {
        baseUrl: prometheus.url,
        auth: { kind: 'basic', user: TEST_USER, password: TEST_PASSWORD },
      },
      fetch: nodeFetch,
    });
    expect(await right.version()).toMatch(/^\d+\.\d+/);
  });
});

describe('a Prometheus that stops mid-pull', () => {
  it('fails the pull in words and returns nothing to write', async () => {
    const prometheus = await startPrometheus({ openMetrics: metrics });
    try {
      const client = createPrometheusClient({
        source: { baseUrl: prometheus.url, auth: { kind: 'none' } },
        fetch: nodeFetch,
      });
      const plan = planPull({
        fromMs: HISTORY_START_MS,
        toMs: HISTORY_END_MS,
        resolutionMs: MINUTE_MS,
      });
      const result = await pullSliHistory({
        client,
        queries: queriesOf(GOOD_COUNTER, TOTAL_COUNTER),
        plan,
        onProgress: (p) => {
          if (p.done === 1) prometheus.kill();
        },
      }).catch((e: unknown) => e);
      expect(result).toBeInstanceOf(PrometheusError);
      expect((result as PrometheusError).kind).toBe('unreachable');
      expect((result as PrometheusError).message).toMatch(
        /Nothing answered at http:\/\/127\.0\.0\.1/,
      );
    } finally {
      await prometheus.stop();
    }
  }, 240_000);
});
