import type { SliData } from '../sliSeries';
import { PrometheusError, type PrometheusClient } from './prometheusApi';
import type { PullPlan } from './pullPlan';
import { stepQuery, windowTotalQuery, type PullQueries, type PullQuery } from './pullQueries';
import { sumSteps } from './stepSeries';

export interface PulledSli {
  data: SliData;
  /** Steps with data. */
  rows: number;
  /** Steps with no data: no samples, a target that was down. */
  gaps: number;
  /** Range requests made. */
  requests: number;
}

export interface PullProgress {
  done: number;
  total: number;
}

/** The query or queries one step needs, by role. */
function roles(queries: PullQueries): [string, PullQuery][] {
  switch (queries.kind) {
    case 'good-total':
      return [
        ['good', queries.good],
        ['total', queries.total],
      ];
    case 'bad-total':
      return [
        ['bad', queries.bad],
        ['total', queries.total],
      ];
    case 'success-ratio':
    case 'error-ratio':
      return [['ratio', queries.ratio]];
  }
}

/**
 * Pulls an SLI's history as the plan says, request by request (progress after each, stopped by
 * `signal` between and during them), into the series the app stores. Nothing is returned, and so
 * nothing written, unless every request answered.
 */
export async function pullSliHistory(options: {
  client: PrometheusClient;
  queries: PullQueries;
  plan: PullPlan;
  signal?: AbortSignal;
  onProgress?: (progress: PullProgress) => void;
}): Promise<PulledSli> {
  const { client, queries, plan, signal } = options;
  const { startMs, stepMs, length } = plan;
  const parts = roles(queries);
  const arrays = new Map(parts.map(([role]) => [role, new Float64Array(length).fill(Number.NaN)]));
  const total = plan.requests.length * parts.length;
  let done = 0;
  options.onProgress?.({ done, total });
  for (const request of plan.requests) {
    const fromMs = startMs + request.first * stepMs;
    const toMs = fromMs + request.count * stepMs;
    for (const [role, query] of parts) {
      if (signal?.aborted) throw new PrometheusError('cancelled', 'Stopped.');
      const matrix = await client.queryRange(
        stepQuery(query, stepMs / 1000),
        fromMs / 1000,
        toMs / 1000,
        stepMs / 1000,
        signal,
      );
      arrays
        .get(role)!
        .set(sumSteps(matrix, query.form, fromMs, stepMs, request.count), request.first);
      done += 1;
      options.onProgress?.({ done, total });
    }
  }
  const data = toSliData(queries, arrays, startMs, stepMs, length);
  const first = data.kind === 'counts' ? data.total : data.values;
  let gaps = 0;
  for (const v of first) if (Number.isNaN(v)) gaps += 1;
  return { data, rows: length - gaps, gaps, requests: plan.requests.length };
}

function toSliData(
  queries: PullQueries,
  arrays: Map<string, Float64Array>,
  startMs: number,
  stepMs: number,
  length: number,
): SliData {
  if (queries.kind === 'success-ratio' || queries.kind === 'error-ratio') {
    const values = arrays.get('ratio')!;
    if (queries.kind === 'error-ratio')
      for (let i = 0; i < length; i += 1) values[i] = 1 - values[i]!;
    return { kind: 'values', startMs, stepMs, values };
  }
  const total = arrays.get('total')!;
  const part = arrays.get(queries.kind === 'good-total' ? 'good' : 'bad')!;
  const good = new Float64Array(length);
  for (let i = 0; i < length; i += 1) {
    const t = total[i]!;
    // No total is a gap. A total with no good (or bad) series is none of them: Prometheus gives
    // no series for errors that never happened.
    const p = Number.isNaN(part[i]!) ? 0 : part[i]!;
    good[i] = Number.isNaN(t) ? Number.NaN : queries.kind === 'good-total' ? p : t - p;
    if (Number.isNaN(t)) total[i] = Number.NaN;
  }
  return { kind: 'counts', startMs, stepMs, good, total };
}

export interface WindowCheck {
  /** What was checked: "good" / "bad" / "total". */
  role: string;
  /** The sum of the pulled steps over the window. */
  pulled: number;
  /** Prometheus' own count over the window, from one instant query. */
  prometheus: number;
  /** |pulled − prometheus| / prometheus; 0 when both are 0. */
  difference: number;
}

/**
 * Prometheus' own totals over the last window (instant `increase(…[window])` queries) beside the
 * sum of the pulled steps over the same time: a check that the pull missed nothing. Prometheus
 * extrapolates at a window's ends and the pull does not, so the two may differ by a little.
 */
export async function checkWindowTotals(options: {
  client: PrometheusClient;
  queries: PullQueries;
  pulled: SliData;
  windowMs: number;
  signal?: AbortSignal;
}): Promise<WindowCheck[]> {
  const { client, queries, pulled, signal } = options;
  if (pulled.kind !== 'counts') return [];
  const length = pulled.total.length;
  const endMs = pulled.startMs + length * pulled.stepMs;
  const fromIndex = Math.max(0, length - Math.round(options.windowMs / pulled.stepMs));
  const windowS = ((length - fromIndex) * pulled.stepMs) / 1000;
  const sumOf = (array: Float64Array) => {
    let sum = 0;
    for (let i = fromIndex; i < length; i += 1) if (!Number.isNaN(array[i]!)) sum += array[i]!;
    return sum;
  };
  const checks: WindowCheck[] = [];
  for (const [role, query] of roles(queries)) {
    const text = windowTotalQuery(query, windowS, pulled.stepMs / 1000);
    if (text === null) continue;
    const answer = await client.query(text, endMs / 1000, signal);
    const prometheus =
      answer.resultType === 'vector'
        ? answer.result.reduce((s, r) => s + (Number(r.value[1]) || 0), 0)
        : answer.resultType === 'scalar'
          ? Number(answer.result[1]) || 0
          : 0;
    let pulledSum: number;
    if (role === 'total') pulledSum = sumOf(pulled.total);
    else if (role === 'good') pulledSum = sumOf(pulled.good);
    else {
      const bad = new Float64Array(length);
      for (let i = 0; i < length; i += 1) bad[i] = pulled.total[i]! - pulled.good[i]!;
      pulledSum = sumOf(bad);
    }
    const difference =
      prometheus === 0 ? (pulledSum === 0 ? 0 : 1) : Math.abs(pulledSum - prometheus) / prometheus;
    checks.push({ role, pulled: pulledSum, prometheus, difference });
  }
  return checks;
}

/**
 * Stored data followed by a newer pull on the same grid: the pull wins where it has data (the
 * last stored step may have been pulled while it was still filling), the stored data elsewhere.
 * Null when the two are not on one grid (another step): then the pull replaces the data.
 */
export function appendPulled(stored: SliData, fresh: SliData, maxSteps: number): SliData | null {
  if (stored.kind !== fresh.kind || stored.stepMs !== fresh.stepMs) return null;
  const offset = (fresh.startMs - stored.startMs) / stored.stepMs;
  if (!Number.isInteger(offset) || offset < 0) return null;
  const a0 = stored.kind === 'counts' ? stored.total : stored.values;
  const f0 = fresh.kind === 'counts' ? fresh.total : fresh.values;
  const end = Math.max(a0.length, offset + f0.length);
  const drop = Math.max(0, end - maxSteps);
  const length = end - drop;
  const merge = (old: Float64Array, neu: Float64Array): Float64Array => {
    const out = new Float64Array(end).fill(Number.NaN);
    out.set(old, 0);
    for (let i = 0; i < neu.length; i += 1)
      if (!Number.isNaN(neu[i]!) || offset + i >= old.length) out[offset + i] = neu[i]!;
    return out.slice(drop, drop + length);
  };
  const startMs = stored.startMs + drop * stored.stepMs;
  if (stored.kind === 'counts' && fresh.kind === 'counts') {
    const total = merge(stored.total, fresh.total);
    const good = merge(stored.good, fresh.good);
    return { kind: 'counts', startMs, stepMs: stored.stepMs, good, total };
  }
  if (stored.kind === 'values' && fresh.kind === 'values')
    return {
      kind: 'values',
      startMs,
      stepMs: stored.stepMs,
      values: merge(stored.values, fresh.values),
    };
  return null;
}
