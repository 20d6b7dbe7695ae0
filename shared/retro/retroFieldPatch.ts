import { BUSINESS_QUESTIONS, type Retro } from '../domain/retro';

/** A change to a retrospective, worked out from the record as stored at the time of writing. */
export type RetroFieldChange = (
  current: Retro,
) => Partial<Omit<Retro, 'id' | 'workbookId' | 'createdAt' | 'updatedAt'>>;

/**
 * The change one of a retrospective's own text fields makes: `title`, `impact`,
 * `prompt:<prompt id>` or `business:<question key>`. Nested fields are changed against the
 * stored record, so two fields saved at once never overwrite each other. Null for a field name
 * this version does not know (a journal entry from another version is then dropped).
 */
export function retroFieldChange(field: string, value: string): RetroFieldChange | null {
  if (field === 'title') return () => (value.trim() ? { title: value } : {});
  if (field === 'impact') return () => ({ impact: value });
  if (field.startsWith('prompt:')) {
    const promptId = field.slice('prompt:'.length);
    return (current) => ({
      prompts: current.prompts.map((p) => (p.id === promptId ? { ...p, answer: value } : p)),
    });
  }
  if (field.startsWith('business:')) {
    const key = BUSINESS_QUESTIONS.find((q) => `business:${q.key}` === field)?.key;
    if (!key) return null;
    return (current) => ({ business: { ...current.business, [key]: value } });
  }
  return null;
}

/** The stored text of one of a retrospective's own text fields, or undefined for an unknown one. */
export function retroFieldValue(retro: Retro, field: string): string | undefined {
  if (field === 'title') return retro.title;
  if (field === 'impact') return retro.impact;
  if (field.startsWith('prompt:')) {
    const promptId = field.slice('prompt:'.length);
    return retro.prompts.find((p) => p.id === promptId)?.answer;
  }
  if (field.startsWith('business:')) {
    const key = BUSINESS_QUESTIONS.find((q) => `business:${q.key}` === field)?.key;
    return key ? retro.business[key] : undefined;
  }
  return undefined;
}
