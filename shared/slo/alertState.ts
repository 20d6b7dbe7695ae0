import type { SloStatus } from './evaluateSlo';

/** The loudest thing an SLO's alerts say now: what a list sorts by and a badge colours. */
export type AlertLevel = 'page' | 'ticket' | 'quiet' | 'no-data';

/** Louder first, for sorting a list by its alerts. */
export const ALERT_LEVEL_RANK: Record<AlertLevel, number> = {
  page: 0,
  ticket: 1,
  quiet: 2,
  'no-data': 3,
};

export interface AlertStateText {
  level: AlertLevel;
  /** "Page firing", "Ticket firing", "No alert firing". */
  label: string;
  /** "budget gone in ~8 h", "budget spent", or null when it is not burning. */
  detail: string | null;
}

/** A time a person can plan around: "~45 min", "~8 h", "~3 d". */
export function roughTime(minutes: number): string {
  if (minutes < 90) return `~${Math.max(1, Math.round(minutes))} min`;
  if (minutes < 2 * 1440) return `~${Math.round(minutes / 60)} h`;
  return `~${Math.round(minutes / 1440)} d`;
}

export function alertLevel(status: SloStatus | null): AlertLevel {
  if (!status || status.sli === null) return 'no-data';
  if (status.alerts.some((a) => a.firing && a.severity === 'page')) return 'page';
  if (status.alerts.some((a) => a.firing)) return 'ticket';
  return 'quiet';
}

/** The alert state in words, with how soon the budget goes at the last hour's burn. */
export function alertStateText(status: SloStatus | null): AlertStateText {
  const level = alertLevel(status);
  const label =
    level === 'page'
      ? 'Page firing'
      : level === 'ticket'
        ? 'Ticket firing'
        : level === 'quiet'
          ? 'No alert firing'
          : 'No data';
  if (!status) return { level, label, detail: null };
  let detail: string | null = null;
  if (status.ranOutAtMs !== null || (status.budgetRemaining ?? 1) <= 0) detail = 'budget spent';
  else if (status.exhaustionAtMs !== null)
    detail = `budget gone in ${roughTime((status.exhaustionAtMs - status.atMs) / 60_000)}`;
  return { level, label, detail };
}
