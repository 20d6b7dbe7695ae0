import { plural } from '../../domain/labels';
import { formatTarget } from '../formatFigures';
import type { TargetCandidate, TargetChoice } from './targetCandidates';

/** What a candidate would have done, in one sentence, for the rationale and the table's name. */
export function candidateSummary(c: TargetCandidate, stepName: string | null): string {
  const judged = c.met + c.missed;
  const windows = judged
    ? `met ${c.met} of ${plural(judged, 'window')} with enough data`
    : 'had no window with enough data to judge';
  const pain =
    stepName && c.painJudged
      ? `heard ${c.painHeard} of ${plural(c.painJudged, 'pain point')} on “${stepName}”`
      : null;
  const alerts = `paged on ${plural(c.pageDays, 'day')} and ticketed on ${plural(c.ticketDays, 'day')}`;
  return [pain, windows, alerts].filter(Boolean).join(', ');
}

/**
 * The rationale "Use this target" proposes: why this target, from the history the team just
 * read together. The person edits it before it is recorded.
 */
export function targetRationale(
  choice: TargetChoice,
  target: number,
  stepName: string | null,
): string {
  const c = choice.candidates.find((x) => Math.abs(x.target - target) < 1e-12);
  if (!c) return '';
  const facts = `Over the SLI history, ${formatTarget(target)} ${candidateSummary(c, stepName)}.`;
  if (choice.lowestHearing !== null && Math.abs(choice.lowestHearing - target) < 1e-12)
    return `The lowest target that still hears our customers. ${facts}`;
  return facts;
}
