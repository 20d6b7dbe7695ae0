import { findBlameLanguage, type BlameFinding } from './blameLanguage';

/**
 * A dismissal names the field, the category and the phrase (not its offset), so it survives
 * edits elsewhere in the text and a reload, and the same phrase in another field is still shown.
 */
export function findingKey(
  field: string,
  finding: Pick<BlameFinding, 'category' | 'phrase'>,
): string {
  return `${field}|${finding.category}|${finding.phrase.toLowerCase().replace(/\s+/g, ' ').trim()}`.slice(
    0,
    700,
  );
}

export interface CheckedFinding extends BlameFinding {
  key: string;
}

/** The findings in `text` the group has not dismissed. */
export function openFindings(
  text: string,
  field: string,
  dismissals: readonly string[],
): CheckedFinding[] {
  const dismissed = new Set(dismissals);
  return findBlameLanguage(text)
    .map((finding) => ({ ...finding, key: findingKey(field, finding) }))
    .filter((finding) => !dismissed.has(finding.key));
}

/** The id a dismissal's field names, for fields of one record ("event:<id>:what"). */
const RECORD_FIELD = /^(event|account|factor|action):([^:|]+)/;

/** Rewrites the record id inside a dismissal key, for a workbook imported as a copy. */
export function remapDismissalKey(
  key: string,
  id: (field: 'event' | 'account' | 'factor' | 'action', old: string) => string,
): string {
  return key.replace(
    RECORD_FIELD,
    (_all, field: 'event' | 'account' | 'factor' | 'action', old: string) =>
      `${field}:${id(field, old)}`,
  );
}
