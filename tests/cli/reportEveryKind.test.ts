import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbookFile, serializeWorkbookFile } from '../../shared/domain/workbookFile';
import { REPORT_KIND_ORDER, REPORT_KINDS, renderReport } from '../../shared/report/reportKinds';
import { buildSampleWorkbook } from '../../shared/sample/sampleWorkbook';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'workbook-report-kinds-'));
const cli = join(work, 'bin', 'workbook.mjs');
const sample = buildSampleWorkbook({ endMs: Date.parse('2026-11-20T12:00:00Z') });

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs', join(work, 'bin')], {
    cwd: root,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`building the command line failed:\n${build.stderr}`);
  writeFileSync(
    join(work, 'sample.json'),
    serializeWorkbookFile(buildWorkbookFile(sample, '0.1.0', '2026-11-21T00:00:00.000Z')),
  );
});

describe('workbook report writes every kind of report the app offers', () => {
  it('one report per kind, and one per record for the kinds about a record (account reviews too)', () => {
    const result = spawnSync(process.execPath, [cli, 'report', 'sample.json', '--out', 'out'], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC' },
    });
    expect(result.status).toBe(0);
    const files = new Set(readdirSync(join(work, 'out')));
    const ctx = { generatedAt: '2026-11-21T00:00:00.000Z', timeZone: 'UTC' };
    for (const kind of REPORT_KIND_ORDER) {
      const list = REPORT_KINDS[kind].subjects;
      const ids = list ? sample[list].map((record) => record.id) : [null];
      expect(ids.length, `the sample has something to report as ${kind}`).toBeGreaterThan(0);
      for (const id of ids) {
        const { fileName } = renderReport(sample, kind, id, ctx);
        expect(files, `${kind} report ${fileName}`).toContain(fileName);
      }
    }
    const reviews = [...files].filter((name) => name.startsWith('account-'));
    expect(reviews).toHaveLength(sample.accounts.length);
    // The journey's report carries the revenue at risk its page shows.
    const journey = readFileSync(join(work, 'out', 'journey-checkout.md'), 'utf8');
    expect(journey).toMatch(/\*\*Revenue at risk on this journey:\*\* \$750,000 \(/);
  });
});
