import type { Slo } from '../domain/slo';
import {
  evaluationWindow,
  STANDARD_BURN_WINDOWS,
  statusFromUnits,
  type SloStatus,
} from './evaluateSlo';
import { seriesFromIncidents } from './manualIncidents';
import { buildBudgetUnits, type BudgetUnits, type SliData } from './sliSeries';

export interface SloFigures {
  units: BudgetUnits;
  status: SloStatus;
  /** Imported monitoring data, or minutes recorded by hand. */
  source: 'imported' | 'manual';
}

const MINUTE = 60_000;

/**
 * The earliest moment an SLO's status looks at in its imported data: the start of its window at
 * the newest sample, or further back where a burn-rate window reaches. Null without imported
 * data. A list of SLOs needs only this much of a year of samples.
 */
export function statusDataFromMs(slo: Slo): number | null {
  if (!slo.dataSummary) return null;
  const atMs = slo.dataSummary.endMs;
  const longest = Math.max(...STANDARD_BURN_WINDOWS, ...slo.alerts.map((a) => a.longWindowMinutes));
  return Math.min(evaluationWindow(slo.window, atMs).fromMs, atMs - longest * MINUTE);
}

/**
 * The moment `sloFigures` reads the clock at: null for imported data, which is evaluated at its
 * newest sample, so a caller need not recompute a year of figures each time the minute turns.
 */
export function figuresClockMs(slo: Slo, data: SliData | null, nowMs: number): number | null {
  return data && slo.dataSummary ? null : nowMs;
}

/**
 * Evaluates an SLO: over its imported data at the newest sample, or, for a team without
 * exports, over the minutes recorded by hand up to `nowMs`. Null when there is nothing to evaluate.
 */
export function sloFigures(slo: Slo, data: SliData | null, nowMs: number): SloFigures | null {
  if (data && slo.dataSummary) {
    const units = buildBudgetUnits(data, slo);
    return {
      units,
      status: statusFromUnits(slo, units, slo.dataSummary.endMs),
      source: 'imported',
    };
  }
  const incidents = slo.manualIncidents ?? [];
  if (incidents.length === 0) return null;
  const window = evaluationWindow(slo.window, nowMs);
  const units = buildBudgetUnits(
    seriesFromIncidents(incidents, window.fromMs + MINUTE, nowMs),
    slo,
  );
  return { units, status: statusFromUnits(slo, units, nowMs), source: 'manual' };
}
