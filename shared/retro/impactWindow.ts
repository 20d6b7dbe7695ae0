import type { Retro } from '../domain/retro';

const ms = (iso: string | null) => (iso ? Date.parse(iso) : null);

/**
 * The customer-facing impact window: from the incident's start until service was restored
 * (mitigated, else resolved). Null until both are known and in that order.
 */
export function impactWindow(
  retro: Pick<Retro, 'startedAt' | 'mitigatedAt' | 'resolvedAt'>,
): { startMs: number; endMs: number } | null {
  const start = ms(retro.startedAt);
  const end = ms(retro.mitigatedAt) ?? ms(retro.resolvedAt);
  return start !== null && end !== null && end > start ? { startMs: start, endMs: end } : null;
}

/** The incident's own moments that are known, in the words the incident tab uses. */
export const INCIDENT_MOMENTS = [
  ['startedAt', 'Started'],
  ['detectedAt', 'Detected'],
  ['mitigatedAt', 'Mitigated'],
  ['resolvedAt', 'Resolved'],
] as const;
