import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { Slo } from '../../../shared/domain/slo';
import { defaultAlertsForPeriod } from '../../../shared/slo/burnRateAlerts';
import {
  prometheusRuleFile,
  prometheusRuleResource,
  prometheusRules,
} from '../../../shared/slo/prometheus/prometheusRules';
import { prometheusSli, windowTemplate } from '../../../shared/slo/prometheus/prometheusSli';
import { promtool } from './promtool';

function slo(overrides: Partial<Slo> = {}): Slo {
  return {
    id: 's1',
    workbookId: 'wb',
    name: 'API availability',
    description: '',
    service: 'api',
    journeyId: null,
    stepId: null,
    sli: {
      kind: 'ratio',
      goodDescription: 'sum(rate(http_requests_total{job="api",code!~"5.."}[5m]))',
      validDescription: 'sum(rate(http_requests_total{job="api"}[5m]))',
    },
    target: 0.999,
    window: { kind: 'rolling', minutes: 30 * 1440 },
    budgetingMethod: 'Occurrences',
    timeSliceMinutes: null,
    timeSliceTarget: null,
    alerts: defaultAlertsForPeriod(),
    policy: [],
    owners: '',
    rationale: '',
    reviewDate: '',
    csValidatedOn: null,
    manualIncidents: [],
    dataSummary: null,
    origin: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** The labels every alert of the SLO above carries. */
const sloLabels = {
  slo_id: 'api-api-availability',
  slo_service: 'api',
  slo_name: 'API availability',
};

function annotationsOf(rules: string, severity: string) {
  const groups = parse(rules) as {
    groups: {
      rules: { alert?: string; labels?: Record<string, string>; annotations?: object }[];
    }[];
  };
  const rule = groups.groups
    .flatMap((g) => g.rules)
    .find((r) => r.alert && r.labels?.['slo_severity'] === severity);
  return rule!.annotations;
}

/** A unit test for promtool: series every minute, then what must fire when. */
function ruleTest(
  series: { series: string; values: string }[],
  evalMinutes: number,
  exp: object[],
) {
  return stringify({
    rule_files: ['rules.yaml'],
    evaluation_interval: '1m',
    tests: [
      {
        interval: '1m',
        input_series: series,
        alert_rule_test: [
          {
            eval_time: `${evalMinutes}m`,
            alertname: 'ApiApiAvailabilityErrorBudgetBurn',
            exp_alerts: exp,
          },
        ],
      },
    ],
  });
}

describe('Prometheus rules for an SLO', () => {
  const rules = prometheusRuleFile(prometheusRules([slo()]));

  it('passes promtool check rules, as a rule file and as the groups of a PrometheusRule', () => {
    const checked = promtool(['check', 'rules', 'rules.yaml'], { 'rules.yaml': rules });
    expect(checked.output).toMatch(/SUCCESS: \d+ rules found/);
    expect(checked.status).toBe(0);

    const resource = parse(prometheusRuleResource(prometheusRules([slo()]), 'API SLOs')) as {
      apiVersion: string;
      kind: string;
      metadata: { name: string };
      spec: { groups: unknown[] };
    };
    expect(resource).toMatchObject({
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'PrometheusRule',
      metadata: { name: 'api-slos' },
    });
    const groups = promtool(['check', 'rules', 'groups.yaml'], {
      'groups.yaml': stringify({ groups: resource.spec.groups }),
    });
    expect(groups.status, groups.output).toBe(0);
  });

  // The SRE Workbook's two faster tiers, page at 14.4× over 1 h and 5 m, ticket at 6× over 6 h
  // and 30 m: hours of input series rather than days, so promtool runs in about a second.
  const tiers = slo({
    alerts: [
      { severity: 'page', longWindowMinutes: 60, shortWindowMinutes: 5, burnRate: 14.4 },
      { severity: 'ticket', longWindowMinutes: 360, shortWindowMinutes: 30, burnRate: 6 },
    ],
  });
  const tierRules = prometheusRuleFile(prometheusRules([tiers]));

  it('pages on a fast burn, and the ticket alert stays quiet (promtool test rules)', () => {
    // 1,000 good requests a minute for seven hours, then 250 errors a minute (20%) from minute
    // 420. Six minutes in, the 1 h window has 1,500 errors in 61,500 requests (2.4%) and the 5 m
    // window 20%, both over 14.4 × 0.1%; the 6 h window has 1,500 in 361,500 (0.41%, under the
    // ticket's 6 × 0.1%).
    const series = [
      { series: 'http_requests_total{job="api",code="200"}', values: '0+1000x480' },
      { series: 'http_requests_total{job="api",code="500"}', values: '0x420 250+250x60' },
    ];
    const page = {
      exp_labels: { ...sloLabels, slo_severity: 'page' },
      exp_annotations: annotationsOf(tierRules, 'page'),
    };
    const files = (test: string) => ({ 'rules.yaml': tierRules, 'test.yaml': test });
    const result = promtool(['test', 'rules', 'test.yaml'], files(ruleTest(series, 426, [page])));
    expect(result.output).toContain('SUCCESS');
    expect(result.status, result.output).toBe(0);
    // Before the errors nothing fires: a test that expects the page there fails.
    const early = promtool(['test', 'rules', 'test.yaml'], files(ruleTest(series, 415, [page])));
    expect(early.status).not.toBe(0);
    expect(early.output).toContain('FAILED');
  }, 60_000);

  it('opens a ticket on a slow burn that never pages (promtool test rules)', () => {
    // 0.8% errors for seven hours: 8× the budget rate, under the page rate of 14.4, over the
    // ticket rate of 6 on both 6 h and 30 m.
    const series = [
      { series: 'http_requests_total{job="api",code="200"}', values: '0+992x420' },
      { series: 'http_requests_total{job="api",code="500"}', values: '0+8x420' },
    ];
    const ticket = {
      exp_labels: { ...sloLabels, slo_severity: 'ticket' },
      exp_annotations: annotationsOf(tierRules, 'ticket'),
    };
    const result = promtool(['test', 'rules', 'test.yaml'], {
      'rules.yaml': tierRules,
      'test.yaml': ruleTest(series, 400, [ticket]),
    });
    expect(result.status, result.output).toBe(0);
  }, 60_000);

  it('uses the SLO’s own windows and burn rates, and says what the budget is', () => {
    const own = slo({
      target: 0.995,
      window: { kind: 'rolling', minutes: 28 * 1440 },
      alerts: [{ severity: 'page', longWindowMinutes: 120, shortWindowMinutes: 10, burnRate: 10 }],
    });
    const result = prometheusRules([own]);
    const text = prometheusRuleFile(result);
    expect(text).toContain('record: slo:sli_error:ratio_rate2h');
    expect(text).toContain('record: slo:sli_error:ratio_rate10m');
    expect(text).toContain('record: slo:sli_error:ratio_rate28d');
    expect(text).toContain('(10 * 0.005)');
    expect(text).not.toContain('slo_severity: ticket');
    expect(text).toContain(
      'budget: "99.5% over 28 d: 0.5% of events may fail (3.36 h of full outage)"',
    );
    expect(promtool(['check', 'rules', 'r.yaml'], { 'r.yaml': text }).status).toBe(0);
  });

  it('says which SLOs have no rules, and why, in words', () => {
    const result = prometheusRules([
      slo({
        name: 'Latency',
        sli: { kind: 'threshold', metricDescription: 'p99', op: 'lte', threshold: 300, unit: 'ms' },
      }),
      slo({
        name: 'Prose',
        sli: { kind: 'ratio', goodDescription: 'orders that arrive', validDescription: 'orders' },
      }),
      slo({
        name: 'Bare counter',
        sli: { kind: 'ratio', goodDescription: 'sum(http_ok)', validDescription: 'sum(http_all)' },
      }),
      slo({ name: 'Twice' }),
      slo({ name: 'Twice' }),
    ]);
    expect(result.skipped).toEqual([
      { name: 'Latency', why: expect.stringContaining('threshold') },
      { name: 'Prose', why: '“orders that arrive” (good events) is not a Prometheus query.' },
      { name: 'Bare counter', why: expect.stringContaining('has no range such as [5m]') },
    ]);
    // Two SLOs of one name get rules of their own, not rules that add up.
    const names = result.groups.map((g) => g.name);
    expect(names).toContain('slo-workbook-api-twice-alerts');
    expect(names).toContain('slo-workbook-api-twice-2-alerts');
    expect(new Set(names).size).toBe(names.length);
  });

  it('makes a query’s range the window, keeping Sloth’s {{.window}} and Grafana’s intervals', () => {
    expect(windowTemplate('sum(rate(x[5m])) / sum(rate(y[1h30m]))')).toBe(
      'sum(rate(x[{{.window}}])) / sum(rate(y[{{.window}}]))',
    );
    expect(windowTemplate('rate(x[{{ .window }}])')).toBe('rate(x[{{.window}}])');
    expect(windowTemplate('rate(x[$__rate_interval])')).toBe('rate(x[{{.window}}])');
    // A subquery's range is not the SLI's window.
    expect(windowTemplate('max_over_time(rate(x[5m])[1h:1m])')).toBe(
      'max_over_time(rate(x[{{.window}}])[1h:1m])',
    );
    expect(prometheusSli(slo())).toMatchObject({ ok: true, sli: { kind: 'good-total' } });
  });
});
