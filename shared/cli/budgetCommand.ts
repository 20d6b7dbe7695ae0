import type { BudgetingMethod, Comparison, SloWindow } from '../domain/slo';
import { allowedDowntimeMinutes } from '../slo/budgetMath';
import { readCalendarStart } from '../slo/calendarStart';
import { isValidTimeZone } from '../slo/calendarWindows';
import { describeWindow } from '../slo/describeSlo';
import { defaultAlertsForPeriod } from '../slo/burnRateAlerts';
import { describeCsvProblem, parseSliCsv, previewCsv } from '../slo/csv/parseSliCsv';
import { formatMinutes, parseDuration } from '../slo/duration';
import { evaluateSlo, windowLabel, type SloSpec } from '../slo/evaluateSlo';
import { formatBurnRate, formatCount, formatPercent, formatTarget } from '../slo/formatFigures';
import type { SliData } from '../slo/sliSeries';

export interface BudgetOptions {
  target: string;
  /** A rolling length (30d, 4w, 12h) or a calendar period (week, month, quarter). */
  window: string;
  /** The zone a calendar period starts in, and times without a zone are read in. */
  timeZone?: string;
  /** Where a calendar's periods start: "2024-01-15" or "2024-01-06 12:00". */
  start?: string;
  /** occurrences (default), timeslices or ratio-timeslices. */
  method?: string;
  /** A time slice's length, e.g. 5m. */
  slice?: string;
  /** Timeslices: the share of good events a slice needs, as a percentage, e.g. 95. */
  sliceTarget?: string;
  /** Good and total columns, or one value column (a ratio per interval, or a value to compare). */
  data?:
    | { text: string; name: string; timestamp: string; good: string; total: string }
    | { text: string; name: string; timestamp: string; value: string; goodWhen?: string };
  at?: string;
}

const METHODS: Record<string, BudgetingMethod> = {
  occurrences: 'Occurrences',
  timeslices: 'Timeslices',
  'ratio-timeslices': 'RatioTimeslices',
};
const CALENDAR: Record<string, 'week' | 'month' | 'quarter'> = {
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  '1w': 'week',
  '1M': 'month',
  '1Q': 'quarter',
};
const OPS: Record<string, Comparison> = { '<=': 'lte', '<': 'lt', '>=': 'gte', '>': 'gt' };

/** "--good-when <=300": a threshold SLI's comparison, or null when it is not one. */
function readGoodWhen(text: string): { op: Comparison; threshold: number } | null {
  const match = /^\s*(<=|>=|<|>)\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text);
  return match ? { op: OPS[match[1]!]!, threshold: Number(match[2]) } : null;
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
  const timeZone = options.timeZone ?? 'UTC';
  if (!isValidTimeZone(timeZone))
    problems.push(`--time-zone must be a zone such as Europe/Berlin or UTC (got “${timeZone}”).`);
  const calendarUnit = CALENDAR[options.window.trim()];
  const windowMinutes = calendarUnit ? null : parseDuration(options.window);
  if (!calendarUnit && windowMinutes === null)
    problems.push(
      `--window must be a length such as 30d, 4w or 12h, or a calendar period: week, month or quarter (got “${options.window}”).`,
    );
  const startTime = options.start === undefined ? null : readCalendarStart(options.start);
  if (startTime === undefined)
    problems.push(
      `--start must be a date and time such as 2024-01-15 or "2024-01-06 12:00" (got “${options.start}”).`,
    );
  if (options.start !== undefined && !calendarUnit)
    problems.push('--start is for a calendar window (--window week, month or quarter).');
  const method = METHODS[(options.method ?? 'occurrences').toLowerCase()];
  if (!method)
    problems.push(
      `--method must be occurrences, timeslices or ratio-timeslices (got “${options.method}”).`,
    );
  const sliceMinutes = options.slice === undefined ? 1 : parseDuration(options.slice);
  if (sliceMinutes === null || sliceMinutes > 1440)
    problems.push(
      `--slice must be a length such as 1m or 5m, at most a day (got “${options.slice}”).`,
    );
  const sliceTarget =
    options.sliceTarget === undefined ? 95 : Number(options.sliceTarget.replace('%', ''));
  if (method === 'Timeslices' && !(sliceTarget > 0 && sliceTarget <= 100))
    problems.push(
      `--slice-target must be a percentage above 0, at most 100 (got “${options.sliceTarget}”).`,
    );
  const goodWhen =
    options.data && 'value' in options.data && options.data.goodWhen !== undefined
      ? readGoodWhen(options.data.goodWhen)
      : null;
  if (options.data && 'value' in options.data && options.data.goodWhen !== undefined && !goodWhen)
    problems.push(
      `--good-when must be a comparison such as "<=300" or ">0.5" (got “${options.data.goodWhen}”).`,
    );
  let atMs: number | null = null;
  if (options.at !== undefined) {
    atMs = Date.parse(options.at);
    if (!Number.isFinite(atMs))
      problems.push(`--at must be a time such as 2026-11-24T10:00:00Z (got “${options.at}”).`);
  }
  if (problems.length) return { ok: false, problems };
  const target = percent / 100;
  const window: SloWindow = calendarUnit
    ? { kind: 'calendar', unit: calendarUnit, timeZone, startTime: startTime ?? null }
    : { kind: 'rolling', minutes: windowMinutes! };
  // A calendar period as its usual length for the arithmetic without data; with data, the
  // evaluation measures the period that holds the moment.
  const minutes = calendarUnit
    ? { week: 7, month: 30, quarter: 90 }[calendarUnit] * 1440
    : windowMinutes!;
  const alerts = defaultAlertsForPeriod(minutes);
  const sliced = method !== 'Occurrences';
  const spec: SloSpec = {
    sli: goodWhen
      ? { kind: 'threshold', metricDescription: '', unit: '', ...goodWhen }
      : { kind: 'ratio', goodDescription: '', validDescription: '' },
    target,
    window,
    budgetingMethod: method!,
    timeSliceMinutes: sliced ? sliceMinutes : null,
    timeSliceTarget: method === 'Timeslices' ? sliceTarget / 100 : null,
    alerts,
    policy: [],
  };
  const windowText = calendarUnit ? describeWindow({ window }) : `rolling ${options.window}`;
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
    return { ok: true, figures, text: describe(figures, target, windowText, spec, null) };
  }

  const preview = previewCsv(options.data.text, 1);
  if (!preview.ok)
    return {
      ok: false,
      problems: preview.problems.map((p) => `${options.data!.name}: ${describeCsvProblem(p)}`),
    };
  const header = preview.value.header;
  const data = options.data;
  const wanted =
    'value' in data
      ? [column(header, data.timestamp, 'timestamp'), column(header, data.value, 'value')]
      : [
          column(header, data.timestamp, 'timestamp'),
          column(header, data.good, 'good'),
          column(header, data.total, 'total'),
        ];
  const missing = wanted.filter((c): c is string => typeof c === 'string');
  if (missing.length) return { ok: false, problems: missing };
  const [timestamp, first, second] = wanted as number[];
  const parsed = parseSliCsv(
    data.text,
    'value' in data
      ? { mode: 'value', timestamp: timestamp!, value: first! }
      : { mode: 'good-total', timestamp: timestamp!, good: first!, total: second! },
    { timeZone },
  );
  if (!parsed.ok)
    return {
      ok: false,
      problems: parsed.problems.map((p) => `${data.name}: ${describeCsvProblem(p)}`),
    };
  return seriesBudget(spec, parsed.value.data, atMs, allowed, windowText);
}

/**
 * The figures of an SLO over a series, evaluated at `atMs` (default: the series' last step):
 * for a CSV's data and for history pulled from Prometheus alike.
 */
export function seriesBudget(
  spec: SloSpec,
  series: SliData,
  atMs: number | null,
  allowedMinutes: number,
  windowText: string,
): BudgetResult {
  const length = series.kind === 'counts' ? series.total.length : series.values.length;
  const lastMs = series.startMs + (length - 1) * series.stepMs;
  const status = evaluateSlo(spec, series, atMs ?? lastMs);
  const figures: BudgetFigures = cleaned({
    allowedDowntimeMinutes: allowedMinutes,
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
  });
  return {
    ok: true,
    figures,
    text: describe(figures, spec.target, windowText, spec, new Date(status.atMs).toISOString()),
  };
}

function describe(
  f: BudgetFigures,
  target: number,
  window: string,
  spec: SloSpec,
  at: string | null,
): string {
  const method =
    spec.budgetingMethod === 'Occurrences'
      ? 'counting events'
      : `counting ${windowLabel(spec.timeSliceMinutes ?? 1)} slices${spec.timeSliceTarget === null ? ' by their ratio' : `, each good at ${formatTarget(spec.timeSliceTarget)} good events`}`;
  const lines = [
    `SLO: ${formatTarget(target)} over a ${window} window, ${method}`,
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
