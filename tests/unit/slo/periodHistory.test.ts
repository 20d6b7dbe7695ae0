import { describe, expect, it } from 'vitest';
import { periodHistory, periodVerdict } from '../../../shared/slo/periodHistory';
import { buildBudgetUnits } from '../../../shared/slo/sliSeries';

const HOUR = 3_600_000;
const options = {
  sli: { kind: 'ratio' as const, goodDescription: '', validDescription: '' },
  budgetingMethod: 'Occurrences' as const,
  timeSliceMinutes: null,
  timeSliceTarget: null,
};

/** Hourly data at 1,000 requests an hour from `startMs` to `endMs`, with failures by hour. */
function hourly(startMs: number, endMs: number, bad: (hourStartMs: number) => number) {
  const n = Math.round((endMs - startMs) / HOUR);
  const total = new Float64Array(n).fill(1000);
  const good = new Float64Array(n);
  for (let i = 0; i < n; i += 1) good[i] = 1000 - bad(startMs + i * HOUR);
  return buildBudgetUnits({ kind: 'counts', startMs, stepMs: HOUR, good, total }, options);
}

describe('history by month and by week', () => {
  const rolling = { target: 0.999, window: { kind: 'rolling' as const, minutes: 28 * 1440 } };
  const outage = Date.UTC(2026, 9, 14, 10); // 14 October

  it('judges every month the data touches on its own events', () => {
    // 15 August to 20 November: two partial months around two whole ones.
    const units = hourly(Date.UTC(2026, 7, 15), Date.UTC(2026, 10, 20), (t) =>
      t === outage ? 400 : t === outage + HOUR ? 200 : 0,
    );
    const months = periodHistory(units, rolling, 'month');
    expect(months.map((m) => m.label)).toEqual(['Aug 2026', 'Sep 2026', 'Oct 2026', 'Nov 2026']);
    const oct = months[2]!;
    expect(oct.valid).toBe(31 * 24 * 1000); // 31 days; UTC has no DST hour
    expect(oct.bad).toBe(600);
    expect(oct.consumed).toBeCloseTo(600 / 744, 10);
    expect(oct.met).toBe(true);
    expect(months[1]!.consumed).toBe(0);
    expect(months[0]!.coverage).toBeCloseTo(17 / 31, 10);
    expect(periodVerdict(months[0]!)).toBe('met (data for 55% of it)');
    expect(periodVerdict(months[1]!)).toBe('met');
  });

  it('says a month was missed when its SLI fell below the target', () => {
    const units = hourly(Date.UTC(2026, 8, 1), Date.UTC(2026, 10, 1), (t) =>
      t >= outage && t < outage + 2 * HOUR ? 1000 : 0,
    );
    // 2,000 bad of 744,000 in October: 99.73%, below 99.9%.
    const [sep, oct] = periodHistory(units, rolling, 'month');
    expect(sep!.met).toBe(true);
    expect(oct!.met).toBe(false);
    expect(periodVerdict(oct!)).toBe('missed');
    expect(oct!.consumed).toBeGreaterThan(2);
  });

  it('counts weeks from Monday, in the calendar window’s zone', () => {
    const berlin = {
      target: 0.999,
      window: {
        kind: 'calendar' as const,
        unit: 'month' as const,
        timeZone: 'Europe/Berlin',
        startTime: null,
      },
    };
    // Data from Monday 5 October 2026, 00:00 in Berlin (22:00 UTC the day before).
    const start = Date.UTC(2026, 9, 4, 22);
    const units = hourly(start, start + 21 * 24 * HOUR, () => 0);
    const weeks = periodHistory(units, berlin, 'week');
    expect(weeks[0]!.startMs).toBe(start);
    expect(weeks[0]!.label).toBe('5 Oct 2026');
    expect(weeks[0]!.coverage).toBe(1);
    // The clocks go back on 25 October: the week of the 19th has 169 hours, and 21 x 24 hours
    // of data leave its last hour without data.
    expect(weeks.map((w) => w.valid)).toEqual([168_000, 168_000, 168_000]);
    expect(weeks[2]!.endMs - weeks[2]!.startMs).toBe(169 * HOUR);
    expect(weeks[2]!.coverage).toBeCloseTo(168 / 169, 12);
  });

  it('calls a month with data for a small part of it partial, never missed', () => {
    // Data from 29 to 31 December only, with a bad hour: 3 of 31 days, 285.7% of its own budget.
    const units = hourly(Date.UTC(2026, 11, 29), Date.UTC(2027, 0, 1), (t) =>
      t === Date.UTC(2026, 11, 30, 9) ? 206 : 0,
    );
    const [dec] = periodHistory(units, rolling, 'month');
    expect(dec!.consumed).toBeCloseTo(206 / 72, 10);
    expect(dec!.met).toBeNull();
    expect(periodVerdict(dec!)).toBe('partial (data for 10% of it)');
  });

  it('gives nothing without data', () => {
    const units = buildBudgetUnits(
      {
        kind: 'counts',
        startMs: 0,
        stepMs: HOUR,
        good: new Float64Array(0),
        total: new Float64Array(0),
      },
      options,
    );
    expect(periodHistory(units, rolling, 'month')).toEqual([]);
  });
});
