import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { convertCommand } from '../../../shared/cli/convertCommand';
import { validateFiles } from '../../../shared/cli/validateCommand';
import { counterForm } from '../../../shared/slo/openslo/counterQuery';
import { corpusDir } from './corpusDir';

const NOW = '2026-01-01T00:00:00.000Z';

/** Every Sloth spec of the corpus: Sloth's own examples and test data, as their authors wrote them. */
const slothFiles = [corpusDir('openslo-sloth', 'sloth'), corpusDir('real', 'slo')]
  .filter((d): d is string => d !== null)
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /^sloth-.*\.ya?ml$/.test(f))
      .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') })),
  )
  .filter((f) => /version: "?prometheus\/v1|sloth\.slok\.dev/.test(f.text));
if (slothFiles.length === 0)
  console.warn('SKIPPED: no Sloth files in ../shared/corpus on this machine (set SLO_CORPUS_DIR).');

type Json = Record<string, unknown>;
const docsOf = (yaml: string) => parseAllDocuments(yaml).map((d) => d.toJS() as Json);

describe('a Sloth window query as the OpenSLO counter it measures', () => {
  it.each([
    [
      'sum(rate(http_requests_total{code=~"5.."}[{{.window}}]))',
      'sum(http_requests_total{code=~"5.."})',
    ],
    ['rate(x_total[{{ .window }}])', 'x_total'],
    ['increase(x_total{a="}{"}[{{.window}}])', 'x_total{a="}{"}'],
    ['sum by (code) (rate(x_total[{{.window}}]))', 'sum by (code) (x_total)'],
    ['sum(rate(x_total[{{.window}}])) by (job)', 'sum by (job) (x_total)'],
  ])('%s -> %s', (query, counter) => {
    expect(counterForm(query)).toBe(counter);
  });

  it.each([
    'sum(rate(a[{{.window}}])) / sum(rate(b[{{.window}}]))',
    'histogram_quantile(0.99, sum by (le) (rate(b_bucket[{{.window}}])))',
    'sum(rate(a[{{.window}}])) * 60',
    'max(rate(a[{{.window}}]))',
    'sum_over_time((count(x < 0.75))[{{.window}}:])',
  ])('has no exact counter form: %s', (query) => {
    expect(counterForm(query)).toBeNull();
  });
});

describe.skipIf(slothFiles.length === 0)('Sloth files converted to OpenSLO', () => {
  it(`never writes {{.window}}, and every result passes validate --strict (${slothFiles.length} real files)`, () => {
    let converted = 0;
    for (const file of slothFiles) {
      const result = convertCommand([file], 'openslo', 'slos', NOW);
      if (!result.ok) {
        // Only what Sloth itself cannot run, or a plugin whose queries live inside Sloth.
        expect(result.problems.join('\n'), file.name).toMatch(
          /plugin|objective must be|holds no Sloth SLOs/,
        );
        continue;
      }
      converted += 1;
      expect(result.text, file.name).not.toMatch(/\{\{/);
      expect(result.text, file.name).not.toContain('slo-workbook/error-budget-policy');
      const lines = validateFiles([{ name: 'out.yaml', text: result.text }], true);
      expect(
        lines.filter((l) => l.failed).map((l) => l.text),
        file.name,
      ).toEqual([]);
      // Every query with no exact counter form is named in a note.
      const gauges = docsOf(result.text).filter(
        (d) =>
          JSON.stringify(d).includes('"counter":false') &&
          JSON.stringify(d).includes('"rawType"') === false,
      );
      expect(result.notes.filter((n) => n.startsWith('note:')).length).toBeGreaterThanOrEqual(
        gauges.length,
      );
    }
    expect(converted).toBeGreaterThanOrEqual(6);
    // A dozen files read, converted and read again: seconds when the cores are busy.
  }, 60_000);

  it('keeps labels, the alert name, severities and annotations as OpenSLO fields', () => {
    const file = slothFiles.find((f) => f.name === 'sloth-getting-started.yml');
    if (!file) return;
    const result = convertCommand([file], 'openslo', 'slos', NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [slo] = docsOf(result.text) as {
      metadata: { labels: Json; annotations: Json };
      spec: { indicator: { spec: Json }; alertPolicies: Json[] };
    }[];
    expect(slo!.metadata.labels).toEqual({
      owner: ['myteam'],
      repo: ['myorg/myservice'],
      tier: ['2'],
    });
    expect(slo!.spec.indicator.spec).toEqual({
      ratioMetric: {
        counter: true,
        bad: {
          metricSource: {
            type: 'Prometheus',
            spec: {
              query: 'sum(http_request_duration_seconds_count{job="myservice",code=~"(5..|429)"})',
            },
          },
        },
        total: {
          metricSource: {
            type: 'Prometheus',
            spec: { query: 'sum(http_request_duration_seconds_count{job="myservice"})' },
          },
        },
      },
    });
    const policies = slo!.spec.alertPolicies as {
      metadata: { labels: Json; annotations: Json };
      spec: { conditions: { spec: { severity: string; condition: Json } }[] };
    }[];
    expect(policies.map((p) => p.spec.conditions[0]!.spec.severity)).toEqual([
      'pageteam',
      'pageteam',
      'slack',
    ]);
    for (const p of policies) {
      expect(p.metadata.annotations).toMatchObject({
        'sloth.slok.dev/alert-name': 'MyServiceHighErrorRate',
        summary: "High error rate on 'myservice' requests responses",
      });
      expect(p.metadata.labels).toMatchObject({ category: ['availability'] });
    }
    expect(policies[0]!.metadata.labels).toMatchObject({ routing_key: ['myteam'] });
    expect(policies[2]!.metadata.labels).toMatchObject({ slack_channel: ['#alerts-myteam'] });
    expect(policies[0]!.spec.conditions[0]!.spec.condition).toEqual({
      kind: 'burnrate',
      op: 'gte',
      threshold: 14.4,
      lookbackWindow: '1h',
    });
  });

  it('writes no alert policy for an alert Sloth disables, and says how a query it cannot count was written', () => {
    const noAlerts = slothFiles.find((f) => f.name === 'sloth-no-alerts.yml');
    if (noAlerts) {
      const result = convertCommand([noAlerts], 'openslo', 'slos', NOW);
      expect(result.ok && result.text).not.toMatch(/alertPolicies/);
    }
    const wifi = slothFiles.find((f) => f.name === 'sloth-home-wifi.yml');
    if (wifi) {
      const result = convertCommand([wifi], 'openslo', 'slos', NOW);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.notes.join('\n')).toMatch(
        /no exact counter form.*counter: false over a 5m range/,
      );
      expect(result.text).toMatch(/\[5m:\]/);
    }
  });
});
