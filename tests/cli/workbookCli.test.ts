import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  ftruncateSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbookFile, serializeWorkbookFile } from '../../shared/domain/workbookFile';
import { buildSampleWorkbook } from '../../shared/sample/sampleWorkbook';
import { corpusDir } from '../unit/slo/corpusDir';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'workbook-cli-'));
const cli = join(work, 'bin', 'workbook.mjs');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs', join(work, 'bin')], {
    cwd: root,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`building the command line failed:\n${build.stderr}`);
  const sample = buildSampleWorkbook({ endMs: Date.parse('2026-11-20T12:00:00Z') });
  writeFileSync(
    join(work, 'sample.json'),
    serializeWorkbookFile(buildWorkbookFile(sample, '0.1.0', '2026-11-21T00:00:00.000Z')),
  );
  // Three days of per-minute counts; the last two hours fail at 2%.
  const start = Date.parse('2026-11-01T00:00:00Z');
  const lines = ['timestamp,good,total'];
  for (let i = 0; i < 3 * 1440; i += 1) {
    const failing = i >= 3 * 1440 - 120 ? 2 : 0;
    lines.push(`${new Date(start + i * 60_000).toISOString()},${100 - failing},100`);
  }
  writeFileSync(join(work, 'sli.csv'), `${lines.join('\n')}\n`);
});

describe('workbook budget', () => {
  it('prints only the budget arithmetic without data, with the documented JSON keys', () => {
    const { status, stdout } = run('budget', '--target', '99.9', '--window', '30d', '--json');
    expect(status).toBe(0);
    const figures = JSON.parse(stdout);
    expect(Object.keys(figures).sort()).toEqual(
      [
        'alerts',
        'allowedBadEvents',
        'allowedDowntimeMinutes',
        'budgetConsumed',
        'budgetRemaining',
        'burnRates',
        'exhaustionAt',
        'sli',
      ].sort(),
    );
    expect(figures.allowedDowntimeMinutes).toBe(43.2);
    expect(figures.sli).toBeNull();
    expect(figures.exhaustionAt).toBeNull();
    expect(figures.alerts[0]).toEqual({
      severity: 'page',
      longWindow: '1h',
      shortWindow: '5m',
      burnRate: 14.4,
      firing: false,
    });
  });

  it('evaluates SLI data at its last timestamp, or at --at', () => {
    const args = ['budget', '--target', '99.9', '--window', '30d', '--data', 'sli.csv'];
    const cols = ['--timestamp', 'timestamp', '--good', 'good', '--total', '3', '--json'];
    const last = JSON.parse(run(...args, ...cols).stdout);
    // 120 minutes at 2% failing of 4,320 minutes x 100 requests.
    expect(last.allowedBadEvents).toBeCloseTo(432, 6);
    expect(last.budgetConsumed).toBeCloseTo(240 / 432, 9);
    expect(last.sli).toBeCloseTo(1 - 240 / 432_000, 12);
    expect(last.burnRates['1h']).toBeCloseTo(20, 9);
    expect(last.alerts.find((a: { longWindow: string }) => a.longWindow === '1h').firing).toBe(
      true,
    );
    expect(last.exhaustionAt).toMatch(/^2026-11-0\dT/);

    const before = JSON.parse(run(...args, ...cols, '--at', '2026-11-03T12:00:00Z').stdout);
    expect(before.budgetConsumed).toBe(0);
    expect(before.alerts.every((a: { firing: boolean }) => !a.firing)).toBe(true);
    expect(before.exhaustionAt).toBeNull();
  });

  it('explains wrong options in words, with a non-zero status', () => {
    const bad = run('budget', '--target', '100', '--window', 'monthly');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/--target must be a percentage/);
    expect(bad.stderr).toMatch(/--window must be a length/);
    const col = run('budget', '--target', '99', '--window', '7d', '--data', 'sli.csv');
    expect(col.status).toBe(2);
    expect(col.stderr).toMatch(/name the columns/);
    const missing = run(
      'budget',
      '--target',
      '99',
      '--window',
      '7d',
      '--data',
      'sli.csv',
      '--timestamp',
      'time',
      '--good',
      'good',
      '--total',
      'total',
    );
    expect(missing.stderr).toMatch(
      /“time” is not in the file; its columns are: timestamp, good, total/,
    );
    expect(run('budget', '--target', '99.9', '--window', '30d').stdout).toMatch(
      /Allowed downtime: 43\.2 min per window/,
    );
  });
});

describe('workbook budget: calendar windows, time slices, a value column', () => {
  it('measures a calendar month in its zone, from its start', () => {
    const args = [
      'budget',
      '--target',
      '99.9',
      '--window',
      'month',
      '--time-zone',
      'Europe/Berlin',
    ];
    const text = run(...args).stdout;
    expect(text).toMatch(
      /^SLO: 99\.9% over a calendar month \(Europe\/Berlin\) window, counting events$/m,
    );
    const from15th = run(
      ...args,
      '--start',
      '2026-01-15',
      '--data',
      'sli.csv',
      '--timestamp',
      '1',
      '--good',
      '2',
      '--total',
      '3',
      '--json',
    );
    expect(from15th.status, from15th.stderr).toBe(0);
    // The data (1-3 November) lies in the month from 15 October: all of it counts.
    const figures = JSON.parse(from15th.stdout);
    expect(figures.sli).toBeCloseTo(1 - 240 / 432_000, 12);
    expect(run(...args, '--start', '15th').stderr).toMatch(/--start must be a date and time/);
    expect(
      run('budget', '--target', '99', '--window', 'month', '--time-zone', 'Mars/Base').stderr,
    ).toMatch(/--time-zone must be a zone/);
  });

  it('counts time slices, by a slice target or by their ratio', () => {
    const base = [
      'budget',
      '--target',
      '99',
      '--window',
      '3d',
      '--data',
      'sli.csv',
      '--timestamp',
      '1',
      '--good',
      '2',
      '--total',
      '3',
    ];
    const slices = run(...base, '--method', 'timeslices', '--slice', '5m', '--slice-target', '99');
    expect(slices.status, slices.stderr).toBe(0);
    expect(slices.stdout).toMatch(/counting 5m slices, each good at 99% good events/);
    // 120 minutes at 98% good: 24 of 864 five-minute slices are bad.
    const json = JSON.parse(
      run(...base, '--method', 'timeslices', '--slice', '5m', '--slice-target', '99', '--json')
        .stdout,
    );
    expect(json.sli).toBeCloseTo(1 - 24 / 864, 9);
    expect(run(...base, '--method', 'ratio-timeslices').stdout).toMatch(
      /counting 1m slices by their ratio/,
    );
    expect(run(...base, '--method', 'sometimes').stderr).toMatch(/--method must be occurrences/);
  });

  it('reads a value column: a success ratio, or a value to compare with --good-when', () => {
    const lines = ['time,ratio,latency_ms'];
    for (let m = 0; m < 60; m += 1)
      lines.push(
        `2026-11-01T00:${String(m).padStart(2, '0')}:00Z,${m < 6 ? 0.5 : 1},${m < 12 ? 900 : 120}`,
      );
    writeFileSync(join(work, 'values.csv'), `${lines.join('\n')}\n`);
    const common = [
      'budget',
      '--target',
      '99',
      '--window',
      '1h',
      '--data',
      'values.csv',
      '--timestamp',
      'time',
      '--json',
    ];
    const ratio = JSON.parse(run(...common, '--value', 'ratio').stdout);
    expect(ratio.sli).toBeCloseTo(1 - 3 / 60, 9);
    const latency = JSON.parse(
      run(...common, '--value', 'latency_ms', '--good-when', '<=300').stdout,
    );
    expect(latency.sli).toBeCloseTo(1 - 12 / 60, 9);
    expect(run(...common, '--value', 'latency_ms', '--good-when', 'fast').stderr).toMatch(
      /--good-when must be a comparison/,
    );
    expect(run(...common, '--value', 'ratio', '--good', 'x').status).toBe(2);
  });
});

describe('workbook validate', () => {
  it('accepts a good workbook file and names each problem of a broken one', () => {
    const good = run('validate', 'sample.json');
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(
      /a valid workbook file \(workbook “Sample: Brightcart”: 1 journeys/,
    );
    const text = readFileSync(join(work, 'sample.json'), 'utf8');
    writeFileSync(join(work, 'cut.json'), text.slice(0, 5000));
    const cut = run('validate', 'cut.json');
    expect(cut.status).toBe(1);
    expect(cut.stdout).toMatch(/looks cut short/);
    const file = JSON.parse(text);
    file.slos[0].target = 2;
    file.retros = [];
    writeFileSync(join(work, 'broken.json'), JSON.stringify(file));
    const broken = run('validate', 'broken.json');
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/slos\.0\.target/);
    expect(broken.stdout).toMatch(
      /timelineEvents\.0\.retroId: names a retrospective that is not in the file/,
    );
  });

  it('checks OpenSLO YAML and gives each problem its document and line', () => {
    writeFileSync(
      join(work, 'slo.yaml'),
      [
        'apiVersion: openslo/v1',
        'kind: SLO',
        'metadata:',
        '  name: checkout',
        'spec:',
        '  service: shop',
        '  budgetingMethod: Occurrences',
        '  timeWindow:',
        '    - duration: 28d',
        '      isRolling: true',
        '  objectives:',
        '    - target: 1.5',
        '',
      ].join('\n'),
    );
    const result = run('validate', 'slo.yaml');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/slo\.yaml: Document 1 \(SLO checkout\), line \d+, spec/);
  });

  it('says plainly when the file is missing', () => {
    const result = run('validate', 'nope.json');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('Cannot read nope.json: no such file.\n');
  });
});

describe('workbook report', () => {
  it('writes every report and its charts into --out', () => {
    const result = run('report', 'sample.json', '--out', 'reports');
    expect(result.status).toBe(0);
    const files = readdirSync(join(work, 'reports')).sort();
    expect(files).toContain('workbook-sample-brightcart.md');
    expect(files).toContain('slo-checkout-payment-succeeds.md');
    expect(files).toContain('journey-checkout.md');
    expect(files).toContain('retro-payment-errors-after-the-card-vault-deploy.md');
    expect(files).toContain('action-items-sample-brightcart.md');
    expect(files.filter((f) => f.endsWith('.svg')).length).toBeGreaterThanOrEqual(2);
    // Every file written is listed (a chart shared by two reports is listed by each).
    const listed = new Set(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => line.split(/[\\/]/).pop()),
    );
    expect([...listed].sort()).toEqual(files);
    const slo = readFileSync(join(work, 'reports', 'slo-checkout-payment-succeeds.md'), 'utf8');
    const chart = /\]\(([^)]+\.svg)\)/.exec(slo)![1]!;
    expect(existsSync(join(work, 'reports', chart))).toBe(true);
  });

  it('writes nothing for a file that is not a workbook', () => {
    writeFileSync(join(work, 'other.json'), '{"hello": 1}');
    const result = run('report', 'other.json', '--out', 'none');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/not a readable workbook file/);
    expect(existsSync(join(work, 'none'))).toBe(false);
  });

  it('prints usage for no command or an unknown one', () => {
    expect(run().status).toBe(2);
    expect(run('--help')).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('workbook report FILE.json'),
    });
    expect(run('frobnicate').stderr).toMatch(/Unknown command “frobnicate”/);
  });
});

describe('workbook validate reads files as the app does', () => {
  it('reads a workbook file saved as UTF-8 with a mark, and as UTF-16 in both byte orders', () => {
    const text = readFileSync(join(work, 'sample.json'), 'utf8');
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const utf16be = Buffer.from(utf16le);
    utf16be.swap16();
    const files: [string, Buffer][] = [
      ['bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
      ['utf16le.json', utf16le],
      ['utf16be.json', utf16be],
      ['utf16-unmarked.json', Buffer.from(text, 'utf16le')],
    ];
    for (const [name, bytes] of files) {
      writeFileSync(join(work, name), bytes);
      const { status, stdout } = run('validate', name);
      expect(status, name).toBe(0);
      expect(stdout).toMatch(/a valid workbook file/);
    }
  });

  it('tells an empty file, [] and null for what they are, not as YAML problems', () => {
    const cases: [string, string, RegExp][] = [
      ['empty.json', '', /The file is empty/],
      ['list.json', '[]\n', /holds an empty list/],
      ['null.json', 'null', /holds only “null”/],
    ];
    for (const [name, content, message] of cases) {
      writeFileSync(join(work, name), content);
      const { status, stdout } = run('validate', name);
      expect(status, name).toBe(1);
      expect(stdout).toMatch(message);
      expect(stdout).not.toMatch(/YAML|undefined/);
    }
  });

  it('reports a file from a newer SLO Workbook as such', () => {
    const text = readFileSync(join(work, 'sample.json'), 'utf8').replace(
      /"version": \d+/,
      '"version": 99',
    );
    writeFileSync(join(work, 'newer.json'), text);
    const { status, stdout } = run('validate', 'newer.json');
    expect(status).toBe(1);
    expect(stdout).toMatch(/made by a newer version of SLO Workbook/);
  });
});

describe('workbook validate --strict and workbook convert', () => {
  const sloth = `version: prometheus/v1
service: payments
slos:
  - name: card-authorisations
    objective: 99.5
    sli:
      events:
        error_query: sum(rate(auth_requests_total{code=~"5.."}[{{.window}}]))
        total_query: sum(rate(auth_requests_total[{{.window}}]))
    alerting:
      name: CardAuthorisationsBurn
`;

  it('gates on broken OpenSLO rules only with --strict', () => {
    writeFileSync(
      join(work, 'named.yaml'),
      [
        'apiVersion: openslo/v1',
        'kind: SLO',
        'metadata:',
        '  name: Checkout_SLO',
        'spec:',
        '  service: shop',
        '  indicator:',
        '    metadata: { name: ok }',
        '    spec:',
        '      ratioMetric:',
        '        good: { metricSource: { type: Prometheus, spec: { query: "sum(rate(ok[5m]))" } } }',
        '        total: { metricSource: { type: Prometheus, spec: { query: "sum(rate(all[5m]))" } } }',
        '  budgetingMethod: Occurrences',
        '  timeWindow:',
        '    - duration: 28d',
        '      isRolling: true',
        '  objectives:',
        '    - target: 0.99',
        '',
      ].join('\n'),
    );
    const lenient = run('validate', 'named.yaml');
    expect(lenient.status).toBe(0);
    expect(lenient.stdout).toMatch(/named\.yaml: warning: Document 1 .* \[name-format\]/);
    const strict = run('validate', '--strict', 'named.yaml');
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/named\.yaml: Document 1 .* \[name-format\]/);
  });

  it('converts a Sloth spec to Prometheus rules that promtool accepts', () => {
    writeFileSync(join(work, 'payments.sloth.yaml'), sloth);
    const result = run(
      'convert',
      'payments.sloth.yaml',
      '--to',
      'rules',
      '--out',
      'out/payments.rules.yaml',
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe('out/payments.rules.yaml\n');
    const rules = readFileSync(join(work, 'out', 'payments.rules.yaml'), 'utf8');
    expect(rules).toContain('alert: CardAuthorisationsBurn');
    const checked = spawnSync(
      'promtool',
      ['check', 'rules', join(work, 'out', 'payments.rules.yaml')],
      {
        encoding: 'utf8',
      },
    );
    expect(checked.status, `${checked.stdout}${checked.stderr}`).toBe(0);
    // And to OpenSLO, printed: the query goes as a Prometheus metric source.
    const openslo = run('convert', 'payments.sloth.yaml', '--to', 'openslo');
    expect(openslo.status).toBe(0);
    expect(openslo.stdout).toContain('bad:\n');
    expect(openslo.stdout).toContain('type: Prometheus');
  });

  it('converts a workbook file’s SLOs, and says which a format cannot hold', () => {
    const result = run('convert', 'sample.json', '--to', 'sloth');
    expect(result.stderr).toMatch(/left out “.*”: /);
  });

  it('converts nothing when a file has an error', () => {
    writeFileSync(
      join(work, 'broken.sloth.yaml'),
      sloth.replace('objective: 99.5', 'objective: 120'),
    );
    const result = run('convert', 'broken.sloth.yaml', '--to', 'rules', '--out', 'none/x.yaml');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/objective must be a percentage.*\nNothing was written\.\n$/s);
    expect(existsSync(join(work, 'none'))).toBe(false);
    expect(run('convert', 'payments.sloth.yaml').status).toBe(2);
  });
});

describe('workbook on hostile files: refused in words, without reading them whole', () => {
  it('refuses a file over the app’s size limit before reading it (a sparse 200 MB file)', () => {
    const path = join(work, 'huge.yaml');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024); // sparse: no disk used, and nothing to read but zeros
    closeSync(fd);
    const result = run('validate', 'huge.yaml');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /huge\.yaml” is 200\.0 MB\. SLO Workbook opens files up to 100\.0 MB/,
    );
  });

  it('refuses 99 aliases of a long list in words, without expanding them', () => {
    const list = Array.from({ length: 100_000 }, (_, i) => `  - item${i}\n`).join('');
    const refs = Array.from({ length: 99 }, () => '  - *big\n').join('');
    writeFileSync(
      join(work, 'bomb.yaml'),
      `big: &big\n${list}apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: x\nrefs:\n${refs}`,
    );
    const result = run('validate', 'bomb.yaml');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/aliases \(\*name\) repeat the same content too many times/);
    const converted = run('convert', 'bomb.yaml', '--to', 'sloth');
    expect(converted.status).toBe(1);
    expect(converted.stderr).toMatch(/aliases/);
    // Parsing 1.4 MB of YAML takes a second or two; seconds more on a machine whose cores are busy.
  }, 120_000);

  it('says a deeply nested YAML or JSON file nests too deeply, never “Maximum call stack”', () => {
    writeFileSync(join(work, 'deep.yaml'), `a: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
    writeFileSync(
      join(work, 'deep.json'),
      `{"apiVersion": "openslo/v1", "a": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    );
    for (const name of ['deep.yaml', 'deep.json']) {
      const result = run('validate', name);
      expect(result.status, name).toBe(1);
      expect(result.stdout + result.stderr, name).toMatch(/nests lists or mappings too deeply/);
      expect(result.stdout + result.stderr, name).not.toMatch(/call stack/i);
    }
  }, 120_000);

  it('names the format it read: a Sloth file is a valid Sloth file', () => {
    const dir = corpusDir('openslo-sloth', 'sloth');
    if (!dir) return expect.soft(dir, 'the corpus is not on this machine').not.toBeNull();
    const result = run('validate', join(dir, 'sloth-getting-started.yml'));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/a valid Sloth file \(1 documents, 1 SLOs readable\)/);
    expect(result.stdout).not.toMatch(/OpenSLO/);
  });
});
