/**
 * Error-budget arithmetic (SRE Workbook, "Implementing SLOs" and "Alerting on SLOs").
 * Targets are fractions (0.999), never percentages, everywhere in the engine.
 */

export const MINUTES_PER_DAY = 1440;

/** Error budget = 1 - target. */
export function errorBudget(target: number): number {
  return 1 - target;
}

/** Allowed downtime = (1 - target) x window length. */
export function allowedDowntimeMinutes(target: number, windowMinutes: number): number {
  return errorBudget(target) * windowMinutes;
}

/** Allowed bad events = (1 - target) x valid events. */
export function allowedBadEvents(target: number, validEvents: number): number {
  return errorBudget(target) * validEvents;
}

/**
 * Budget consumed = bad / allowed bad; may pass 1. Null when nothing was measured, because no
 * data is not the same as a perfect record.
 */
export function budgetConsumed(bad: number, valid: number, target: number): number | null {
  if (!(valid > 0)) return null;
  const allowed = allowedBadEvents(target, valid);
  if (allowed === 0) return bad > 0 ? Number.POSITIVE_INFINITY : 0;
  return bad / allowed;
}

/** Burn rate = (bad / valid) / (1 - target): 1 spends the budget exactly over the period. */
export function burnRate(bad: number, valid: number, target: number): number | null {
  if (!(valid > 0)) return null;
  const budget = errorBudget(target);
  if (budget === 0) return bad > 0 ? Number.POSITIVE_INFINITY : 0;
  return bad / valid / budget;
}

/** Share of the period's budget spent by burning at `rate` for `windowMinutes` = B x w / P. */
export function budgetSpentByBurn(
  rate: number,
  windowMinutes: number,
  periodMinutes: number,
): number {
  return (rate * windowMinutes) / periodMinutes;
}

/** The burn rate that spends `share` of the budget in `windowMinutes`: share x P / w. */
export function burnRateForShare(
  share: number,
  windowMinutes: number,
  periodMinutes: number,
): number {
  return (share * periodMinutes) / windowMinutes;
}

/**
 * Minutes until the budget is gone at a steady burn: remaining / (burn / period).
 * Null when the budget is not burning; 0 when it is already spent.
 */
export function minutesToExhaustion(
  remaining: number,
  rate: number,
  periodMinutes: number,
): number | null {
  if (remaining <= 0) return 0;
  if (!(rate > 0)) return null;
  return (remaining * periodMinutes) / rate;
}

export interface WhatIf {
  perDayMinutes: number;
  perWeekMinutes: number;
  perWindowMinutes: number;
}

/** Target and window in, allowed downtime per day, week and window out. */
export function whatIf(target: number, windowMinutes: number): WhatIf {
  return {
    perDayMinutes: allowedDowntimeMinutes(target, MINUTES_PER_DAY),
    perWeekMinutes: allowedDowntimeMinutes(target, 7 * MINUTES_PER_DAY),
    perWindowMinutes: allowedDowntimeMinutes(target, windowMinutes),
  };
}

/** What one failed event spends when traffic is this low: 1 / allowed bad events. */
export function singleFailureShare(target: number, validEvents: number): number | null {
  const allowed = allowedBadEvents(target, validEvents);
  return allowed > 0 ? 1 / allowed : null;
}
