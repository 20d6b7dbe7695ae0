import type { ManualIncident } from '../domain/slo';
import type { SliData } from './sliSeries';

const MINUTE = 60_000;

/**
 * A per-minute series built from hand-recorded incidents: every minute of [fromMs, toMs] counts
 * as one event, good unless an incident covers it (then it fails by the incident's share). This
 * is the time-based view: budget consumed = bad minutes / allowed downtime.
 */
export function seriesFromIncidents(
  incidents: ManualIncident[],
  fromMs: number,
  toMs: number,
): SliData {
  const startMs = Math.floor(fromMs / MINUTE) * MINUTE;
  const length = Math.max(1, Math.floor((toMs - startMs) / MINUTE) + 1);
  const good = new Float64Array(length).fill(1);
  const total = new Float64Array(length).fill(1);
  for (const incident of incidents) {
    const first = Math.max(0, Math.floor((incident.startMs - startMs) / MINUTE));
    const last = Math.min(
      length,
      Math.ceil((incident.startMs + incident.minutes * MINUTE - startMs) / MINUTE),
    );
    for (let i = first; i < last; i += 1) {
      // Overlapping incidents do not fail a minute twice: the worse one counts.
      good[i] = Math.min(good[i]!, 1 - incident.badShare);
    }
  }
  return { kind: 'counts', startMs, stepMs: MINUTE, good, total };
}
