import { BUSINESS_QUESTIONS } from '../domain/retro';
import type { WorkbookContents } from '../domain/workbookFile';
import { sentencesOf } from './blame/blameTokens';
import { findPersonNames, nameAsRole } from './names/personNames';
import { excerptOf, type FindingSection } from './reportFindings';

/** A person's name in a retrospective's report, to replace with a role before it is shared. */
export interface NameFinding {
  /** The dismissal key, beside the blame findings' keys in the retrospective's dismissals. */
  key: string;
  /** The field it stands in, as dismissal keys name it: "impact", "account:<id>:knew", … */
  field: string;
  section: FindingSection;
  /** Where it is, for people: "Narrative of on-call SRE: what they knew". */
  where: string;
  /** As written: "Tom", "Tom Baker". */
  name: string;
  /** The sentence around its first place in the field. */
  excerpt: string;
  /** How many times the field names them. */
  count: number;
  /** `known`: the retrospective names them elsewhere too; `likely`: a given name doing something. */
  kind: 'known' | 'likely';
  /** The field is a role (a narrative's, an event's, an action's owner) written as a name. */
  inRole: boolean;
}

export interface ReportNames {
  findings: NameFinding[];
  /** The roles the retrospective already uses, to pick one in place of a name. */
  roles: string[];
}

/** The dismissal key of a name in a field (the shape `findingKey` gives blame findings). */
export function nameKey(field: string, name: string): string {
  return `${field}|person name|${name.toLowerCase().replace(/\s+/g, ' ').trim()}`.slice(0, 700);
}

interface Field {
  field: string;
  section: FindingSection;
  where: string;
  text: string;
  role: boolean;
}

const ACCOUNT_PARTS = [
  ['saw', 'what they saw'],
  ['knew', 'what they knew'],
  ['mattered', 'what mattered to them'],
  ['elseGoingOn', 'what else was going on'],
] as const;

/** Every field of a retrospective its report carries, in the report's order. */
function fieldsOf(contents: WorkbookContents, retroId: string, timeOf: (iso: string) => string) {
  const retro = contents.retros.find((r) => r.id === retroId);
  if (!retro) return null;
  const out: Field[] = [];
  const add = (
    field: string,
    section: FindingSection,
    where: string,
    text: string,
    role = false,
  ) => {
    if (text.trim()) out.push({ field, section, where, text, role });
  };
  add('title', 'incident', 'Title', retro.title);
  add('impact', 'incident', 'Customer impact', retro.impact);
  for (const p of retro.prompts) add(`prompt:${p.id}`, 'incident', p.question, p.answer);
  const events = contents.timelineEvents
    .filter((e) => e.retroId === retroId)
    .sort((a, b) => a.at.localeCompare(b.at));
  for (const e of events) {
    const where = `Timeline event at ${timeOf(e.at)}`;
    add(`event:${e.id}:what`, 'timeline', where, e.what);
    add(`event:${e.id}:role`, 'timeline', `${where}: who`, e.role, true);
  }
  for (const a of contents.participantAccounts.filter((x) => x.retroId === retroId)) {
    add(`account:${a.id}:role`, 'accounts', `Narrative of ${a.role}: the role`, a.role, true);
    for (const [key, label] of ACCOUNT_PARTS)
      add(`account:${a.id}:${key}`, 'accounts', `Narrative of ${a.role}: ${label}`, a[key]);
  }
  for (const f of contents.contributingFactors.filter((x) => x.retroId === retroId))
    add(`factor:${f.id}`, 'factors', 'Contributing factor', f.description);
  for (const { key, question } of BUSINESS_QUESTIONS)
    add(`business:${key}`, 'business', question, retro.business[key]);
  for (const a of contents.actionItems.filter((x) => x.retroId === retroId)) {
    add(`action:${a.id}`, 'actions', 'Action item', a.description);
    add(`action:${a.id}:owner`, 'actions', 'Action item: owner', a.owner, true);
  }
  return { retro, fields: out };
}

/**
 * The people a retrospective's report would name, still open: names the retrospective itself
 * shows (a role written as a name, a given name found doing something in any field) wherever
 * they stand, each once per field, beside the blame findings before the report leaves.
 */
export function retroReportNames(
  contents: WorkbookContents,
  retroId: string,
  timeOf: (iso: string) => string,
): ReportNames {
  const read = fieldsOf(contents, retroId, timeOf);
  if (!read) return { findings: [], roles: [] };
  const { retro, fields } = read;
  const known = new Set<string>();
  const roles = new Map<string, string>();
  // Each field is read into sentences once, for both passes.
  const sentences = new Map(fields.map((f) => [f, f.role ? [] : sentencesOf(f.text)]));
  for (const f of fields) {
    const hits = f.role
      ? [nameAsRole(f.text)].filter((n): n is string => n !== null)
      : findPersonNames(f.text, new Set(), sentences.get(f)).map((h) => h.name);
    for (const name of hits) for (const part of name.split(' ')) known.add(part);
    if (f.role && hits.length === 0) {
      const role = f.text.trim().replace(/\s+/g, ' ');
      if (!roles.has(role.toLowerCase())) roles.set(role.toLowerCase(), role);
    }
  }
  const dismissed = new Set(retro.dismissals);
  const findings: NameFinding[] = [];
  for (const f of fields) {
    const byName = new Map<string, NameFinding>();
    const hits = f.role
      ? [nameAsRole(f.text)].flatMap((name) =>
          name ? [{ name, start: 0, end: f.text.length, kind: 'known' as const }] : [],
        )
      : findPersonNames(f.text, known, sentences.get(f));
    for (const hit of hits) {
      const seen = byName.get(hit.name);
      if (seen) {
        seen.count += 1;
        continue;
      }
      const key = nameKey(f.field, hit.name);
      if (dismissed.has(key)) continue;
      byName.set(hit.name, {
        key,
        field: f.field,
        section: f.section,
        where: f.where,
        name: hit.name,
        excerpt: f.role ? f.text.trim() : excerptOf(f.text, hit.start, hit.end),
        count: 1,
        kind: hit.kind,
        inRole: f.role,
      });
    }
    findings.push(...byName.values());
  }
  return { findings, roles: [...roles.values()] };
}
