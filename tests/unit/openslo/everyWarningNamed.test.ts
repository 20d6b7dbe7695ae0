import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../../shared/cli/validateCommand';
import type { OpenSloProblem } from '../../../shared/slo/openslo/openSloReport';
import { importSloFiles } from '../../../shared/slo/importSloFiles';
import { corpusDir } from '../slo/corpusDir';

/** Each file makes the reader say one thing that is a note, not a broken rule. */
const NOTES: [note: string, text: string][] = [
  [
    'v1alpha-slice-length',
    `apiVersion: openslo/v1alpha
kind: SLO
metadata: { name: checkout }
spec:
  service: shop
  budgetingMethod: Timeslices
  timeWindows: [{ unit: Day, count: 28, isRolling: true }]
  objectives:
    - target: 0.99
      timeSliceTarget: 0.9
      ratioMetrics:
        counter: true
        good: { source: prometheus, queryType: promql, query: ok }
        total: { source: prometheus, queryType: promql, query: all }
`,
  ],
  [
    'rolling-calendar-unit',
    `apiVersion: openslo/v1
kind: SLO
metadata: { name: checkout }
spec:
  service: shop
  indicator:
    metadata: { name: ok }
    spec:
      ratioMetric:
        counter: true
        good: { metricSource: { type: Prometheus, spec: { query: ok } } }
        total: { metricSource: { type: Prometheus, spec: { query: all } } }
  timeWindow: [{ duration: 1M, isRolling: true }]
  budgetingMethod: Occurrences
  objectives: [{ target: 0.99 }]
`,
  ],
];

const problemsOf = (files: { name: string; text: string }[]): OpenSloProblem[] =>
  importSloFiles(files).problems;

function expectNamed(problems: OpenSloProblem[], where: string) {
  for (const p of problems.filter((q) => q.severity === 'warning')) {
    expect(p.rule, `${where}: “${p.message}” names no rule`).toMatch(/^[a-z0-9-]+$/);
    expect(p.document, where).toBeGreaterThan(0);
  }
}

describe('every warning names its rule or note, its document and its line', () => {
  it.each(NOTES)('%s: a named note that --strict lets pass', (note, text) => {
    const problems = problemsOf([{ name: 'slo.yaml', text }]);
    const named = problems.filter((p) => p.rule === note);
    expect(named, JSON.stringify(problems)).toHaveLength(1);
    expect(named[0]!.note).toBe(true);
    expect(named[0]!.line).not.toBeNull();
    expectNamed(problems, note);
    const strict = validateFiles([{ name: 'slo.yaml', text }], true);
    const line = strict.find((l) => l.text.endsWith(`[note: ${note}]`));
    expect(line?.failed, strict.map((l) => l.text).join('\n')).toBe(false);
  });

  it('names Sloth’s own rules, and --strict refuses them as Sloth does', () => {
    const text = `version: prometheus/v1
service: shop
slos:
  - name: "Checkout SLO!"
    objective: 99.9
    sli:
      events:
        error_query: sum(rate(errors[5m]))
        total_query: sum(rate(requests[5m]))
    alerting: { name: CheckoutBudget }
`;
    const problems = problemsOf([{ name: 'sloth.yaml', text }]);
    expect(problems.map((p) => p.rule).sort()).toEqual([
      'sloth-name-format',
      'sloth-window-template',
    ]);
    const strict = validateFiles([{ name: 'sloth.yaml', text }], true);
    expect(strict.filter((l) => l.failed)).toHaveLength(2);
  });

  const dir = corpusDir('openslo-sloth');
  it.skipIf(!dir)('holds for every file of the real corpus', () => {
    let warnings = 0;
    for (const sub of ['openslo', 'sloth']) {
      for (const name of readdirSync(join(dir!, sub))) {
        const problems = problemsOf([{ name, text: readFileSync(join(dir!, sub, name), 'utf8') }]);
        warnings += problems.filter((p) => p.severity === 'warning').length;
        expectNamed(problems, name);
      }
    }
    // The corpus has warnings to check: a test over none would prove nothing.
    expect(warnings).toBeGreaterThan(5);
  });
});
