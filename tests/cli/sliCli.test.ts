import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSliCsvLayout } from '../../shared/slo/csv/sliCsvLayout';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/real/sli');
const work = mkdtempSync(join(tmpdir(), 'workbook-sli-'));
const cli = join(work, 'bin', 'workbook.mjs');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const json = (...args: string[]) => {
  const result = run('sli', ...args, '--json');
  return { status: result.status, value: JSON.parse(result.stdout) };
};

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs', join(work, 'bin')], {
    cwd: root,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`building the command line failed:\n${build.stderr}`);
}, 120_000);

// Each test starts node a few times: seconds apiece on a busy machine.
describe('workbook sli', { timeout: 120_000 }, () => {
  it('reads a Grafana “series joined by time” export as wide, with the documented JSON keys', () => {
    const { status, value } = json(join(fixtures, 'sonda-grafana-export-joined.csv'));
    expect(status).toBe(0);
    for (const key of ['shape', 'timestamp', 'columns', 'rows', 'gaps', 'problems'])
      expect(value).toHaveProperty(key);
    expect(value).toMatchObject({
      shape: 'wide',
      timestamp: 'Time',
      columns: {
        mode: 'value',
        value: '{__name__="up", instance="localhost:9090", job="prometheus"}',
      },
      rows: 10,
      gaps: 0,
      problems: [],
      start: '2024-01-01T00:00:00.000Z',
      stepSeconds: 15,
    });
    expect(value.other).toMatchObject({ shape: 'long', possible: false });
  });

  it('reads the same layout as the app’s import dialog', () => {
    const file = join(fixtures, 'sonda-interface-flaps-joined.csv');
    const layout = readSliCsvLayout(readFileSync(file, 'utf8'));
    if (!layout.ok) throw new Error('readable');
    const { value } = json(file);
    expect(value.shape).toBe(layout.value.shape);
    expect(value.why).toBe(layout.value.why);
    expect(value.columnsWhy).toBe(layout.value.columnsWhy);
  });

  it('sums a DST hour written twelve times into one interval and says so, exit 0', () => {
    const file = join(fixtures, 'nab-ec2_disk_write_bytes_1ef3de.csv');
    const { status, value } = json(file);
    expect(status).toBe(0);
    expect(value).toMatchObject({ shape: 'wide', rows: 4730, gaps: 11, merged: 1, problems: [] });
    const text = run('sli', file);
    expect(text.stdout).toMatch(/wide \(series as columns\)/);
    expect(text.stdout).toMatch(/1 intervals held more than one row .*their values averaged/);
  });

  it('reads Grafana’s pre-7 exports: series as rows is long, series as columns is wide', () => {
    const file = join(fixtures, 'grafana-legacy-export-series-as-rows.csv');
    const { status, value } = json(file);
    expect(status).toBe(0);
    expect(value).toMatchObject({
      shape: 'long',
      timestamp: 'Time',
      series: ['series_1', 'series_2'],
      columns: { mode: 'good-total', good: 'series_1', total: 'series_2' },
      rows: 6,
      gaps: 4,
    });
    const wide = json(file, '--shape', 'wide');
    expect(wide.value.shape).toBe('wide');
    const columns = json(join(fixtures, 'grafana-legacy-export-series-as-columns.csv'));
    expect(columns.status).toBe(0);
    expect(columns.value).toMatchObject({
      shape: 'wide',
      timestamp: 'Time',
      columns: { mode: 'good-total', good: 'series_1', total: 'series_2' },
      rows: 6,
      gaps: 4,
    });
  });

  it('refuses a reading the file cannot have, and a bad file, with the reason and exit 1', () => {
    const long = json(join(fixtures, 'sonda-grafana-export-joined.csv'), '--shape', 'long');
    expect(long.status).toBe(1);
    expect(long.value.problems[0]).toEqual({
      line: null,
      message: expect.stringMatching(/holds series names/),
    });
    writeFileSync(
      join(work, 'bad.csv'),
      'time,good,total\n2026-11-01T00:00:00Z,5,10\n2026-11-01T00:01:00Z,12,10\n',
    );
    const bad = json('bad.csv');
    expect(bad.status).toBe(1);
    expect(bad.value.problems).toEqual([
      { line: 3, message: 'column “good”: good (12) is more than total (10).' },
    ]);
    const text = run('sli', 'bad.csv');
    expect(text.status).toBe(1);
    expect(text.stderr).toMatch(/bad\.csv: not read\.\n {2}Line 3: column “good”: good \(12\)/);
    expect(run('sli', 'missing.csv')).toMatchObject({ status: 1 });
    expect(run('sli')).toMatchObject({ status: 2 });
    expect(run('sli', 'bad.csv', '--shape', 'diagonal').status).toBe(2);
    expect(existsSync(join(work, 'bad.csv'))).toBe(true);
  });
});
