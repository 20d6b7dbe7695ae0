import { describe, expect, it } from 'vitest';
import { defaultAlertsForPeriod, evaluateAlerts } from '../../../shared/slo/burnRateAlerts';

describe('multi-window, multi-burn-rate alerts', () => {
  it('default to 14.4 over 1 h & 5 min, 6 over 6 h & 30 min, 1 over 3 d & 6 h for 30 days', () => {
    expect(defaultAlertsForPeriod(30 * 1440)).toEqual([
      {
        severity: 'page',
        longWindowMinutes: 60,
        shortWindowMinutes: 5,
        burnRate: expect.closeTo(14.4, 9),
      },
      {
        severity: 'page',
        longWindowMinutes: 360,
        shortWindowMinutes: 30,
        burnRate: expect.closeTo(6, 9),
      },
      {
        severity: 'ticket',
        longWindowMinutes: 4320,
        shortWindowMinutes: 360,
        burnRate: expect.closeTo(1, 9),
      },
    ]);
  });

  it('scale to a 28-day period as 13.44 / 5.6 / 0.9333', () => {
    const rates = defaultAlertsForPeriod(28 * 1440).map((a) => a.burnRate);
    expect(rates[0]).toBeCloseTo(13.44, 9);
    expect(rates[1]).toBeCloseTo(5.6, 9);
    expect(rates[2]).toBeCloseTo(0.9333, 4);
  });

  it('fire only when both the long and the short window burn faster than the rate', () => {
    const [page] = defaultAlertsForPeriod();
    const burns = (long: number | null, short: number | null) => (w: number) =>
      w === 60 ? long : short;
    expect(evaluateAlerts([page!], burns(20, 20))[0]!.firing).toBe(true);
    expect(evaluateAlerts([page!], burns(20, 2))[0]!.firing).toBe(false);
    expect(evaluateAlerts([page!], burns(2, 20))[0]!.firing).toBe(false);
    expect(evaluateAlerts([page!], burns(14.4, 14.4))[0]!.firing).toBe(false);
    expect(evaluateAlerts([page!], burns(null, 20))[0]!.firing).toBe(false);
  });
});
