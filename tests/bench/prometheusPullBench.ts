import { spawn, spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { seeded } from '../../shared/seededRandom';
import { createPrometheusClient, type FetchLike } from '../../shared/slo/prometheus/prometheusApi';
import { planPull } from '../../shared/slo/prometheus/pullPlan';
import { pullQueriesOf } from '../../shared/slo/prometheus/pullQueries';
import { pullSliHistory } from '../../shared/slo/prometheus/pullSliHistory';
import { startPrometheus } from '../fixtures/prometheus/realPrometheus';
import { printRows } from './measure';

const MINUTE_MS = 60_000;
const DAYS = 90;
/** The history's first minute: 2026-06-01 00:00 UTC, at a fixed date so every run pulls the same. */
const START_MS = Date.UTC(2026, 5, 1);
const MINUTES = DAYS * 1440;
const END_MS = START_MS + MINUTES * MINUTE_MS;
const GOOD = 'sum(http_requests_total{job="api",code!~"5.."})';
const TOTAL = 'sum(http_requests_total{job="api"})';

/** 90 days of one-minute counter samples by code, as `promtool` backfills them. */
function ninetyDaysOfMinutes(): string {
  const random = seeded(20260601);
  const lines = ['# HELP http_requests Requests served.', '# TYPE http_requests counter'];
  const ok: number[] = [0];
  const failed: number[] = [0];
  for (let k = 1; k <= MINUTES; k += 1) {
    const total = 600 + Math.round(400 * Math.sin((2 * Math.PI * (k % 1440)) / 1440));
    const bad = random() < 0.2 ? 1 + Math.floor(random() * 3) : 0;
    ok.push(ok[k - 1]! + total - bad);
    failed.push(failed[k - 1]! + bad);
  }
  for (const [code, values] of [
    ['200', ok],
    ['500', failed],
  ] as const)
    for (let k = 0; k <= MINUTES; k += 1)
      lines.push(
        `http_requests_total{job="api",code="${code}"} ${values[k]} ${(START_MS + k * MINUTE_MS) / 1000}`,
      );
  lines.push('# EOF');
  return `${lines.join('\n')}\n`;
}

interface Call {
  url: string;
  body: string;
}

/** The same query_range calls, made by curl in one process (one connection, as a script would). */
function curlReplay(calls: Call[]): Promise<void> {
  const args = calls.flatMap((call, i) => [
    ...(i > 0 ? ['--next'] : []),
    '-sS',
    '-o',
    '/dev/null',
    '-H',
    'Content-Type: application/x-www-form-urlencoded',
    '--data-binary',
    call.body,
    call.url,
  ]);
  return new Promise((resolve, reject) => {
    const child = spawn('curl', args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`curl exited with ${code}`)),
    );
  });
}

/** Without curl: the same calls with Node's own http module, reading each answer whole. */
async function nodeHttpReplay(calls: Call[]): Promise<void> {
  for (const call of calls)
    await new Promise<void>((resolve, reject) => {
      const req = request(
        call.url,
        { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
        (res) => {
          res.on('data', () => undefined);
          res.once('end', resolve);
          res.once('error', reject);
        },
      );
      req.once('error', reject);
      req.end(call.body);
    });
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/**
 * Pull 90 days of one SLO at one-minute resolution from a real Prometheus backfilled with them
 * (once per run; promtool's blocks are kept between runs), beside curl making the same
 * query_range calls in the same run.
 */
export async function runPrometheusPullBench(): Promise<void> {
  if (spawnSync('prometheus', ['--version']).error) {
    console.log(
      '\nPrometheus pull: skipped, `prometheus` is not installed (apt-get install prometheus).',
    );
    return;
  }
  const backfillStart = performance.now();
  const prometheus = await startPrometheus({ openMetrics: ninetyDaysOfMinutes() });
  const backfillMs = performance.now() - backfillStart;
  try {
    const calls: Call[] = [];
    const recording: FetchLike = (url, init) => {
      if (url.includes('query_range')) calls.push({ url, body: init.body ?? '' });
      return fetch(url, init);
    };
    const read = pullQueriesOf({
      sli: { kind: 'ratio', goodDescription: GOOD, validDescription: TOTAL },
      origin: null,
    });
    if (!read.ok) throw new Error(read.why);
    const plan = planPull({ fromMs: START_MS, toMs: END_MS, resolutionMs: MINUTE_MS });
    const pull = (fetchLike: FetchLike) =>
      pullSliHistory({
        client: createPrometheusClient({
          source: { baseUrl: prometheus.url, auth: { kind: 'none' } },
          fetch: fetchLike,
        }),
        queries: read.queries,
        plan,
      });
    // The first pull warms Prometheus' caches and records the calls curl replays.
    const first = await pull(recording);
    if (first.rows !== plan.length) throw new Error(`pulled ${first.rows} of ${plan.length} steps`);
    const hasCurl = !spawnSync('curl', ['--version']).error;
    const replay = hasCurl ? () => curlReplay(calls) : () => nodeHttpReplay(calls);
    await replay();
    const runs = 5;
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      a.push(await timed(() => pull((url, init) => fetch(url, init))));
      b.push(await timed(replay));
    }
    a.sort((x, y) => x - y);
    b.sort((x, y) => x - y);
    const mid = Math.floor(runs / 2);
    printRows(
      `Prometheus pull (real Prometheus ${prometheus.url}, ${DAYS} days of 1-minute samples backfilled in ${(backfillMs / 1000).toFixed(1)} s)`,
      [
        {
          name: `pull ${DAYS} days of one SLO at 1-minute resolution (${plan.length.toLocaleString('en-US')} steps, ${calls.length} query_range calls)`,
          reference: hasCurl
            ? 'curl, the same query_range calls'
            : 'Node http.get of the same calls (curl is not installed)',
          goal: null,
          ms: a[0]!,
          referenceMs: b[0]!,
          medianMs: a[mid]!,
          referenceMedianMs: b[mid]!,
        },
      ],
    );
  } finally {
    await prometheus.stop();
  }
}
