import { BUSINESS_QUESTIONS } from '../domain/retro';
import type { WorkbookContents } from '../domain/workbookFile';
import type { BlameFinding } from './blameLanguage';
import { openFindings } from './dismissals';

/** The parts of a retrospective, by the tab that edits them. */
export type FindingSection =
  'incident' | 'timeline' | 'accounts' | 'factors' | 'business' | 'actions';

export interface ReportFinding extends BlameFinding {
  /** The dismissal key, as the retrospective's own fields write it. */
  key: string;
  section: FindingSection;
  /** Where it is, for people: "Timeline event at 18:14", "Narrative of on-call SRE: what they knew". */
  where: string;
  /** The sentence around the phrase. */
  excerpt: string;
}

const ACCOUNT_PARTS = [
  ['saw', 'what they saw'],
  ['knew', 'what they knew'],
  ['mattered', 'what mattered to them'],
  ['elseGoingOn', 'what else was going on'],
] as const;

/** The sentence (or up to 160 characters) around a finding; "…" only where a sentence is cut. */
export function excerptOf(text: string, start: number, end: number): string {
  const sentenceStart = text.lastIndexOf('.', start - 1) + 1;
  const from = Math.max(sentenceStart, start - 80);
  const stop = text.indexOf('.', end);
  const sentenceEnd = stop < 0 ? text.length : stop + 1;
  const to = Math.min(sentenceEnd, end + 80);
  return `${from > sentenceStart ? '…' : ''}${text.slice(from, to).trim()}${to < sentenceEnd ? '…' : ''}`;
}

/**
 * The blame-language findings still open in everything a retrospective's report carries: the
 * same checks and dismissals as the fields where it was typed, so a report headed "a blameless
 * review" never carries blame unseen.
 */
export function retroReportFindings(
  contents: WorkbookContents,
  retroId: string,
  timeOf: (iso: string) => string,
): ReportFinding[] {
  const retro = contents.retros.find((r) => r.id === retroId);
  if (!retro) return [];
  const out: ReportFinding[] = [];
  const check = (text: string, field: string, section: FindingSection, where: string) => {
    for (const f of openFindings(text, field, retro.dismissals))
      out.push({ ...f, section, where, excerpt: excerptOf(text, f.start, f.end) });
  };
  check(retro.title, 'title', 'incident', 'Title');
  check(retro.impact, 'impact', 'incident', 'Customer impact');
  for (const p of retro.prompts) check(p.answer, `prompt:${p.id}`, 'incident', p.question);
  const events = contents.timelineEvents
    .filter((e) => e.retroId === retroId)
    .sort((a, b) => a.at.localeCompare(b.at));
  for (const e of events)
    check(e.what, `event:${e.id}:what`, 'timeline', `Timeline event at ${timeOf(e.at)}`);
  for (const a of contents.participantAccounts.filter((x) => x.retroId === retroId))
    for (const [key, label] of ACCOUNT_PARTS)
      check(a[key], `account:${a.id}:${key}`, 'accounts', `Narrative of ${a.role}: ${label}`);
  for (const f of contents.contributingFactors.filter((x) => x.retroId === retroId))
    check(f.description, `factor:${f.id}`, 'factors', 'Contributing factor');
  for (const { key, question } of BUSINESS_QUESTIONS)
    check(retro.business[key], `business:${key}`, 'business', question);
  for (const a of contents.actionItems.filter((x) => x.retroId === retroId))
    check(a.description, `action:${a.id}`, 'actions', 'Action item');
  return out;
}
