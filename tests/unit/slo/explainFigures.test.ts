import { describe, expect, it } from 'vitest';
import { evaluateSlo, type SloSpec } from '../../../shared/slo/evaluateSlo';
import { explainFigures } from '../../../shared/slo/explainFigures';
import type { SliData } from '../../../shared/slo/sliSeries';

const HOUR = 3_600_000;
const START = Date.UTC(2026, 0, 1);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

function spec(over: Partial<SloSpec> = {}): SloSpec {
  return {
    sli: { kind: 'ratio', goodDescription: 'ok', validDescription: 'all' },
    target: 0.995,
    window: { kind: 'rolling', minutes: 28 * 1440 },
    budgetingMethod: 'Occurrences',
    timeSliceMinutes: null,
    timeSliceTarget: null,
    alerts: [],
    policy: [],
    ...over,
  };
}

/** 28 days of hourly data at 1,000 requests an hour; `bad` failures spread over the given hours. */
function hourly(badByHour: Record<number, number>, hours = 28 * 24): SliData {
  const total = new Float64Array(hours).fill(1000);
  const good = new Float64Array(hours).fill(1000);
  for (const [h, b] of Object.entries(badByHour)) good[Number(h)] = 1000 - b;
  return { kind: 'counts', startMs: START, stepMs: HOUR, good, total };
}

const byKey = (list: ReturnType<typeof explainFigures>) =>
  Object.fromEntries(list.map((e) => [e.key, e.text]));

describe('figures explain themselves', () => {
  it('shows each formula with the actual numbers (the domain guide’s 790 of 672,000)', () => {
    const data = hourly({ 100: 400, 200: 390 });
    const atMs = START + 28 * 24 * HOUR - 1;
    const status = evaluateSlo(spec(), data, atMs);
    const text = byKey(explainFigures(status, spec(), iso));
    expect(text['sli']).toBe(
      '671,210 good of 672,000 valid events in the window: 671,210 / 672,000 = 99.882%.',
    );
    expect(text['allowed']).toContain('0.5% × 672,000 valid events = 3,360 bad events');
    expect(text['allowed']).toContain('0.5% × 28 d = 3.36 h of full outage');
    expect(text['consumed']).toBe(
      '790 bad of 3,360 allowed: 790 / 3,360 = 23.5%, the same as 47.4 min of the 3.36 h of downtime.',
    );
    expect(text['remaining']).toMatch(/^100% − 23.5% = 76.5%, about 2.57 h of downtime left\./);
    expect(text['remaining']).toContain('not 100% at any particular start');
    expect(text['coverage']).toBe('Every interval of the last 28 days has data.');
    expect(text['exhaustion']).toBe(
      'Not at the current burn rate: nothing failed in the last hour.',
    );
  });

  it('says when a spent budget ran out, and the burn behind it', () => {
    // 3,000 bad at hour 300, 1,000 more at 400: the budget (3,360) runs out at hour 400.
    const data = hourly({ 300: 1000, 301: 1000, 302: 1000, 400: 1000 });
    const atMs = START + 28 * 24 * HOUR - 1;
    const status = evaluateSlo(spec(), data, atMs);
    expect(status.budgetRemaining).toBeLessThan(0);
    expect(status.ranOutAtMs).not.toBeNull();
    // The failures in the window pass the 3,360 allowed in the hour labelled 400, which ends at 401.
    expect(status.ranOutAtMs).toBe(START + 401 * HOUR);
    const text = byKey(explainFigures(status, spec(), iso));
    expect(text['remaining']).toContain(`the budget ran out on ${iso(status.ranOutAtMs!)}`);
    expect(text['exhaustion']).toContain('It ran out on');
  });

  it('counts the part of the window with no data', () => {
    // A week of data in a 28-day window.
    const data = hourly({}, 7 * 24);
    const status = evaluateSlo(spec(), data, START + 7 * 24 * HOUR - 1);
    expect(status.coverage).toBeCloseTo(0.25, 2);
    const text = byKey(explainFigures(status, spec(), iso));
    expect(text['coverage']).toMatch(/^Data for 7 d of the 28 d window \(25%\)/);
  });

  it('explains the burn rate and a calendar window’s reset', () => {
    const calendar = spec({
      window: { kind: 'calendar', unit: 'month', timeZone: 'UTC', startTime: null },
    });
    const data = hourly({ 500: 50 }, 501);
    const status = evaluateSlo(calendar, data, START + 501 * HOUR - 1);
    const text = byKey(explainFigures(status, calendar, iso));
    expect(text['burn']).toMatch(
      /^In the last hour 50 bad of 1,000 valid events: 5% failing \/ 0.5% allowed = 10\.0\./,
    );
    expect(text['remaining']).toContain('starts again at 100% on 2026-01-01 00:00');
  });
});
