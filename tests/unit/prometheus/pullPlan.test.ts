import { describe, expect, it } from 'vitest';
import { MAX_SERIES_POINTS } from '../../../shared/domain/bounds';
import { defaultPullRange, planPull } from '../../../shared/slo/prometheus/pullPlan';
import {
  pullQueriesOf,
  stepQuery,
  windowTotalQuery,
} from '../../../shared/slo/prometheus/pullQueries';
import { sumSteps } from '../../../shared/slo/prometheus/stepSeries';
import { appendPulled } from '../../../shared/slo/prometheus/pullSliHistory';
import {
  ALL_EXCEPT,
  ONE_MINUS_FAILURE,
  ALL_EVENTS,
} from '../../../shared/slo/prometheus/prometheusSli';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 24, 10, 7, 13);

describe('the pull plan', () => {
  it('defaults to the window and the three before it', () => {
    expect(defaultPullRange({ kind: 'rolling', minutes: 30 * 1440 }, NOW)).toEqual({
      fromMs: NOW - 120 * DAY,
      toMs: NOW,
    });
  });

  it('keeps every request within 11,000 points, at the data resolution', () => {
    const plan = planPull({ fromMs: NOW - 90 * DAY, toMs: NOW, resolutionMs: 60_000 });
    expect(plan.stepMs).toBe(60_000);
    expect(plan.length).toBe(90 * 1440);
    expect(plan.requests.every((r) => r.count + 1 <= 11_000)).toBe(true);
    expect(plan.requests.reduce((n, r) => n + r.count, 0)).toBe(plan.length);
    // Contiguous: each request starts where the last ended.
    plan.requests.forEach((r, i) => {
      if (i > 0) expect(r.first).toBe(plan.requests[i - 1]!.first + plan.requests[i - 1]!.count);
    });
    // Steps sit on a grid from midnight UTC, so stored days start on it.
    expect(plan.startMs % 60_000).toBe(0);
  });

  it('never pulls finer than the data, and grows the step past the app bound', () => {
    expect(planPull({ fromMs: NOW - DAY, toMs: NOW, resolutionMs: 15_000 }).stepMs).toBe(15_000);
    const year = planPull({ fromMs: NOW - 400 * DAY, toMs: NOW, resolutionMs: 1000 });
    expect(year.length).toBeLessThanOrEqual(MAX_SERIES_POINTS);
    expect(DAY % year.stepMs).toBe(0);
    expect(() => planPull({ fromMs: NOW, toMs: NOW, resolutionMs: 60_000 })).toThrow(/end after/);
  });
});

describe('reading an SLI as queries', () => {
  const sli = (good: string, valid: string) => ({
    sli: { kind: 'ratio' as const, goodDescription: good, validDescription: valid },
    origin: null,
  });

  it('tells counters, rates and ratios apart, as the importers write them', () => {
    const counters = pullQueriesOf(sli('sum(http_requests{code="200"})', 'sum(http_requests)'));
    expect(counters).toMatchObject({
      ok: true,
      queries: { kind: 'good-total', good: { form: 'counter' } },
    });
    const sloth = pullQueriesOf(
      sli(
        `${ALL_EXCEPT}sum(rate(errors_total[{{.window}}]))`,
        'sum(rate(requests_total[{{.window}}]))',
      ),
    );
    expect(sloth).toMatchObject({
      ok: true,
      queries: { kind: 'bad-total', bad: { form: 'rate' } },
    });
    if (!sloth.ok || sloth.queries.kind !== 'bad-total') throw new Error('bad-total expected');
    expect(stepQuery(sloth.queries.bad, 60)).toBe('sum(rate(errors_total[60s]))');
    expect(windowTotalQuery(sloth.queries.total, 604800, 60)).toBe(
      'sum(sum(rate(requests_total[604800s]))) * 604800',
    );
    const ratio = pullQueriesOf(sli(`${ONE_MINUS_FAILURE}job:error_ratio:rate5m`, ALL_EVENTS));
    expect(ratio).toMatchObject({ ok: true, queries: { kind: 'error-ratio' } });
  });

  it('asks for PromQL where the fields hold prose', () => {
    const prose = pullQueriesOf(sli('HTTP 2xx responses', 'all requests'));
    expect(prose).toMatchObject({ ok: false });
    expect(!prose.ok && prose.why).toMatch(/is not a PromQL query/);
  });

  it('checks a bare counter with increase() and any other through a subquery', () => {
    expect(
      windowTotalQuery({ template: 'http_requests_total{code="200"}', form: 'counter' }, 3600, 60),
    ).toBe('sum(increase(http_requests_total{code="200"}[3600s]))');
    expect(
      windowTotalQuery({ template: 'sum(http_requests_total)', form: 'counter' }, 3600, 60),
    ).toBe('sum(increase((sum(http_requests_total))[3600s:60s]))');
  });
});

describe('steps from a query answer', () => {
  const start = 1_800_000_000_000;
  const at = (k: number, v: string): [number, string] => [(start + k * 60_000) / 1000, v];

  it('differences counters per series, reads a drop as a restart, and leaves gaps as NaN', () => {
    const steps = sumSteps(
      [
        { metric: { instance: 'a' }, values: [at(0, '10'), at(1, '15'), at(2, '3'), at(4, '9')] },
        { metric: { instance: 'b' }, values: [at(0, '1'), at(1, '2')] },
      ],
      'counter',
      start,
      60_000,
      4,
    );
    expect(Array.from(steps)).toEqual([5 + 1, 3, Number.NaN, Number.NaN]);
  });

  it('turns a per-second rate into the events of its step', () => {
    const steps = sumSteps(
      [{ metric: {}, values: [at(1, '2'), at(2, 'NaN')] }],
      'rate',
      start,
      60_000,
      2,
    );
    expect(Array.from(steps)).toEqual([120, Number.NaN]);
  });

  it('appends a newer pull on the same grid, keeping stored data where the pull has none', () => {
    const stored = {
      kind: 'values' as const,
      startMs: start,
      stepMs: 60_000,
      values: new Float64Array([1, 0.5, 0.9]),
    };
    const fresh = {
      kind: 'values' as const,
      startMs: start + 120_000,
      stepMs: 60_000,
      values: new Float64Array([0.8, 0.7]),
    };
    const joined = appendPulled(stored, fresh, 10);
    expect(joined && joined.kind === 'values' && Array.from(joined.values)).toEqual([
      1, 0.5, 0.8, 0.7,
    ]);
    expect(appendPulled(stored, { ...fresh, stepMs: 30_000 }, 10)).toBeNull();
    const capped = appendPulled(stored, fresh, 3);
    expect(capped?.startMs).toBe(start + 60_000);
  });
});
