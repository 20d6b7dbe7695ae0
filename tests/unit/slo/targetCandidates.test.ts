import fc from 'fast-check';
import { targetRationale } from '../../../shared/slo/target/targetRationale';
import { describe, expect, it } from 'vitest';
import { buildBudgetUnits } from '../../../shared/slo/sliSeries';
import { windowVerdict } from '../../../shared/slo/target/pastWindows';
import { candidateTargets, targetCandidates } from '../../../shared/slo/target/targetCandidates';

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
const START = Date.UTC(2026, 8, 1);
const spec = {
  sli: { kind: 'ratio' as const, goodDescription: 'ok', validDescription: 'all' },
  budgetingMethod: 'Occurrences' as const,
  timeSliceMinutes: null,
  timeSliceTarget: null,
};
const rolling30 = { kind: 'rolling' as const, minutes: 30 * 1440 };
const dayText = (d: number) => new Date(START + d * DAY).toISOString().slice(0, 10);

/** Per-minute counts, 1,000 requests a minute, `bad(minute)` of them failing. */
function minutes(count: number, bad: (minute: number) => number, stepMinutes = 1) {
  const total = new Float64Array(count).fill(1000);
  const good = new Float64Array(count);
  for (let i = 0; i < count; i += 1) good[i] = 1000 - bad(i);
  return buildBudgetUnits(
    { kind: 'counts', startMs: START, stepMs: stepMinutes * MINUTE, good, total },
    spec,
  );
}

describe('candidate targets from history', () => {
  // 40 days of minutes. Day 5, 02:00-04:00: 2% of requests fail. Day 35, 12:00-13:00: a full
  // outage, all 60,000 requests fail (SRE Workbook: a one-hour full outage at 99.9% over 30 days
  // spends 138.9% of the budget).
  const smallIncident = 5 * 1440 + 120;
  const outage = 35 * 1440 + 720;
  const units = minutes(40 * 1440, (m) =>
    m >= outage && m < outage + 60 ? 1000 : m >= smallIncident && m < smallIncident + 120 ? 20 : 0,
  );
  const pains = [
    { id: 'outage', date: dayText(35), quote: 'Checkout was down at lunch' },
    { id: 'small', date: dayText(6), quote: 'Some payments failed yesterday' },
    { id: 'quiet', date: dayText(20), quote: 'The receipt font is tiny' },
  ];
  const choice = targetCandidates({
    units,
    window: rolling30,
    currentTarget: 0.9993,
    alerts: [],
    painPoints: pains,
    stepName: 'Pay',
  });
  const at = (t: number) => choice.candidates.find((c) => Math.abs(c.target - t) < 1e-12)!;

  it('weighs the usual targets and the one typed, lowest first', () => {
    expect(choice.candidates.map((c) => c.target)).toEqual([
      0.99, 0.995, 0.999, 0.9993, 0.9995, 0.9999,
    ]);
    expect(choice.candidates.filter((c) => c.isCurrent).map((c) => c.target)).toEqual([0.9993]);
    expect(candidateTargets(0.999)).toEqual([0.99, 0.995, 0.999, 0.9995, 0.9999]);
  });

  it('judges each 30-day window; the one with a third of its data is partial, never missed', () => {
    // Windows end at the newest sample: the last one holds the outage, the one before it 10 days.
    const oldest = at(0.9999).windows[0]!;
    expect(oldest.coverage).toBeCloseTo(1 / 3, 10);
    expect(oldest.verdict).toBe('partial');
    expect([at(0.99), at(0.995)].map((c) => [c.met, c.missed, c.partial])).toEqual([
      [1, 0, 1],
      [1, 0, 1],
    ]);
    expect([at(0.999), at(0.9995), at(0.9999)].map((c) => [c.met, c.missed])).toEqual([
      [0, 1],
      [0, 1],
      [0, 1],
    ]);
    // 60,000 bad of 43,200,000: 138.9% of a 99.9% budget, 13.9% of a 99% one.
    expect(at(0.999).worstConsumed).toBeCloseTo(60_000 / 43_200, 10);
    expect(at(0.99).worstConsumed).toBeCloseTo(60_000 / 432_000, 10);
    expect(at(0.9995).worstConsumed).toBeCloseTo(2.7778, 4);
  });

  it('counts the pages and tickets the SRE Workbook alerts would have sent', () => {
    // The outage pages and tickets at every target. The 2% burn is 4x a 99.5% budget (no
    // alert), 20x a 99.9% one (above 14.4: a page, but its 3-day share 2,400 / 4,320,000 is
    // below 0.1%, and below the typed 99.93%'s 0.07%, so no ticket) and 40x a 99.95% one (a
    // page and a ticket).
    expect(choice.alertsAreDefaults).toBe(true);
    expect(choice.alerts.map((a) => a.burnRate)).toEqual([14.4, 6, 1]);
    expect(choice.candidates.map((c) => [c.pageDays, c.ticketDays])).toEqual([
      [1, 1], // 99%
      [1, 1], // 99.5%
      [2, 1], // 99.9%
      [2, 1], // 99.93%
      [2, 2], // 99.95%
      [2, 2], // 99.99%
    ]);
    // At 99% the 1h/5m page needs 9 bad minutes in the hour and one in the last 5 (12:08 to
    // 13:03); the 6h/30m page 22 in six hours and 2 in the last 30 (12:21 to 13:27): 80 minutes.
    expect(at(0.99).pageMinutes).toBe(80);
  });

  it('says how soon the budget would have run out while it paged', () => {
    // At 99%: 13:00 burns at 100x with 86.1% left: 0.8611 x 43,200 / 100 = 372 min; 12:08 burns
    // at 15x (9 bad minutes in the hour) with 97.9% left: 0.97917 x 43,200 / 15 = 2,820 min.
    expect(at(0.99).exhaustion!.shortestMinutes).toBeCloseTo(372, 6);
    expect(at(0.99).exhaustion!.longestMinutes).toBeCloseTo(2820, 6);
    // At 99.9% the budget is gone before the outage ends.
    expect(at(0.999).exhaustion!.shortestMinutes).toBe(0);
  });

  it('hears the outage at every target, the 2% burn from 99.9%, the font never', () => {
    expect(choice.candidates.map((c) => c.painHeard)).toEqual([1, 1, 2, 2, 2, 2]);
    expect(choice.candidates.every((c) => c.painJudged === 3)).toBe(true);
    expect(choice.lowestHearing).toBe(0.999);
  });

  it('names no target when no pain is heard at any', () => {
    const quiet = targetCandidates({
      units,
      window: rolling30,
      currentTarget: 0.999,
      alerts: [],
      painPoints: [pains[2]!],
      stepName: 'Pay',
    });
    expect(quiet.lowestHearing).toBeNull();
    const noStep = targetCandidates({
      units,
      window: rolling30,
      currentTarget: 0.999,
      alerts: [],
      painPoints: pains,
      stepName: null,
    });
    expect(noStep.candidates.every((c) => c.painHeard === 0 && c.painJudged === 0)).toBe(true);
  });

  it('judges calendar months in their own zone', () => {
    const monthly = targetCandidates({
      units,
      window: { kind: 'calendar', unit: 'month', timeZone: 'UTC', startTime: null },
      currentTarget: 0.999,
      alerts: [],
      painPoints: [],
      stepName: 'Pay',
    });
    const c = monthly.candidates.find((x) => x.target === 0.999)!;
    // 1 September to 10 October: September whole (met: no bad minute but the 2% burn,
    // 2,400 of 43,200,000), October a third (partial).
    expect(
      c.windows.map((w) => [new Date(w.startMs).toISOString().slice(0, 7), w.verdict]),
    ).toEqual([
      ['2026-09', 'met'],
      ['2026-10', 'partial'],
    ]);
    expect(
      windowVerdict({ startMs: 0, endMs: 1, good: 0, valid: 0, bad: 0, coverage: 0 }, 0.9),
    ).toBe('no-data');
  });
});

describe('a higher target (property)', () => {
  it('never meets more windows, never fires fewer alerts, never hears fewer pain points', () => {
    const days = 8;
    const steps = days * 288; // 5-minute steps
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.integer({ min: 0, max: steps - 1 }),
            length: fc.integer({ min: 1, max: 60 }),
            failing: fc.integer({ min: 1, max: 1000 }),
          }),
          { maxLength: 6 },
        ),
        fc.uniqueArray(fc.integer({ min: 0, max: days - 1 }), { maxLength: 5 }),
        fc.integer({ min: 900, max: 99_990 }),
        (incidents, painDays, typed) => {
          const bad = new Float64Array(steps);
          for (const { at, length, failing } of incidents)
            for (let i = at; i < Math.min(steps, at + length); i += 1) bad[i] = failing;
          const units = minutes(steps, (i) => bad[i]!, 5);
          const { candidates } = targetCandidates({
            units,
            window: { kind: 'rolling', minutes: 2 * 1440 },
            currentTarget: typed / 100_000,
            alerts: [],
            painPoints: painDays.map((d) => ({ id: `p${d}`, date: dayText(d), quote: '' })),
            stepName: 'Pay',
          });
          for (let i = 1; i < candidates.length; i += 1) {
            const [lo, hi] = [candidates[i - 1]!, candidates[i]!];
            expect(hi.met).toBeLessThanOrEqual(lo.met);
            expect(hi.pageDays).toBeGreaterThanOrEqual(lo.pageDays);
            expect(hi.ticketDays).toBeGreaterThanOrEqual(lo.ticketDays);
            expect(hi.pageMinutes).toBeGreaterThanOrEqual(lo.pageMinutes);
            expect(hi.ticketMinutes).toBeGreaterThanOrEqual(lo.ticketMinutes);
            expect(hi.painHeard).toBeGreaterThanOrEqual(lo.painHeard);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the rationale "Use this target" proposes', () => {
  const units = minutes(3 * 1440, (m) => (m >= 1440 + 600 && m < 1440 + 630 ? 1000 : 0));
  const choice = targetCandidates({
    units,
    window: { kind: 'rolling', minutes: 1440 },
    currentTarget: 0.999,
    alerts: [],
    painPoints: [{ id: 'a', date: dayText(1), quote: 'Down at ten' }],
    stepName: 'Pay',
  });

  it('names the lowest target that still hears the customers, with what it would have done', () => {
    // 30 failed minutes of the middle day's 1,440 (97.9%): that day missed at every target, the
    // other two met; the pain that day heard at every target.
    expect(choice.lowestHearing).toBe(0.99);
    expect(targetRationale(choice, 0.99, 'Pay')).toBe(
      'The lowest target that still hears our customers. Over the SLI history, 99% heard 1 of 1 pain point on “Pay”, met 2 of 3 windows with enough data, paged on 1 day and ticketed on 1 day.',
    );
    expect(targetRationale(choice, 0.999, 'Pay')).toMatch(/^Over the SLI history, 99.9% heard/);
  });
});
