import { MAX_SERIES_POINTS } from '../../domain/bounds';
import type { SloWindow } from '../../domain/slo';
import { MAX_POINTS_PER_QUERY } from './prometheusApi';

const SECOND = 1000;
const DAY_MS = 86_400_000;

/** Steps that divide a day, so every stored day starts on the grid. */
const STEPS_S = [
  1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1200, 1800, 3600, 7200, 10800, 21600, 43200,
  86400,
];

export interface PullPlan {
  /** The first step's start; entry i covers [startMs + i·stepMs, startMs + (i+1)·stepMs). */
  startMs: number;
  stepMs: number;
  /** Steps pulled. */
  length: number;
  /** Steps per request, each asking Prometheus for at most 11,000 points (count + 1). */
  requests: { first: number; count: number }[];
}

export interface PlanOptions {
  fromMs: number;
  toMs: number;
  /** The data's own resolution (its scrape or recording interval): never pulled finer. */
  resolutionMs: number;
  /** Most steps kept in all (the app's bound on a stored series). */
  maxSteps?: number;
  /** Steps per request; Prometheus refuses more than 11,000 points per series. */
  maxPointsPerQuery?: number;
}

/**
 * The step and the requests of a pull: the step is the data's resolution, or coarser where the
 * range would hold more steps than the app keeps; a range over Prometheus' 11,000-point limit
 * becomes several requests, never a refusal.
 */
export function planPull(options: PlanOptions): PullPlan {
  const { fromMs, toMs } = options;
  const maxSteps = options.maxSteps ?? MAX_SERIES_POINTS;
  const perQuery = Math.max(1, (options.maxPointsPerQuery ?? MAX_POINTS_PER_QUERY) - 1);
  if (!(toMs > fromMs)) throw new Error('The range to pull must end after it starts.');
  const wantedS = Math.max(
    Math.ceil(options.resolutionMs / SECOND),
    Math.ceil((toMs - fromMs) / maxSteps / SECOND),
    1,
  );
  const stepS = STEPS_S.find((s) => s >= wantedS) ?? Math.ceil(wantedS / 86400) * 86400;
  const stepMs = stepS * SECOND;
  const startMs = Math.floor(fromMs / stepMs) * stepMs;
  const endMs = Math.floor(toMs / stepMs) * stepMs;
  const length = Math.max(0, Math.round((endMs - startMs) / stepMs));
  const requests: PullPlan['requests'] = [];
  for (let first = 0; first < length; first += perQuery)
    requests.push({ first, count: Math.min(perQuery, length - first) });
  return { startMs, stepMs, length, requests };
}

/** The SLO's window in ms; a calendar period at its longest (a quarter: 92 days). */
export function windowMs(window: SloWindow): number {
  if (window.kind === 'rolling') return window.minutes * 60_000;
  return { week: 7, month: 31, quarter: 92 }[window.unit] * DAY_MS;
}

/** The default range: the SLO's window and the three windows before it, up to `nowMs`. */
export function defaultPullRange(
  window: SloWindow,
  nowMs: number,
): { fromMs: number; toMs: number } {
  return { fromMs: nowMs - 4 * windowMs(window), toMs: nowMs };
}
