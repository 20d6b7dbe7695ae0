import { allowedDowntimeMinutes } from '../slo/budgetMath';
import { defaultAlertsForPeriod } from '../slo/burnRateAlerts';
import { describeCsvProblem, parseSliCsv, previewCsv } from '../slo/csv/parseSliCsv';
import { formatMinutes, parseDuration } from '../slo/duration';
import { evaluateSlo, windowLabel, type SloSpec } from '../slo/evaluateSlo';
import { formatBurnRate, formatCount, formatPercent, formatTarget } from '../slo/formatFigures';

export interface BudgetOptions {
  target: string;
  window: string;
  data?: { text: string; name: string; timestamp: string; good: string; total: string };
  at?: string;
}

/** The figures `workbook budget --json` prints; fractions, not percentages. */
export interface BudgetFigures {
  allowedDowntimeMinutes: number;
  allowedBadEvents: number | null;
  sli: number | null;
  budgetConsumed: number | null;
  budgetRemaining: number | null;
  burnRates: Record<string, number | null>;
  alerts: {
    severity: 'page' | 'ticket';
    longWindow: string;
    shortWindow: string;
    burnRate: number;
    firing: boolean;
  }[];
  exhaustionAt: string | null;
}

export type BudgetResult =
  { ok: true; figures: BudgetFigures; text: string } | { ok: false; problems: string[] };

function column(header: string[], wanted: string, what: string): number | string {
  const byName = header.findIndex((h) => h.trim().toLowerCase() === wanted.trim().toLowerCase());
  if (byName >= 0) return byName;
  if (/^\d+$/.test(wanted) && Number(wanted) >= 1 && Number(wanted) <= header.length)
    return Number(wanted) - 1;
  return `The ${what} column “${wanted}” is not in the file; its columns are: ${header.join(', ')}.`;
}

/** Twelve significant digits: 43.2, not the 43.19999999999524 that binary fractions give. */
const clean = (n: number | null): number | null =>
  n === null || !Number.isFinite(n) ? n : Number(n.toPrecision(12));

function cleaned(f: BudgetFigures): BudgetFigures {
  return {
    ...f,
    allowedDowntimeMinutes: clean(f.allowedDowntimeMinutes)!,
    allowedBadEvents: clean(f.allowedBadEvents),
    sli: clean(f.sli),
    budgetConsumed: clean(f.budgetConsumed),
    budgetRemaining: clean(f.budgetRemaining),
    burnRates: Object.fromEntries(Object.entries(f.burnRates).map(([k, v]) => [k, clean(v)])),
    alerts: f.alerts.map((a) => ({ ...a, burnRate: clean(a.burnRate)! })),
  };
}

/** SLO figures from a target and a window, and from SLI data when given. */
export function budgetCommand(options: BudgetOptions): BudgetResult {
  const result = computeBudget(options);
  return result.ok ? { ...result, figures: cleaned(result.figures) } : result;
}

function computeBudget(options: BudgetOptions): BudgetResult {
  const problems: string[] = [];
  const percent = Number(options.target.replace('%', ''));
  if (!(percent > 0 && percent < 100))
    problems.push(
      `--target must be a percentage between 0 and 100, e.g. 99.9 (got “${options.target}”).`,
    );
  const windowMinutes = parseDuration(options.window);
  if (windowMinutes === null)
    problems.push(`--window must be a length such as 30d, 4w or 12h (got “${options.window}”).`);
  let atMs: number | null = null;
  if (options.at !== undefined) {
    atMs = Date.parse(options.at);
    if (!Number.isFinite(atMs))
      problems.push(`--at must be a time such as 2026-11-24T10:00:00Z (got “${options.at}”).`);
  }
  if (problems.length) return { ok: false, problems };
  const target = percent / 100;
  const minutes = windowMinutes!;
  const alerts = defaultAlertsForPeriod(minutes);
  const spec: SloSpec = {
    sli: { kind: 'ratio', goodDescription: '', validDescription: '' },
    target,
    window: { kind: 'rolling', minutes },
    budgetingMethod: 'Occurrences',
    timeSliceMinutes: null,
    timeSliceTarget: null,
    alerts,
    policy: [],
  };
  const allowed = allowedDowntimeMinutes(target, minutes);

  if (!options.data) {
    const figures: BudgetFigures = {
      allowedDowntimeMinutes: allowed,
      allowedBadEvents: null,
      sli: null,
      budgetConsumed: null,
      budgetRemaining: null,
      burnRates: {},
      alerts: alerts.map((a) => ({
        severity: a.severity,
        longWindow: windowLabel(a.longWindowMinutes),
        shortWindow: windowLabel(a.shortWindowMinutes),
        burnRate: a.burnRate,
        firing: false,
      })),
      exhaustionAt: null,
    };
    return { ok: true, figures, text: describe(figures, target, options.window, null) };
  }

  const preview = previewCsv(options.data.text, 1);
  if (!preview.ok)
    return {
      ok: false,
      problems: preview.problems.map((p) => `${options.data!.name}: ${describeCsvProblem(p)}`),
    };
  const header = preview.value.header;
  const cols = [
    column(header, options.data.timestamp, 'timestamp'),
    column(header, options.data.good, 'good'),
    column(header, options.data.total, 'total'),
  ];
  const missing = cols.filter((c): c is string => typeof c === 'string');
  if (missing.length) return { ok: false, problems: missing };
  const [timestamp, good, total] = cols as number[];
  const parsed = parseSliCsv(options.data.text, {
    mode: 'good-total',
    timestamp: timestamp!,
    good: good!,
    total: total!,
  });
  if (!parsed.ok)
    return {
      ok: false,
      problems: parsed.problems.map((p) => `${options.data!.name}: ${describeCsvProblem(p)}`),
    };
  const data = parsed.value.data;
  const length = data.kind === 'counts' ? data.total.length : data.values.length;
  const lastMs = data.startMs + (length - 1) * data.stepMs;
  const status = evaluateSlo(spec, data, atMs ?? lastMs);
  const figures: BudgetFigures = {
    allowedDowntimeMinutes: allowed,
    allowedBadEvents: status.allowedBadEvents,
    sli: status.sli,
    budgetConsumed: status.budgetConsumed,
    budgetRemaining: status.budgetRemaining,
    burnRates: status.burnRates,
    alerts: status.alerts.map((a) => ({
      severity: a.severity,
      longWindow: windowLabel(a.longWindowMinutes),
      shortWindow: windowLabel(a.shortWindowMinutes),
      burnRate: a.burnRate,
      firing: a.firing,
    })),
    exhaustionAt:
      status.exhaustionAtMs === null ? null : new Date(status.exhaustionAtMs).toISOString(),
  };
  return {
    ok: true,
    figures,
    text: describe(figures, target, options.window, new Date(status.atMs).toISOString()),
  };
}

function describe(f: BudgetFigures, target: number, window: string, at: string | null): string {
  const lines = [
    `SLO: ${formatTarget(target)} over a rolling ${window} window`,
    `Allowed downtime: ${formatMinutes(f.allowedDowntimeMinutes)} per window`,
  ];
  if (at === null) {
    lines.push('No SLI data given (--data): only the budget arithmetic.');
  } else {
    lines.push(
      `Evaluated at: ${at}`,
      `SLI: ${formatPercent(f.sli, 3)}`,
      `Bad events allowed in the window: ${f.allowedBadEvents === null ? '—' : formatCount(f.allowedBadEvents)}`,
      `Budget consumed: ${formatPercent(f.budgetConsumed)}; remaining: ${formatPercent(f.budgetRemaining)}`,
      `Burn rates: ${Object.entries(f.burnRates)
        .map(([w, r]) => `${w} ${formatBurnRate(r)}`)
        .join(', ')}`,
      `Budget runs out: ${f.exhaustionAt ?? 'not at the current burn rate'}`,
    );
  }
  lines.push('Alerts (multi-window, multi-burn-rate):');
  for (const a of f.alerts) {
    lines.push(
      `  ${a.severity.padEnd(6)} ${a.longWindow.padStart(4)} / ${a.shortWindow.padEnd(4)} burn rate ${formatBurnRate(a.burnRate).padStart(5)}${at === null ? '' : a.firing ? '  FIRING' : '  not firing'}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
