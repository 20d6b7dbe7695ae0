import type { BurnRateAlert } from '../domain/slo';
import { burnRateForShare } from './budgetMath';

const PERIOD_30_DAYS = 30 * 1440;

/**
 * The SRE Workbook's multi-window, multi-burn-rate alerts ("Alerting on SLOs", table 5-8): each
 * long window spends a share of a 30-day budget; the short window is 1/12 of the long one, so an
 * alert stops soon after the problem does.
 */
const DEFAULT_SHARES = [
  { severity: 'page', longWindowMinutes: 60, shortWindowMinutes: 5, share: 0.02 },
  { severity: 'page', longWindowMinutes: 360, shortWindowMinutes: 30, share: 0.05 },
  { severity: 'ticket', longWindowMinutes: 4320, shortWindowMinutes: 360, share: 0.1 },
] as const;

/** The default alerts scaled to an SLO period: rate = budget share x period / long window. */
export function defaultAlertsForPeriod(periodMinutes: number = PERIOD_30_DAYS): BurnRateAlert[] {
  return DEFAULT_SHARES.map(({ severity, longWindowMinutes, shortWindowMinutes, share }) => ({
    severity,
    longWindowMinutes,
    shortWindowMinutes,
    burnRate: burnRateForShare(share, longWindowMinutes, periodMinutes),
  }));
}

export interface AlertState extends BurnRateAlert {
  longBurnRate: number | null;
  shortBurnRate: number | null;
  /** Both windows burn faster than the alert's rate. */
  firing: boolean;
}

export function evaluateAlerts(
  alerts: BurnRateAlert[],
  burnOver: (windowMinutes: number) => number | null,
): AlertState[] {
  return alerts.map((alert) => {
    const longBurnRate = burnOver(alert.longWindowMinutes);
    const shortBurnRate = burnOver(alert.shortWindowMinutes);
    const firing =
      longBurnRate !== null &&
      shortBurnRate !== null &&
      longBurnRate > alert.burnRate &&
      shortBurnRate > alert.burnRate;
    return { ...alert, longBurnRate, shortBurnRate, firing };
  });
}
