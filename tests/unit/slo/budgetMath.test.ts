import { describe, expect, it } from 'vitest';
import {
  allowedBadEvents,
  allowedDowntimeMinutes,
  budgetConsumed,
  budgetSpentByBurn,
  burnRate,
  minutesToExhaustion,
  singleFailureShare,
  whatIf,
} from '../../../shared/slo/budgetMath';
import { formatHoursMinutes, formatMinutes, parseDuration } from '../../../shared/slo/duration';

const DAY = 1440;

describe('allowed downtime (domain guide reference table)', () => {
  it.each([
    [0.999, 30, 43.2, '43.2 min'],
    [0.999, 28, 40.32, '40.32 min'],
    [0.999, 7, 10.08, '10.08 min'],
    [0.9995, 30, 21.6, '21.6 min'],
    [0.9999, 30, 4.32, '4.32 min'],
    [0.995, 30, 216, '3.6 h'],
    [0.99, 30, 432, '7.2 h'],
    [0.999, 365, 525.6, '8.76 h'],
  ])('%s over %s days allows %s minutes (%s)', (target, days, minutes, text) => {
    const allowed = allowedDowntimeMinutes(target, days * DAY);
    expect(allowed).toBeCloseTo(minutes, 9);
    expect(formatMinutes(allowed)).toBe(text);
  });

  it('99.999% over 30 days allows 25.92 seconds', () => {
    expect(allowedDowntimeMinutes(0.99999, 30 * DAY) * 60).toBeCloseTo(25.92, 9);
    expect(formatMinutes(allowedDowntimeMinutes(0.99999, 30 * DAY))).toBe('25.92 s');
  });
});

describe('budget consumed', () => {
  it('1,000,000 valid requests at 99.9% allow 1,000 failures; 250 failures spend 25%', () => {
    expect(allowedBadEvents(0.999, 1_000_000)).toBeCloseTo(1000, 9);
    expect(budgetConsumed(250, 1_000_000, 0.999)).toBeCloseTo(0.25, 12);
  });

  it('3,000,000 requests at 99.9% allow 3,000 errors; a 1,500-error outage spends 50%', () => {
    expect(allowedBadEvents(0.999, 3_000_000)).toBeCloseTo(3000, 9);
    expect(budgetConsumed(1500, 3_000_000, 0.999)).toBeCloseTo(0.5, 12);
  });

  it('may pass 100%, and is unknown (not zero) without data', () => {
    expect(budgetConsumed(2000, 1_000_000, 0.999)).toBeCloseTo(2, 12);
    expect(budgetConsumed(0, 0, 0.999)).toBeNull();
  });

  it('over 2 weeks of 1-minute slices at 95%, 1,008 bad slices (16 h 48 min) are allowed', () => {
    const slices = 14 * DAY;
    expect(slices).toBe(20_160);
    expect(allowedBadEvents(0.95, slices)).toBeCloseTo(1008, 9);
    expect(formatHoursMinutes(allowedBadEvents(0.95, slices))).toBe('16 h 48 min');
  });

  it('at 10 requests an hour, one failure spends about 14% of a 30-day 99.9% budget', () => {
    const share = singleFailureShare(0.999, 10 * 24 * 30)!;
    expect(share).toBeCloseTo(0.1389, 4);
  });
});

describe('burn rate', () => {
  it('is the error ratio over the error budget', () => {
    expect(burnRate(1, 1000, 0.999)).toBeCloseTo(1, 12);
    expect(burnRate(144, 10_000, 0.99)).toBeCloseTo(1.44, 12);
    expect(burnRate(0, 0, 0.999)).toBeNull();
  });

  it('a one-hour full outage at 99.9% over 30 days spends 138.9% of the budget', () => {
    const rate = burnRate(500, 500, 0.999)!;
    expect(rate).toBeCloseTo(1000, 9);
    expect(budgetSpentByBurn(rate, 60, 30 * DAY)).toBeCloseTo(1.3889, 4);
  });

  it('spends B x w / P of the budget', () => {
    expect(budgetSpentByBurn(14.4, 60, 30 * DAY)).toBeCloseTo(0.02, 12);
    expect(budgetSpentByBurn(6, 360, 30 * DAY)).toBeCloseTo(0.05, 12);
    expect(budgetSpentByBurn(1, 3 * DAY, 30 * DAY)).toBeCloseTo(0.1, 12);
  });
});

describe('time to exhaustion from a full budget at 99.9% over 30 days', () => {
  it.each([
    [2, 15 * DAY],
    [10, 3 * DAY],
    [1000, 43.2],
  ])('burn %s leaves %s minutes', (rate, minutes) => {
    expect(minutesToExhaustion(1, rate, 30 * DAY)).toBeCloseTo(minutes, 9);
  });

  it('is never when nothing burns, and now when the budget is gone', () => {
    expect(minutesToExhaustion(0.5, 0, 30 * DAY)).toBeNull();
    expect(minutesToExhaustion(-0.2, 5, 30 * DAY)).toBe(0);
  });
});

describe('what-if calculator', () => {
  it('gives allowed downtime per day, week and window', () => {
    const result = whatIf(0.999, 30 * DAY);
    expect(result.perDayMinutes).toBeCloseTo(1.44, 12);
    expect(result.perWeekMinutes).toBeCloseTo(10.08, 12);
    expect(result.perWindowMinutes).toBeCloseTo(43.2, 12);
  });
});

describe('durations', () => {
  it('reads OpenSLO durations: m is minutes, M months of 30 days, Q 90 days, Y 365 days', () => {
    expect(parseDuration('5m')).toBe(5);
    expect(parseDuration('1h')).toBe(60);
    expect(parseDuration('30d')).toBe(30 * DAY);
    expect(parseDuration('2w')).toBe(14 * DAY);
    expect(parseDuration('1M')).toBe(30 * DAY);
    expect(parseDuration('1Q')).toBe(90 * DAY);
    expect(parseDuration('1Y')).toBe(365 * DAY);
    expect(parseDuration('30 days')).toBeNull();
    expect(parseDuration('0d')).toBeNull();
    expect(parseDuration('-1d')).toBeNull();
  });
});
