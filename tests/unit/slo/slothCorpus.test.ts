import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import type { Slo } from '../../../shared/domain/slo';
import { importedAsSlos, importSloFiles } from '../../../shared/slo/importSloFiles';
import type { OpenSloImport } from '../../../shared/slo/openslo/importOpenSlo';
import {
  prometheusRuleFile,
  prometheusRules,
} from '../../../shared/slo/prometheus/prometheusRules';
import { exportSloth } from '../../../shared/slo/sloth/exportSloth';
import { promtool } from '../prometheus/promtool';
import { corpusDir } from './corpusDir';

const dir = corpusDir('openslo-sloth', 'sloth');
if (!dir)
  console.warn('SKIPPED: no ../shared/corpus/openslo-sloth on this machine (set SLO_CORPUS_DIR).');

const text = (name: string) => readFileSync(join(dir!, name), 'utf8');
const read = (...names: string[]) =>
  importSloFiles(names.map((name) => ({ name, text: text(name) })));

const stored = (result: OpenSloImport): Slo[] =>
  importedAsSlos(result.slos, '2026-01-01T00:00:00.000Z');

const documents = (yaml: string) => parseAllDocuments(yaml).map((d) => d.toJS() as unknown);

describe.skipIf(!dir)('Sloth specs as Sloth’s own examples write them', () => {
  it('reads a prometheus/v1 spec with its queries, objective and alerting', () => {
    const result = read('sloth-getting-started.yml');
    expect(result.problems).toEqual([]);
    expect(result.slos).toHaveLength(1);
    expect(result.slos[0]!.draft).toMatchObject({
      name: 'requests-availability',
      service: 'myservice',
      target: 0.999,
      description: 'Common SLO based on availability for HTTP request responses.',
      window: { kind: 'rolling', minutes: 30 * 1440 },
      sli: {
        kind: 'ratio',
        goodDescription:
          'all except: sum(rate(http_request_duration_seconds_count{job="myservice",code=~"(5..|429)"}[{{.window}}]))',
        validDescription:
          'sum(rate(http_request_duration_seconds_count{job="myservice"}[{{.window}}]))',
      },
    });
  });

  it('reads the Kubernetes PrometheusServiceLevel, a raw error ratio, and several specs in a file', () => {
    const k8s = read('sloth-k8s-getting-started.yml');
    expect(k8s.problems).toEqual([]);
    expect(k8s.slos.map((s) => s.draft.target)).toEqual([0.999]);
    const raw = read('sloth-raw-home-wifi.yml');
    expect(raw.slos[0]!.draft.sli).toMatchObject({
      goodDescription: expect.stringMatching(/^1 − failure ratio: 1 - \(/),
      validDescription: 'all events',
    });
    const multi = read('sloth-multifile.yml');
    expect(multi.problems).toEqual([]);
    expect(new Set(multi.slos.map((s) => s.draft.service))).toEqual(
      new Set(['myservice', 'myservice2']),
    );
  });

  it('takes the period and alert windows from an AlertWindows document of the same import', () => {
    const result = read('sloth-getting-started.yml', 'sloth-alertwindows-google-28d.yaml');
    expect(result.problems).toEqual([]);
    const draft = result.slos[0]!.draft;
    expect(draft.window).toEqual({ kind: 'rolling', minutes: 28 * 1440 });
    // 2% of a 28-day budget in 1 h is a burn rate of 13.44 (Google's SRE workbook table).
    expect(draft.alerts[0]).toEqual({
      severity: 'page',
      longWindowMinutes: 60,
      shortWindowMinutes: 5,
      burnRate: 13.44,
    });
    expect(draft.alerts.map((a) => a.severity)).toEqual(['page', 'page', 'ticket', 'ticket']);
  });

  it('writes each spec back as it came: service, labels, alerting, queries (deep comparison)', () => {
    for (const name of [
      'sloth-getting-started.yml',
      'sloth-k8s-getting-started.yml',
      'sloth-raw-home-wifi.yml',
      'sloth-multifile.yml',
    ]) {
      const once = exportSloth(stored(read(name)));
      expect(once.skipped, name).toEqual([]);
      expect(documents(once.text), name).toEqual(documents(text(name)));
      // And again: import, export, import, export is stable.
      const again = exportSloth(stored(importSloFiles([{ name, text: once.text }])));
      expect(again.text, name).toBe(once.text);
    }
  });

  it('writes an edited objective over the spec and keeps the rest', () => {
    const [slo] = stored(read('sloth-getting-started.yml'));
    const out = documents(exportSloth([{ ...slo!, target: 0.995 }]).text)[0] as {
      labels: object;
      slos: { objective: number; alerting: object }[];
    };
    const original = documents(text('sloth-getting-started.yml'))[0] as typeof out;
    expect(out.labels).toEqual(original.labels);
    expect(out.slos[0]!.objective).toBe(99.5);
    expect(out.slos[0]!.alerting).toEqual(original.slos[0]!.alerting);
  });

  it('writes Prometheus rules for every Sloth example that promtool accepts, with Sloth’s alerting', () => {
    for (const name of [
      'sloth-getting-started.yml',
      'sloth-k8s-getting-started.yml',
      'sloth-raw-home-wifi.yml',
      'sloth-multifile.yml',
      'sloth-openslo-getting-started.yml',
    ]) {
      const result = prometheusRules(stored(read(name)));
      expect(result.skipped, name).toEqual([]);
      const rules = prometheusRuleFile(result);
      const checked = promtool(['check', 'rules', 'rules.yaml'], { 'rules.yaml': rules });
      expect(checked.status, `${name}\n${checked.output}`).toBe(0);
    }
    const rules = prometheusRuleFile(prometheusRules(stored(read('sloth-getting-started.yml'))));
    expect(rules).toContain('alert: MyServiceHighErrorRate');
    expect(rules).toContain('routing_key: myteam');
    expect(rules).toContain('slack_channel: "#alerts-myteam"');
    expect(rules).toContain("summary: High error rate on 'myservice' requests responses");
    expect(rules).toContain(
      'sum(rate(http_request_duration_seconds_count{job="myservice",code=~"(5..|429)"}[1h]))',
    );
    // Five promtool runs: seconds on a machine whose cores are busy with other work.
  }, 60_000);
});

describe('Sloth from SLOs made in the app', () => {
  it('writes a spec per service with events, and says which SLOs cannot be written', () => {
    const own: Slo = {
      workbookId: 'wb',
      journeyId: null,
      stepId: null,
      budgetingMethod: 'Occurrences',
      timeSliceMinutes: null,
      timeSliceTarget: null,
      policy: [],
      owners: '',
      rationale: '',
      reviewDate: '',
      csValidatedOn: null,
      manualIncidents: [],
      dataSummary: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      id: 'own',
      name: 'Checkout completes',
      service: 'shop',
      origin: null,
      window: { kind: 'rolling', minutes: 28 * 1440 },
      sli: {
        kind: 'ratio',
        goodDescription: 'sum(rate(checkout_total{code="200"}[5m]))',
        validDescription: 'sum(rate(checkout_total[5m]))',
      },
      target: 0.999,
      alerts: [],
      description: '',
    };
    const prose: Slo = {
      ...own,
      id: 'p',
      name: 'Prose',
      sli: { kind: 'ratio', goodDescription: 'ok', validDescription: 'all' },
    };
    const out = exportSloth([own, prose]);
    expect(out.skipped).toEqual([
      { name: 'Prose', why: '“ok” (good events) is not a Prometheus query.' },
    ]);
    expect(out.text.startsWith('# Generate with: sloth generate --default-slo-period=28d\n')).toBe(
      true,
    );
    expect(documents(out.text)).toEqual([
      {
        version: 'prometheus/v1',
        service: 'shop',
        slos: [
          {
            name: 'checkout-completes',
            objective: 99.9,
            sli: {
              events: {
                error_query:
                  '(sum(rate(checkout_total[{{.window}}]))) - (sum(rate(checkout_total{code="200"}[{{.window}}])))',
                total_query: 'sum(rate(checkout_total[{{.window}}]))',
              },
            },
            alerting: {
              name: 'ShopCheckoutCompletesErrorBudgetBurn',
              page_alert: {},
              ticket_alert: {},
            },
          },
        ],
      },
    ]);
    // What the app writes, it reads back as the same SLO.
    const back = importSloFiles([{ name: 'x', text: stringify(documents(out.text)[0]) }]);
    expect(back.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(back.slos[0]!.draft.target).toBe(0.999);
  });
});
