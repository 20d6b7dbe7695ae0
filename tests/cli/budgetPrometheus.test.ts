import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ERROR_RATE,
  GOOD_COUNTER,
  HISTORY_END_MS,
  TOTAL_COUNTER,
  TOTAL_RATE,
  historyCsv,
  minuteCounts,
  openMetrics,
} from '../fixtures/prometheus/sliHistory';
import {
  TEST_PASSWORD,
  TEST_USER,
  startPrometheus,
  type RunningPrometheus,
} from '../fixtures/prometheus/realPrometheus';

// A real Prometheus and a month of minutes: seconds per run on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 600_000 });

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'workbook-cli-prometheus-'));
const cli = join(work, 'bin', 'workbook.mjs');
const AT = new Date(HISTORY_END_MS).toISOString();

/** Runs the built command without blocking the test's own event loop (the server is a child). */
function run(
  ...args: string[]
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: work,
      env: { ...process.env, TZ: 'UTC' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

const openslo = `apiVersion: openslo/v1
kind: SLO
metadata:
  name: api-availability
spec:
  service: api
  indicator:
    metadata:
      name: api-good-requests
    spec:
      ratioMetric:
        counter: true
        good:
          metricSource:
            type: Prometheus
            spec:
              query: ${GOOD_COUNTER}
        total:
          metricSource:
            type: Prometheus
            spec:
              query: ${TOTAL_COUNTER}
  timeWindow:
    - duration: 7d
      isRolling: true
  budgetingMethod: Occurrences
  objectives:
    - displayName: Available
      target: 0.999
`;

const sloth = `version: "prometheus/v1"
service: "api"
slos:
  - name: "requests-availability"
    objective: 99.9
    sli:
      events:
        error_query: ${ERROR_RATE}
        total_query: ${TOTAL_RATE}
    alerting:
      page_alert:
        disable: true
      ticket_alert:
        disable: true
`;

let prometheus: RunningPrometheus;

beforeAll(async () => {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs', join(work, 'bin')], {
    cwd: root,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`building the command line failed:\n${build.stderr}`);
  const counts = minuteCounts();
  writeFileSync(join(work, 'sli.csv'), historyCsv(counts));
  writeFileSync(join(work, 'openslo.yaml'), openslo);
  writeFileSync(join(work, 'sloth.yaml'), sloth);
  writeFileSync(join(work, 'password'), `${TEST_PASSWORD}\n`);
  writeFileSync(join(work, 'wrong-password'), 'not-it\n');
  prometheus = await startPrometheus({ openMetrics: openMetrics(counts), basicAuth: true });
});
afterAll(async () => prometheus?.stop());

describe('workbook budget --slo --prometheus', () => {
  it('evaluates OpenSLO counter queries and Sloth rate queries to the figures of the CSV', async () => {
    const auth = ['--user', TEST_USER, '--password-file', 'password'];
    // OpenSLO's file says 7 days; a Sloth spec's window is Sloth's default, 30 days.
    for (const [file, window] of [
      ['openslo.yaml', '7d'],
      ['sloth.yaml', '30d'],
    ] as const) {
      const csv = await run(
        ...['budget', '--target', '99.9', '--window', window, '--data', 'sli.csv'],
        ...['--timestamp', 'time', '--good', 'good', '--total', 'total', '--at', AT, '--json'],
      );
      expect(csv.stderr).toBe('');
      const expected = JSON.parse(csv.stdout);
      const pulled = await run(
        ...['budget', '--slo', file, '--prometheus', prometheus.url, ...auth, '--at', AT, '--json'],
      );
      expect(pulled.stderr).toBe('');
      expect(pulled.status).toBe(0);
      const figures = JSON.parse(pulled.stdout);
      expect(Object.keys(figures).sort()).toEqual(Object.keys(expected).sort());
      expect(expected.budgetConsumed).toBeGreaterThan(0.1);
      expect(
        Math.abs(figures.budgetConsumed - expected.budgetConsumed) / expected.budgetConsumed,
        file,
      ).toBeLessThan(0.001);
      expect(figures.sli).toBeCloseTo(expected.sli, 6);
      expect(figures.alerts.map((a: { firing: boolean }) => a.firing)).toEqual(
        expected.alerts.map((a: { firing: boolean }) => a.firing),
      );
    }
  });

  it('says a wrong password is one', async () => {
    const result = await run(
      ...['budget', '--slo', 'openslo.yaml', '--prometheus', prometheus.url],
      ...['--user', TEST_USER, '--password-file', 'wrong-password', '--at', AT],
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('wrong user or password');
  });

  it('asks for the sign-in as a pair', async () => {
    const result = await run(
      'budget',
      '--slo',
      'openslo.yaml',
      '--prometheus',
      prometheus.url,
      '--user',
      'sre',
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--password-file');
  });
});
