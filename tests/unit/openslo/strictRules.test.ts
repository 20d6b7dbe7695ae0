import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../../shared/cli/validateCommand';
import { importSloFiles } from '../../../shared/slo/importSloFiles';

/** An SLO every rule accepts; each case below breaks one rule of the OpenSLO Go SDK. */
const VALID = `apiVersion: openslo/v1
kind: SLO
metadata:
  name: checkout
  displayName: Checkout succeeds
  labels:
    team: [payments]
spec:
  description: Checkout requests succeed.
  service: shop
  indicator:
    metadata:
      name: checkout-ok
    spec:
      ratioMetric:
        counter: true
        good: { metricSource: { type: Prometheus, spec: { query: "sum(rate(ok[5m]))" } } }
        total: { metricSource: { type: Prometheus, spec: { query: "sum(rate(all[5m]))" } } }
  timeWindow:
    - duration: 1w
      isRolling: false
      calendar:
        startTime: "2024-01-06 12:00:00"
        timeZone: Europe/Berlin
  budgetingMethod: Timeslices
  objectives:
    - displayName: Good
      target: 0.99
      timeSliceTarget: 0.95
      timeSliceWindow: 5m
`;

/** rule -> how a file breaks it. The table the --strict gate enforces. */
const RULES: [rule: string, edit: (text: string) => string][] = [
  ['name-format', (t) => t.replace('name: checkout\n', 'name: Checkout_SLO\n')],
  ['name-required', (t) => t.replace('  name: checkout\n', '')],
  ['display-name-length', (t) => t.replace('Checkout succeeds', 'x'.repeat(64))],
  ['label-key', (t) => t.replace('team: [payments]', '"-team": [payments]')],
  ['api-version', (t) => t.replace('apiVersion: openslo/v1\n', 'apiVersion: openslo/v9\n')],
  ['description-length', (t) => t.replace('Checkout requests succeed.', 'y'.repeat(1051))],
  ['service-required', (t) => t.replace('  service: shop\n', '')],
  ['duration-format', (t) => t.replace('timeSliceWindow: 5m', 'timeSliceWindow: 300s')],
  ['calendar-start-time', (t) => t.replace('"2024-01-06 12:00:00"', '"2024-01-06T12:00"')],
  ['time-zone', (t) => t.replace('Europe/Berlin', 'Mars/Olympus')],
  ['calendar-required', (t) => t.replace(/ {6}calendar:\n.*\n.*\n/, '')],
  [
    'calendar-with-rolling',
    (t) => t.replace('duration: 1w\n      isRolling: false', 'duration: 7d\n      isRolling: true'),
  ],
  ['is-rolling', (t) => t.replace('isRolling: false', 'isRolling: "no"')],
  [
    'op-value-forbidden',
    (t) => t.replace('      target: 0.99\n', '      target: 0.99\n      op: lte\n'),
  ],
];

const check = (text: string, strict: boolean) =>
  validateFiles([{ name: 'slo.yaml', text }], strict);

describe('validate --strict refuses what the OpenSLO Go SDK refuses', () => {
  it('passes the valid file, strict or not, with no warning', () => {
    for (const strict of [false, true]) {
      const lines = check(VALID, strict);
      expect(lines.map((l) => l.text)).toEqual([
        'a valid OpenSLO file (1 documents, 1 SLOs readable).',
      ]);
    }
  });

  it.each(RULES)('%s: a warning naming its rule, and a failure with --strict', (rule, edit) => {
    const text = edit(VALID);
    expect(text, 'the case must change the file').not.toBe(VALID);
    const lenient = check(text, false);
    const named = lenient.filter((l) => l.text.endsWith(`[${rule}]`));
    expect(named, lenient.map((l) => l.text).join('\n')).toHaveLength(1);
    expect(named[0]!.text).toMatch(/^warning: Document 1 .*line \d+/);
    expect(lenient.some((l) => l.failed)).toBe(false);

    const strict = check(text, true);
    const refused = strict.find((l) => l.text.endsWith(`[${rule}]`));
    expect(refused?.failed).toBe(true);
    expect(refused?.text).not.toMatch(/^warning/);
  });

  it('lets notes on how a file was read pass --strict: they break no OpenSLO rule', () => {
    const rolling = VALID.replace(
      /duration: 1w\n {6}isRolling: false\n {6}calendar:\n.*\n.*\n/,
      'duration: 1M\n      isRolling: true\n',
    );
    const lines = check(rolling, true);
    expect(lines.some((l) => l.text.startsWith('warning: ') && l.text.includes('30 days'))).toBe(
      true,
    );
    expect(lines.some((l) => l.failed)).toBe(false);
  });

  it('reads several files together: a reference finds its SLI in another file', () => {
    const sli = `apiVersion: openslo/v1
kind: SLI
metadata:
  name: checkout-ok
spec:
  ratioMetric:
    counter: true
    good: { metricSource: { type: Prometheus, spec: { query: "sum(rate(ok[5m]))" } } }
    total: { metricSource: { type: Prometheus, spec: { query: "sum(rate(all[5m]))" } } }
`;
    const slo = VALID.replace(/ {2}indicator:\n(?: {4}.*\n)+/, '  indicatorRef: checkout-ok\n');
    expect(slo).toContain('indicatorRef: checkout-ok');
    const alone = validateFiles([{ name: 'slos.yaml', text: slo }], true);
    expect(alone.some((l) => l.failed)).toBe(true);
    const together = validateFiles(
      [
        { name: 'slis.yaml', text: sli },
        { name: 'slos.yaml', text: slo },
      ],
      true,
    );
    expect(together.map((l) => `${l.file}: ${l.text}`)).toEqual([
      'slis.yaml, slos.yaml: valid SLO files, all OpenSLO (2 documents, 1 SLOs readable).',
    ]);
  });
});

describe('what the Go SDK cannot even decode is refused, strict or not', () => {
  const refused = (text: string) =>
    [false, true].map((strict) => check(text, strict).filter((l) => l.failed));

  it('a ratioMetric with good: null and a number for total (the SDK: “one of good or bad”, no decode)', () => {
    const text = VALID.replace(
      /good: \{.*\}\n {8}total: \{.*\}\n/,
      'good: null\n        total: 5\n',
    );
    expect(text).toContain('good: null');
    for (const lines of refused(text)) {
      expect(lines.map((l) => l.text).join('\n')).toMatch(
        /ratioMetric\.total: total must be a mapping with a metricSource, not the value 5/,
      );
    }
  });

  it('good: null with a total is “exactly one of good or bad”, as a missing good is', () => {
    const text = VALID.replace(/good: \{.*\}\n/, 'good: null\n');
    for (const lines of refused(text))
      expect(lines.map((l) => l.text).join('\n')).toMatch(/exactly one of good or bad/);
  });

  it('metadata.name as a nested list: refused, and no SLO is read from it', () => {
    const text = VALID.replace('name: checkout\n', 'name: [[a, b], [c]]\n');
    for (const lines of refused(text))
      expect(lines.map((l) => l.text).join('\n')).toMatch(
        /metadata\.name: metadata\.name must be a name like checkout-latency, not a list/,
      );
    expect(importSloFiles([{ name: 'x.yaml', text }]).slos).toEqual([]);
  });

  it('a calendar window of a length no calendar has warns once, as the rolling window it is read as', () => {
    const text = VALID.replace(
      /duration: 1w\n {6}isRolling: false\n {6}calendar:\n.*\n.*\n/,
      'duration: 30d\n      isRolling: false\n',
    );
    const lines = check(text, false).map((l) => l.text);
    expect(lines.filter((l) => /Monday or the 1st/.test(l))).toEqual([]);
    expect(lines.filter((l) => /read as a rolling 30d window/.test(l))).toHaveLength(1);
    expect(lines.filter((l) => l.endsWith('[calendar-required]'))).toHaveLength(1);
  });
});

describe('the verdict names the format it read', () => {
  it('a Sloth file is “a valid Sloth file”, never “a valid OpenSLO file”', () => {
    const sloth = `version: "prometheus/v1"
service: "shop"
slos:
  - name: "checkout"
    objective: 99.9
    sli:
      events:
        error_query: sum(rate(http_requests_total{code=~"5.."}[{{.window}}]))
        total_query: sum(rate(http_requests_total[{{.window}}]))
    alerting:
      page_alert: { disable: true }
      ticket_alert: { disable: true }
`;
    const lines = validateFiles([{ name: 'sloth.yaml', text: sloth }], false);
    expect(lines.map((l) => l.text)).toEqual([
      'a valid Sloth file (1 documents, 1 SLOs readable).',
    ]);
    const mixed = validateFiles(
      [
        { name: 'sloth.yaml', text: sloth },
        { name: 'slo.yaml', text: VALID },
      ],
      false,
    );
    expect(mixed.at(-1)!.text).toMatch(/^valid SLO files, OpenSLO and Sloth \(/);
  });
});
