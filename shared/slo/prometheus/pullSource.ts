import type { Slo } from '../../domain/slo';
import { describePullQueries, type PullQueries } from './pullQueries';

/** FNV-1a, enough to tell one set of queries from another in a stored summary. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * What the SLO's stored data says of where it came from: "Prometheus at URL (queries #…)". A
 * pull whose address and queries match the stored data's fetches only what is new.
 */
export function pulledSourceText(baseUrl: string, queries: PullQueries): string {
  return `Prometheus at ${baseUrl} (queries #${fingerprint(describePullQueries(queries).join('\n'))})`.slice(
    0,
    300,
  );
}

export const isPulledFromPrometheus = (slo: Pick<Slo, 'dataSummary'>): boolean =>
  slo.dataSummary?.source.startsWith('Prometheus at ') ?? false;

/**
 * Where a rerun starts: the stored data's last step (pulled again, it may have been filling), or
 * null when the data came from elsewhere, other queries or another step (then all is pulled anew).
 */
export function rerunFromMs(
  slo: Pick<Slo, 'dataSummary'>,
  sourceText: string,
  stepMs: number,
): number | null {
  const summary = slo.dataSummary;
  if (!summary || summary.source !== sourceText || summary.stepMs !== stepMs) return null;
  return summary.endMs;
}
