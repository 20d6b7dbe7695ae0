import type { JourneyStep } from '../../../../shared/domain/journey';
import { emotionLabel } from '../../../../shared/domain/labels';

/** "Feels frustrated (−1)": the word first, the score it is read as after, in brackets. */
export function feelingChip(emotion: number): string {
  const label = emotionLabel(emotion);
  const space = label.indexOf(' ');
  return space < 0
    ? `Feels ${label}`
    : `Feels ${label.slice(space + 1)} (${label.slice(0, space)})`;
}

/** "Evidence: some data"; none is said as what is missing, not as "backed by none". */
export function evidenceChip(evidence: JourneyStep['evidence']): string {
  return evidence === 'none' ? 'No evidence yet' : `Evidence: ${evidence}`;
}
