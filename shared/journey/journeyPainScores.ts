import type { PainPoint } from '../domain/journey';
import { painImpact } from './priority';

/**
 * Each journey's customer pain: the sum of its pain points' impact (severity × accounts ×
 * frequency), the same score the priority list adds up per step. Journeys without pain are
 * absent (score 0).
 */
export function journeyPainScores(painPoints: PainPoint[]): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const pain of painPoints) {
    scores[pain.journeyId] = (scores[pain.journeyId] ?? 0) + painImpact(pain).score;
  }
  return scores;
}

/** Most pain first; equal pain by name, so the order never jumps about. */
export function byPain<T extends { id: string; name: string }>(
  items: T[],
  scores: Record<string, number>,
): T[] {
  return [...items].sort(
    (a, b) => (scores[b.id] ?? 0) - (scores[a.id] ?? 0) || a.name.localeCompare(b.name),
  );
}
