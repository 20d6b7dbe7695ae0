import { stringify } from 'yaml';
import type { BurnRateAlert, Slo } from '../../domain/slo';
import { allowedDowntimeMinutes } from '../budgetMath';
import { formatMinutes, toDurationString } from '../duration';
import { formatTarget } from '../formatFigures';
import { toOpenSloName } from '../openslo/openSloNames';
import { errorRatioAt, prometheusSli, type PrometheusSli } from './prometheusSli';
import { slothAlerting, type AlertSettings } from './slothAlerting';

/** Prometheus reads OpenSLO's shortest exact form too: "5m", "1h", "3d". */
const promDuration = toDurationString;

/** 1 - 0.999 without binary noise: 0.001, not 0.0010000000000000009. */
const budgetOf = (target: number) => Number((1 - target).toPrecision(12));
const number = (value: number) => String(Number(value.toPrecision(12)));

/** A PromQL label value in double quotes. */
const quoted = (text: string) =>
  `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

/** The SLO's whole period in minutes: a calendar period as its usual length (rules roll). */
function periodMinutes(slo: Slo): number {
  if (slo.window.kind === 'rolling') return slo.window.minutes;
  return { week: 7, month: 30, quarter: 90 }[slo.window.unit] * 1440;
}

interface Rule {
  record?: string;
  alert?: string;
  expr: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}
export interface RuleGroup {
  name: string;
  rules: Rule[];
}

export interface RulesResult {
  groups: RuleGroup[];
  /** SLOs that have no rules, and why, in words. */
  skipped: { name: string; why: string }[];
}

/** The id the rules carry for an SLO: its imported name, or one made from service and name. */
export function ruleSloId(slo: Slo): string {
  const origin = slo.origin?.documents[0];
  const metadata = origin?.['metadata'] as { name?: unknown } | undefined;
  if (slo.origin?.format === 'openslo' && typeof metadata?.name === 'string')
    return toOpenSloName(metadata.name);
  const sloth = slo.origin?.format === 'sloth' ? slothSloName(slo) : null;
  return toOpenSloName(`${slo.service ? `${slo.service}-` : ''}${sloth ?? slo.name}`);
}

function slothSloName(slo: Slo): string | null {
  const doc = slo.origin?.documents[0] as
    { slos?: { name?: unknown }[]; spec?: { slos?: { name?: unknown }[] } } | undefined;
  const name = (doc?.slos ?? doc?.spec?.slos)?.[0]?.name;
  return typeof name === 'string' ? name : null;
}

function describeAlert(alerts: BurnRateAlert[]): string {
  return alerts
    .map(
      (a) =>
        `over ${promDuration(a.longWindowMinutes)} and ${promDuration(a.shortWindowMinutes)} above ${number(a.burnRate)}× the budget rate`,
    )
    .join(', or ');
}

function alertExpr(id: string, alerts: BurnRateAlert[], budget: number): string {
  return alerts
    .map((a) => {
      const threshold = `(${number(a.burnRate)} * ${number(budget)})`;
      const side = (minutes: number) =>
        `max(slo:sli_error:ratio_rate${promDuration(minutes)}{slo_id=${quoted(id)}} > ${threshold}) without (slo_window)`;
      return `(\n  ${side(a.longWindowMinutes)}\n  and\n  ${side(a.shortWindowMinutes)}\n)`;
    })
    .join('\nor\n');
}

function sloGroups(slo: Slo, id: string, sli: PrometheusSli, settings: AlertSettings): RuleGroup[] {
  const period = periodMinutes(slo);
  const budget = budgetOf(slo.target);
  const labels = { ...settings.labels, slo_id: id, slo_service: slo.service, slo_name: slo.name };
  const windows = [
    ...new Set([5, ...slo.alerts.flatMap((a) => [a.shortWindowMinutes, a.longWindowMinutes])]),
  ].sort((a, b) => a - b);

  const recordings: Rule[] = windows.map((minutes) => ({
    record: `slo:sli_error:ratio_rate${promDuration(minutes)}`,
    expr: errorRatioAt(sli, promDuration(minutes)),
    labels: { ...labels, slo_window: promDuration(minutes) },
  }));
  // The whole period from the 5-minute ratios, as Sloth does: one range of 30 days of raw
  // samples per evaluation would cost Prometheus far more.
  const p = promDuration(period);
  const five = `slo:sli_error:ratio_rate5m{slo_id=${quoted(id)}}`;
  recordings.push({
    record: `slo:sli_error:ratio_rate${p}`,
    expr: `sum_over_time(${five}[${p}])\n/ ignoring (slo_window)\ncount_over_time(${five}[${p}])`,
    labels: { ...labels, slo_window: p },
  });

  const selector = `{slo_id=${quoted(id)}}`;
  const meta: Rule[] = [
    { record: 'slo:objective:ratio', expr: `vector(${number(slo.target)})`, labels },
    { record: 'slo:error_budget:ratio', expr: `vector(${number(budget)})`, labels },
    { record: 'slo:time_period:days', expr: `vector(${number(period / 1440)})`, labels },
    {
      record: 'slo:current_burn_rate:ratio',
      expr: `slo:sli_error:ratio_rate5m${selector}\n/ on (slo_id) group_left\nslo:error_budget:ratio${selector}`,
      labels,
    },
    {
      record: 'slo:period_burn_rate:ratio',
      expr: `slo:sli_error:ratio_rate${p}${selector}\n/ on (slo_id) group_left\nslo:error_budget:ratio${selector}`,
      labels,
    },
    {
      record: 'slo:period_error_budget_remaining:ratio',
      expr: `1 - slo:period_burn_rate:ratio${selector}`,
      labels,
    },
  ];

  const budgetText = `${formatTarget(slo.target)} over ${formatMinutes(period)}: ${number(budget * 100)}% of events may fail (${formatMinutes(allowedDowntimeMinutes(slo.target, period))} of full outage)`;
  const alerts: Rule[] = [];
  for (const severity of ['page', 'ticket'] as const) {
    const these = slo.alerts.filter((a) => a.severity === severity);
    const own = settings[severity];
    if (these.length === 0 || own.disabled) continue;
    alerts.push({
      alert: settings.name,
      expr: alertExpr(id, these, budget),
      labels: { ...settings.labels, ...own.labels, slo_id: id, slo_severity: severity },
      annotations: {
        summary: `${slo.name}: the error budget burns too fast`,
        description: `The error ratio of “${slo.name}” is ${describeAlert(these)}. At this pace the budget is gone long before the period ends.`,
        budget: budgetText,
        ...settings.annotations,
        ...own.annotations,
      },
    });
  }

  return [
    { name: `slo-workbook-${id}-sli-recordings`, rules: recordings },
    { name: `slo-workbook-${id}-meta-recordings`, rules: meta },
    ...(alerts.length ? [{ name: `slo-workbook-${id}-alerts`, rules: alerts }] : []),
  ];
}

/**
 * Prometheus rules for SLOs whose SLI has Prometheus queries: recording rules of the error ratio
 * over each window the alerts use, the SLO's figures, and the SRE Workbook's multi-window,
 * multi-burn-rate alerts (a page alert and a ticket alert, each firing when both its long and
 * short windows burn faster than their rate), with the SLO's own windows and rates.
 */
export function prometheusRules(slos: Slo[]): RulesResult {
  const groups: RuleGroup[] = [];
  const skipped: RulesResult['skipped'] = [];
  const ids = new Map<string, number>();
  for (const slo of slos) {
    const sli = prometheusSli(slo);
    if (!sli.ok) {
      skipped.push({ name: slo.name, why: sli.why });
      continue;
    }
    // Rules of two SLOs of one name would add up in Prometheus: the second one is numbered.
    const base = ruleSloId(slo);
    const seen = (ids.get(base) ?? 0) + 1;
    ids.set(base, seen);
    const id = seen === 1 ? base : `${base}-${seen}`;
    groups.push(...sloGroups(slo, id, sli.sli, slothAlerting(slo, id)));
  }
  return { groups, skipped };
}

/** A Prometheus rule file (`rule_files:`), as `promtool check rules` reads it. */
export function prometheusRuleFile(result: RulesResult): string {
  return stringify({ groups: result.groups }, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** The same rules as a Kubernetes PrometheusRule, for the Prometheus Operator. */
export function prometheusRuleResource(result: RulesResult, name: string): string {
  return stringify(
    {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'PrometheusRule',
      metadata: {
        name: toOpenSloName(name),
        labels: { 'app.kubernetes.io/managed-by': 'slo-workbook' },
      },
      spec: { groups: result.groups },
    },
    { lineWidth: 0, aliasDuplicateObjects: false },
  );
}
