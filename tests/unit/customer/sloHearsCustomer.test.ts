import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HEARING_LAG_DAYS,
  badPeriods,
  hearPain,
  sloHearsCustomer,
} from '../../../shared/customer/sloHearsCustomer';
import { buildSampleWorkbook } from '../../../shared/sample/sampleWorkbook';
import { joinChunks } from '../../../shared/slo/sliChunks';
import { buildBudgetUnits, type SliData } from '../../../shared/slo/sliSeries';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.UTC(2026, 0, 1);
const slo = { target: 0.99, window: { kind: 'rolling' as const, minutes: 28 * 1440 } };
const spec = {
  sli: { kind: 'ratio' as const, goodDescription: 'ok', validDescription: 'all' },
  budgetingMethod: 'Occurrences' as const,
  timeSliceMinutes: null,
  timeSliceTarget: null,
};
const dayText = (i: number) => new Date(START + i * DAY).toISOString().slice(0, 10);

/** Hourly counts over `days` days: 1,000 requests an hour, 5% failing on the bad days. */
function series(
  days: number,
  badDays: ReadonlySet<number>,
  gapDays: ReadonlySet<number> = new Set(),
) {
  const n = days * 24;
  const good = new Float64Array(n);
  const total = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const day = Math.floor(i / 24);
    total[i] = gapDays.has(day) ? Number.NaN : 1000;
    good[i] = gapDays.has(day) ? Number.NaN : badDays.has(day) ? 950 : 1000;
  }
  const data: SliData = { kind: 'counts', startMs: START, stepMs: HOUR, good, total };
  return buildBudgetUnits(data, spec);
}

describe('bad periods', () => {
  it('joins consecutive days that burn faster than allowed, with the budget they spent', () => {
    const { periods } = badPeriods(slo, series(30, new Set([3, 4, 10])));
    expect(periods.map((p) => [p.from, p.to])).toEqual([
      [dayText(3), dayText(4)],
      [dayText(10), dayText(10)],
    ]);
    // Two days at 5% bad, against a 28-day budget of 1%: 2 × 5 / 28 ≈ 35.7%.
    expect(periods[0]!.budgetSpent).toBeCloseTo((2 * 0.05) / (0.01 * 28), 3);
    expect(periods[0]!.worstBurnRate).toBeCloseTo(5, 6);
  });
});

describe('does this SLO hear the customer', () => {
  const pain = (id: string, day: number) => ({ id, date: dayText(day), quote: `Pain ${id}` });

  it('agrees when every pain falls in or just after a bad period and every period was felt', () => {
    const check = sloHearsCustomer(
      slo,
      series(30, new Set([5])),
      [pain('a', 5), pain('b', 7)],
      'Pay',
    );
    expect(check.verdict).toBe('agrees');
    expect(check.pains.map((p) => p.hearing)).toEqual(['heard', 'heard']);
  });

  it('says pain heard while green may mean the wrong measure or a loose target', () => {
    const check = sloHearsCustomer(
      slo,
      series(30, new Set([5])),
      [pain('a', 5), pain('b', 20)],
      'Pay',
    );
    expect(check.verdict).toBe('misses-pain');
    expect(check.headline).toContain(
      '1 of 2 pain points on “Pay” came while it stayed within budget',
    );
    expect(check.evidence.join('\n')).toContain(
      `Heard on ${dayText(20)} while the SLO was within budget: “Pain b”`,
    );
  });

  it('says budget burnt with no one complaining may mean a strict target; silence before listening is ignored', () => {
    const check = sloHearsCustomer(slo, series(30, new Set([2, 12, 18])), [pain('a', 12)], 'Pay');
    expect(check.verdict).toBe('too-strict');
    expect(check.silent.map((p) => p.from)).toEqual([dayText(18)]);
  });

  it('never heads "no one complains" over pain heard right after a bad period', () => {
    // Bad days 10-12, then day 14; three pain points on day 14: in the first period's two-day
    // reach and inside the second. Before the fix they all counted against the first, so the
    // second was "silent" and the heading said no one complained, above three complaints.
    const check = sloHearsCustomer(
      slo,
      series(30, new Set([10, 11, 12, 14])),
      [pain('a', 14), pain('b', 14), pain('c', 14)],
      'Pay',
    );
    expect(check.silent).toEqual([]);
    expect(check.verdict).toBe('agrees');
    expect(check.pains.map((p) => p.period?.from)).toEqual([dayText(14), dayText(14), dayText(14)]);
    expect(check.title).toBe('It hears the customer');
  });

  it('does not call a bad period in the data’s last days silent: customers have had no time to complain', () => {
    // 30 days of data; bad on day 5 (heard) and day 28, whose two-day reach runs past the data.
    const check = sloHearsCustomer(slo, series(30, new Set([5, 28])), [pain('a', 5)], 'Pay');
    expect(check.badPeriods.map((p) => p.from)).toEqual([dayText(5), dayText(28)]);
    expect(check.silent).toEqual([]);
    expect(check.verdict).toBe('agrees');
    // On day 27 its reach ends on the data's last day: silence then counts.
    expect(sloHearsCustomer(slo, series(30, new Set([5, 27])), [pain('a', 5)], 'Pay').verdict).toBe(
      'too-strict',
    );
  });

  it('says it heard the pain before it says it burnt budget unheard', () => {
    const check = sloHearsCustomer(
      slo,
      series(30, new Set([5, 20])),
      [pain('a', 5), pain('b', 6), pain('c', 7)],
      'Pay',
    );
    expect(check.verdict).toBe('too-strict');
    expect(check.title).not.toMatch(/^It burns budget no one complains/);
    expect(check.headline).toContain('heard all 3 pain points on “Pay”');
    expect(check.headline).toContain('1 other bad period');
    expect(check.evidence[0]).toContain('3 pain points heard');
  });

  it('does not judge pain on days without data, and says why', () => {
    const check = sloHearsCustomer(slo, series(30, new Set(), new Set([9])), [pain('a', 9)], 'Pay');
    expect(check.verdict).toBe('not-watched');
    expect(check.pains[0]!.hearing).toBe('unwatched');
    expect(sloHearsCustomer(slo, null, [pain('a', 9)], 'Pay').verdict).toBe('no-data');
    expect(sloHearsCustomer(slo, null, [], 'Pay').verdict).toBe('no-pain');
    expect(sloHearsCustomer(slo, null, [], null).verdict).toBe('no-step');
  });

  it('never calls pain inside a bad period unheard; moved outside every one it is (property)', () => {
    const days = 40;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: days - 1 }), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.nat(),
        (bad, pick, away) => {
          const badDays = new Set(bad);
          const units = series(days, badDays);
          const { periods, days: figures } = badPeriods(slo, units);
          const watched = new Set(
            figures
              .filter((d) => d.watched)
              .map((d) => new Date(d.startMs).toISOString().slice(0, 10)),
          );
          // A pain point on a day inside a bad period is heard.
          const inside = bad[pick % bad.length]!;
          expect(hearPain(dayText(inside), periods, watched).hearing).toBe('heard');
          // Moved to a watched day beyond the reach of every bad period, it is unheard.
          const far = Array.from({ length: days }, (_, d) => d).filter((d) =>
            bad.every((b) => d < b || d > b + HEARING_LAG_DAYS),
          );
          if (far.length === 0) return;
          const moved = far[away % far.length]!;
          expect(hearPain(dayText(moved), periods, watched).hearing).toBe('unheard');
        },
      ),
    );
  });
});

describe('the sample workbook', () => {
  const sample = buildSampleWorkbook({ endMs: Date.parse('2026-11-20T12:00:00Z') });
  const check = (sloId: string) => {
    const s = sample.slos.find((x) => x.id === sloId)!;
    const data = joinChunks(sample.sliChunks.filter((c) => c.sloId === sloId))!;
    const pains = sample.painPoints.filter((p) => p.stepId === s.stepId);
    const step = sample.journeySteps.find((x) => x.id === s.stepId)!;
    return sloHearsCustomer(s, buildBudgetUnits(data, s), pains, step.name);
  };

  it('the payment SLO misses the spinning pay button (it measures errors, not waiting)', () => {
    const pay = check('sample-slo-pay');
    expect(pay.verdict).toBe('misses-pain');
    expect(pay.evidence.join('\n')).toContain('The pay button just spins');
    expect(pay.pains.filter((p) => p.hearing === 'heard')).toHaveLength(2);
  });

  it('the catalogue SLO heard the slow Friday evening', () => {
    expect(check('sample-slo-browse').verdict).toBe('agrees');
  });
});
