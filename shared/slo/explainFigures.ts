import type { SloWindow } from '../domain/slo';
import { formatMinutes } from './duration';
import type { SloStatus } from './evaluateSlo';
import { formatBurnRate, formatCount, formatPercent, formatTarget } from './formatFigures';

/** The figures a person can ask about, in the order the SLO page shows them. */
export type FigureKey =
  'sli' | 'allowed' | 'consumed' | 'remaining' | 'coverage' | 'burn' | 'exhaustion';

export interface FigureExplanation {
  key: FigureKey;
  label: string;
  /** The formula with the actual numbers, readable aloud. */
  text: string;
}

const MINUTE = 60_000;
const DAY_MINUTES = 1440;

/** "28 days", "1 month": how long the window is, for a sentence. */
function windowWords(window: SloWindow, periodMinutes: number): string {
  if (window.kind === 'calendar') return `this calendar ${window.unit}`;
  return periodMinutes % DAY_MINUTES === 0
    ? `the last ${periodMinutes / DAY_MINUTES} days`
    : `the last ${formatMinutes(periodMinutes)}`;
}

/** The budget spent, in time: consumed x the downtime the window allows. */
export function budgetInTime(
  status: SloStatus,
): { spentMinutes: number; leftMinutes: number } | null {
  if (status.budgetConsumed === null || !Number.isFinite(status.budgetConsumed)) return null;
  const spentMinutes = status.budgetConsumed * status.allowedDowntimeMinutes;
  return { spentMinutes, leftMinutes: status.allowedDowntimeMinutes - spentMinutes };
}

/**
 * Each figure's arithmetic with the numbers it was worked from, so a reader can check it by hand:
 * "790 bad of 672,000 valid; allowed 0.5% × 672,000 = 3,360; 790 / 3,360 = 23.5%".
 */
export function explainFigures(
  status: SloStatus,
  slo: { target: number; window: SloWindow },
  formatTime: (ms: number) => string,
): FigureExplanation[] {
  const unit = status.unitName;
  const budget = 1 - slo.target;
  const budgetText = formatPercent(budget, budget < 0.001 ? 4 : budget < 0.01 ? 3 : 2);
  const valid = formatCount(status.validEvents);
  const bad = formatCount(status.badEvents);
  const allowed = formatCount(status.allowedBadEvents);
  const out: FigureExplanation[] = [];
  const windowMinutes = status.window.periodMinutes;

  out.push({
    key: 'sli',
    label: 'SLI',
    text:
      status.sli === null
        ? `No ${unit} with data in the window yet, so there is no SLI: no data is not a perfect record.`
        : `${formatCount(status.goodEvents)} good of ${valid} valid ${unit} in the window: ${formatCount(status.goodEvents)} / ${valid} = ${formatPercent(status.sli, 3)}.`,
  });

  out.push({
    key: 'allowed',
    label: 'Allowed',
    text:
      `The target ${formatTarget(slo.target)} leaves ${budgetText} to fail: ${budgetText} × ${valid} valid ${unit} = ${allowed} bad ${unit}; ` +
      `in time, ${budgetText} × ${formatMinutes(windowMinutes)} = ${formatMinutes(status.allowedDowntimeMinutes)} of full outage in the window.`,
  });

  const time = budgetInTime(status);
  out.push({
    key: 'consumed',
    label: 'Budget consumed',
    text:
      status.budgetConsumed === null
        ? 'Nothing to measure against yet: the window holds no valid events.'
        : `${bad} bad of ${allowed} allowed: ${bad} / ${allowed} = ${formatPercent(status.budgetConsumed)}` +
          (time
            ? `, the same as ${formatMinutes(time.spentMinutes)} of the ${formatMinutes(status.allowedDowntimeMinutes)} of downtime.`
            : '.'),
  });

  const comesBack =
    slo.window.kind === 'rolling'
      ? `A rolling window always holds ${windowWords(slo.window, windowMinutes)}: bad ${unit} keep counting until they are that old, so the budget is not 100% at any particular start and comes back as old failures leave the window.`
      : `A calendar window starts again at 100% on ${formatTime(status.window.fromMs + 1)}; the budget does not come back before then.`;
  out.push({
    key: 'remaining',
    label: 'Budget remaining',
    text:
      status.budgetRemaining === null
        ? comesBack
        : (status.ranOutAtMs !== null
            ? `100% − ${formatPercent(status.budgetConsumed)} = ${formatPercent(status.budgetRemaining)}: the budget ran out on ${formatTime(status.ranOutAtMs)}. `
            : `100% − ${formatPercent(status.budgetConsumed)} = ${formatPercent(status.budgetRemaining)}${time ? `, about ${formatMinutes(time.leftMinutes)} of downtime left` : ''}. `) +
          comesBack,
  });

  const coveredMinutes = status.coverage * windowMinutes;
  out.push({
    key: 'coverage',
    label: 'Data coverage',
    text:
      status.coverage >= 1
        ? `Every interval of ${windowWords(slo.window, windowMinutes)} has data.`
        : `Data for ${formatMinutes(coveredMinutes)} of the ${formatMinutes(windowMinutes)} window (${formatPercent(status.coverage)}); the rest has no data and counts neither way, so the figures rest on ${formatPercent(status.coverage)} of the window.`,
  });

  const hour = status.burnCounts['1h'];
  out.push({
    key: 'burn',
    label: 'Burn rate',
    text:
      hour === undefined || status.currentBurnRate === null
        ? 'No data in the last hour, so no burn rate: a burn rate is the share failing over the share allowed.'
        : `In the last hour ${formatCount(hour.bad)} bad of ${formatCount(hour.valid)} valid ${unit}: ${formatPercent(hour.valid > 0 ? hour.bad / hour.valid : 0, 3)} failing / ${budgetText} allowed = ${formatBurnRate(status.currentBurnRate)}. At 1 a full budget lasts exactly the window` +
          (status.currentBurnRate > 0
            ? `; at ${formatBurnRate(status.currentBurnRate)} it lasts ${formatMinutes(windowMinutes / status.currentBurnRate)}.`
            : '.'),
  });

  out.push({
    key: 'exhaustion',
    label: 'Budget runs out',
    text:
      status.ranOutAtMs !== null
        ? `It ran out on ${formatTime(status.ranOutAtMs)} and stays spent while the failures are in the window.`
        : status.exhaustionAtMs === null || status.budgetRemaining === null
          ? 'Not at the current burn rate: nothing failed in the last hour.'
          : `${formatPercent(status.budgetRemaining)} left × ${formatMinutes(windowMinutes)} / burn ${formatBurnRate(status.currentBurnRate)} = ${formatMinutes((status.exhaustionAtMs - status.atMs) / MINUTE)} from the newest data, if the last hour's burn went on.`,
  });
  return out;
}
