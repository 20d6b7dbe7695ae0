import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertCommand } from '../../../shared/cli/convertCommand';
import { validateFiles } from '../../../shared/cli/validateCommand';
import { importSloFiles } from '../../../shared/slo/importSloFiles';

const dir = resolve(import.meta.dirname, '../../fixtures/real/slo');
const file = (name: string) => ({ name, text: readFileSync(join(dir, name), 'utf8') });
const verdict = (name: string) =>
  validateFiles([file(name)], false)
    .filter((l) => !l.text.startsWith('warning: '))
    .map((l) => l.text);

/** name -> what `validate` must say, and the SLOs a conversion to OpenSLO must hold. */
const READABLE: [name: string, verdict: string, slos: string[]][] = [
  [
    'sloth-contrib-denominator-corrected.yaml',
    'a valid Sloth file (1 documents, 1 SLOs readable).',
    ['slo1'],
  ],
  ['sloth-in-base.yaml', 'a valid Sloth file (1 documents, 2 SLOs readable).', ['slo1', 'slo02']],
  [
    'sloth-in-base-k8s.yaml',
    'a valid Sloth file (1 documents, 2 SLOs readable).',
    ['slo1', 'slo02'],
  ],
  [
    'sloth-in-multifile.yaml',
    'a valid Sloth file (2 documents, 4 SLOs readable).',
    ['slo1', 'slo02', 'slo1', 'slo02'],
  ],
  [
    'sloth-kubernetes-apiserver.yml',
    'a valid Sloth file (1 documents, 2 SLOs readable).',
    ['requests-availability', 'requests-latency'],
  ],
  [
    'sloth-validate-good-good-aa.yaml',
    'a valid Sloth file (1 documents, 2 SLOs readable).',
    ['slo1', 'slo02'],
  ],
  [
    'sloth-openslo-kubernetes-apiserver.yml',
    'a valid OpenSLO file (2 documents, 3 SLOs readable).',
    ['Requests Availability', 'Requests Latency (99%)', 'Requests Latency (99.9%)'],
  ],
  [
    'sloth-in-openslo.yaml',
    'a valid OpenSLO file (1 documents, 1 SLOs readable).',
    ['Integration test SLO1'],
  ],
  [
    'sloth-validate-good-good-openslo.yaml',
    'a valid OpenSLO file (1 documents, 1 SLOs readable).',
    ['Integration test SLO1'],
  ],
  // Bad for Sloth (it has no alert windows for 28 days); a 28-day rolling window here.
  [
    'sloth-validate-bad-bad-openslo.yaml',
    'a valid OpenSLO file (1 documents, 1 SLOs readable).',
    ['Integration test SLO1'],
  ],
];

describe('real Sloth and OpenSLO files from Sloth’s own repository', () => {
  it.each(READABLE)('%s reads as its format says', (name, said, slos) => {
    expect(verdict(name)).toEqual([said]);
    const result = importSloFiles([file(name)]);
    expect(result.slos.map((s) => s.name)).toEqual(slos);
    // A Sloth file has no error-budget policy, and none is invented.
    if (said.includes('Sloth')) for (const s of result.slos) expect(s.draft.policy).toEqual([]);
  });

  it.each(READABLE.filter(([name]) => !name.includes('openslo')))(
    '%s converts to OpenSLO without {{.window}}, strict-valid',
    (name, _said, slos) => {
      const converted = convertCommand([file(name)], 'openslo', 'out', '2026-01-01T00:00:00.000Z');
      expect(converted.ok).toBe(true);
      if (!converted.ok) return;
      expect(converted.text).not.toContain('{{');
      const lines = validateFiles([{ name: 'out.yaml', text: converted.text }], true);
      expect(lines.filter((l) => l.failed).map((l) => l.text)).toEqual([]);
      expect(lines.at(-1)!.text).toMatch(new RegExp(`${slos.length} SLOs readable`));
    },
  );

  it('a v1alpha window with no isRolling warns once that it is read as rolling', () => {
    const lines = validateFiles([file('sloth-in-openslo.yaml')], false).map((l) => l.text);
    expect(
      lines.filter((l) => l.startsWith('warning: ')).map((l) => l.replace(/.*\[/, '[')),
    ).toEqual(['[is-rolling]']);
    expect(lines.join('\n')).not.toMatch(/read as a calendar|Monday/);
  });

  it('refuses what Sloth refuses, in words', () => {
    expect(verdict('sloth-validate-bad-bad-ab.yaml').join('\n')).toMatch(
      /slos\[1\]\.objective: objective must be a percentage above 0 and below 100/,
    );
    expect(verdict('sloth-in-invalid-version.yaml').join('\n')).toMatch(
      /version “prometheus\/v999” is not one Sloth reads/,
    );
    expect(verdict('sloth-windows-7d.yaml')).toEqual(['Document 1: The file holds no Sloth SLOs.']);
  });

  it('takes the period and alert windows from an AlertWindows file read with the specs', () => {
    for (const [windows, days] of [
      ['sloth-windows-7d.yaml', 7],
      ['sloth-windows-custom-30d.yaml', 30],
    ] as const) {
      const result = importSloFiles([file(windows), file('sloth-in-base.yaml')]);
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(result.slos).toHaveLength(2);
      for (const s of result.slos) {
        expect(s.draft.window).toEqual({ kind: 'rolling', minutes: days * 1440 });
        expect(s.draft.alerts.length).toBe(4);
      }
    }
  });
});
