import type { PolicyThreshold } from '../domain/slo';

export const DEFAULT_POLICY: PolicyThreshold[] = [
  {
    consumedAtLeast: 0.5,
    actions: 'Reliability review of the journey at the next planning meeting.',
  },
  {
    consumedAtLeast: 1,
    actions:
      'Feature freeze for this service: only reliability fixes and security work ship until the budget recovers.',
  },
];

/** The thresholds whose level of budget consumed has been reached, lowest first. */
export function crossedThresholds(
  policy: PolicyThreshold[],
  consumed: number | null,
): PolicyThreshold[] {
  if (consumed === null) return [];
  return [...policy]
    .sort((a, b) => a.consumedAtLeast - b.consumedAtLeast)
    .filter((threshold) => consumed >= threshold.consumedAtLeast);
}

/**
 * One incident spending more than this share of an SLO's budget calls for a retrospective with
 * a P0 action item (SRE Workbook, example error-budget policy).
 */
export const SINGLE_INCIDENT_SHARE = 0.2;
