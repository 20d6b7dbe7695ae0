import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { Slo } from '../../../shared/domain/slo';
import { importedAsSlos } from '../../../shared/slo/importSloFiles';
import { exportOpenSlo } from '../../../shared/slo/openslo/exportOpenSlo';
import {
  importOpenSlo,
  importOpenSloFiles,
  type OpenSloImport,
} from '../../../shared/slo/openslo/importOpenSlo';
import { corpusDir } from './corpusDir';

const dir = corpusDir('openslo-sloth', 'openslo');
if (!dir)
  console.warn('SKIPPED: no ../shared/corpus/openslo-sloth on this machine (set SLO_CORPUS_DIR).');

/** The SLOs an import would store. */
const stored = (result: OpenSloImport): Slo[] =>
  importedAsSlos(result.slos, '2026-01-01T00:00:00.000Z');

type Doc = Record<string, unknown> & { kind?: string; metadata?: { name?: string } };

/** Every mapping of a YAML text, a top-level list flattened, by "Kind/name". */
function documentsOf(text: string): Map<string, Doc> {
  const out = new Map<string, Doc>();
  for (const doc of parseAllDocuments(text)) {
    const data = doc.toJS() as unknown;
    for (const item of Array.isArray(data) ? data : [data]) {
      const d = item as Doc;
      if (d && typeof d === 'object') out.set(`${d.kind}/${d.metadata?.name}`, d);
    }
  }
  return out;
}

const files = dir ? readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f)) : [];

describe.skipIf(!dir)('OpenSLO from real files goes back out as it came in', () => {
  it('keeps every field of every v1 document read without an error (deep comparison)', () => {
    let compared = 0;
    for (const file of files) {
      const text = readFileSync(join(dir!, file), 'utf8');
      const result = importOpenSlo(text);
      if (result.slos.length === 0 || result.problems.some((p) => p.severity === 'error')) continue;
      if (!/apiVersion: openslo\/v1\s/.test(text)) continue; // v1alpha goes out as v1
      const input = documentsOf(text);
      const output = documentsOf(exportOpenSlo(stored(result)));
      for (const [key, doc] of input) {
        expect(output.get(key), `${file}: ${key}`).toEqual(doc);
        compared += 1;
      }
    }
    // The SDK's, oslo's, sloctl's and the spec's v1 files: not a vacuous pass.
    expect(compared).toBeGreaterThanOrEqual(8);
  });

  it('is stable: import, export, import, export gives the same text for every readable file', () => {
    let checked = 0;
    for (const file of files) {
      const first = importOpenSlo(readFileSync(join(dir!, file), 'utf8'));
      if (first.slos.length === 0) continue;
      const once = exportOpenSlo(stored(first));
      const again = importOpenSlo(once);
      expect(
        again.problems.filter((p) => p.severity === 'error'),
        file,
      ).toEqual([]);
      expect(
        again.slos.map((s) => s.draft),
        file,
      ).toEqual(first.slos.map((s) => s.draft));
      expect(exportOpenSlo(stored(again)), file).toBe(once);
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it('writes an edit over the file and leaves the rest alone: name, labels, query, calendar', () => {
    const text = readFileSync(join(dir!, 'gosdk-v1-examples-slos.yaml'), 'utf8');
    const [slo] = stored(importOpenSlo(text));
    expect(slo!.window).toEqual({
      kind: 'calendar',
      unit: 'week',
      timeZone: 'America/New_York',
      startTime: '2022-01-01 12:00:00',
    });
    const edited: Slo = { ...slo!, target: 0.99, name: 'Web availability', owners: 'Web SRE' };
    const out = documentsOf(exportOpenSlo([edited])).get('SLO/web-availability')!;
    const original = documentsOf(text).get('SLO/web-availability')!;
    const spec = out['spec'] as Record<string, unknown>;
    expect(out['metadata']).toEqual({
      ...original.metadata,
      displayName: 'Web availability',
      annotations: { 'slo-workbook/owners': 'Web SRE' },
    });
    expect(spec['indicator']).toEqual((original['spec'] as Record<string, unknown>)['indicator']);
    expect(spec['timeWindow']).toEqual((original['spec'] as Record<string, unknown>)['timeWindow']);
    expect(spec['objectives']).toEqual([
      {
        ...((original['spec'] as Record<string, unknown>)['objectives'] as object[])[0],
        target: 0.99,
      },
    ]);
  });

  it('writes an edited query where it was read from, and an edited window whole', () => {
    const text = readFileSync(join(dir!, 'gosdk-v1-examples-slos.yaml'), 'utf8');
    const [slo] = stored(importOpenSlo(text));
    if (slo!.sli.kind !== 'ratio') throw new Error('expected a ratio SLI');
    const query = 'sum(rate(http_requests{code!~"5.."}[5m]))';
    const edited: Slo = {
      ...slo!,
      sli: { ...slo!.sli, goodDescription: query },
      window: { kind: 'rolling', minutes: 28 * 1440 },
    };
    const out = exportOpenSlo([edited]);
    expect(out).toContain(`query: sum(rate(http_requests{code!~"5.."}[5m]))`);
    const again = stored(importOpenSlo(out))[0]!;
    expect(again.sli).toEqual(edited.sli);
    expect(again.window).toEqual(edited.window);
    expect(documentsOf(out).get('SLO/web-availability')!['metadata']).toMatchObject({
      name: 'web-availability',
      labels: { env: ['prod'], team: ['team-a', 'team-b'] },
    });
  });
});

describe('OpenSLO from several files at once', () => {
  const sli = `apiVersion: openslo/v1
kind: SLI
metadata:
  name: checkout-success
  displayName: Checkout success
spec:
  ratioMetric:
    counter: true
    good:
      metricSource:
        metricSourceRef: prom-main
        type: Prometheus
        spec:
          query: sum(rate(checkout_total{code="200"}[1m]))
    total:
      metricSource:
        metricSourceRef: prom-main
        type: Prometheus
        spec:
          query: sum(rate(checkout_total[1m]))
---
apiVersion: openslo/v1
kind: DataSource
metadata:
  name: prom-main
spec:
  type: Prometheus
  connectionDetails:
    url: http://prometheus:9090
`;
  const slo = `- apiVersion: openslo/v1
  kind: SLO
  metadata:
    name: checkout
    labels:
      tier: ["1"]
  spec:
    service: shop
    indicatorRef: checkout-success
    timeWindow:
      - duration: 1M
        isRolling: false
        calendar:
          startTime: "2025-01-15 00:00:00"
          timeZone: Europe/Berlin
    budgetingMethod: Occurrences
    objectives:
      - displayName: Fast enough
        target: 0.999
      - displayName: Mostly
        target: 0.99
- apiVersion: openslo/v1
  kind: Service
  metadata:
    name: shop
  spec:
    description: The web shop
`;

  it('finds an indicatorRef in another file, and keeps the SLI, service and data source', () => {
    const result = importOpenSloFiles([
      { name: 'slis.yaml', text: sli },
      { name: 'slos.yaml', text: slo },
    ]);
    expect(result.problems).toEqual([]);
    expect(result.slos.map((s) => s.name)).toEqual(['checkout (Fast enough)', 'checkout (Mostly)']);
    expect(result.slos[0]!.draft.sli).toEqual({
      kind: 'ratio',
      goodDescription: 'sum(rate(checkout_total{code="200"}[1m]))',
      validDescription: 'sum(rate(checkout_total[1m]))',
    });
    expect(result.slos[0]!.draft.window).toEqual({
      kind: 'calendar',
      unit: 'month',
      timeZone: 'Europe/Berlin',
      startTime: '2025-01-15 00:00:00',
    });
    expect(result.kept).toEqual([
      { kind: 'SLI', name: 'checkout-success', keptWith: 'checkout (Fast enough)' },
      { kind: 'DataSource', name: 'prom-main', keptWith: 'checkout (Fast enough)' },
      { kind: 'Service', name: 'shop', keptWith: 'checkout (Fast enough)' },
    ]);
    // Both objectives go back out as the one document they came in, beside what it refers to.
    const out = documentsOf(exportOpenSlo(stored(result)));
    const input = new Map([...documentsOf(sli), ...documentsOf(slo)]);
    expect([...out.keys()].sort()).toEqual([...input.keys()].sort());
    for (const [key, doc] of input) expect(out.get(key), key).toEqual(doc);
  });

  it('names the file of a problem, and says when a reference finds nothing in any file', () => {
    const result = importOpenSloFiles([
      { name: 'slos.yaml', text: slo },
      { name: 'broken.yaml', text: 'kind: [' },
    ]);
    const lines = result.problems.map((p) => `${p.file}: ${p.message}`);
    expect(lines).toContain(
      'slos.yaml: indicatorRef “checkout-success” names no SLI document in the files read.',
    );
    expect(lines.some((l) => l.startsWith('broken.yaml: not readable YAML'))).toBe(true);
  });

  it('writes a document with only the objectives still in the workbook', () => {
    const [fast] = stored(importOpenSloFiles([{ name: 'a', text: sli + '---\n' + slo }]));
    const out = documentsOf(exportOpenSlo([fast!])).get('SLO/checkout')!;
    expect((out['spec'] as { objectives: unknown[] }).objectives).toEqual([
      { displayName: 'Fast enough', target: 0.999 },
    ]);
  });

  it('writes objectives edited apart as documents of their own, the first keeping the name', () => {
    const [fast, mostly] = stored(importOpenSloFiles([{ name: 'a', text: sli + '---\n' + slo }]));
    const rolling: Slo = { ...mostly!, window: { kind: 'rolling', minutes: 7 * 1440 } };
    const out = documentsOf(exportOpenSlo([fast!, rolling]));
    expect(out.has('SLO/checkout')).toBe(true);
    expect(out.get('SLO/checkout-2')!['spec']).toMatchObject({
      timeWindow: [{ duration: '7d', isRolling: true }],
      objectives: [{ displayName: 'Mostly', target: 0.99 }],
    });
  });
});
