import {
  BUSINESS_QUESTIONS,
  type ContributingFactor,
  type ParticipantAccount,
  type Retro,
  type TimelineEvent,
} from '../domain/retro';
import { accountAgreement } from './accountAgreement';

export interface AgendaItem {
  text: string;
  /** Where the question comes from, so the facilitator knows why it is on the agenda. */
  from: 'open question' | 'accounts differ' | 'business question' | 'prompt' | 'factors';
}

/**
 * The agenda of the next review session, built from what the retrospective has not settled yet:
 * the group's open questions, the events the accounts see differently, the template prompts and
 * business questions still unanswered, and too few contributing factors.
 */
export function buildAgenda(
  retro: Pick<Retro, 'openQuestions' | 'prompts' | 'business'>,
  events: TimelineEvent[],
  accounts: ParticipantAccount[],
  factors: ContributingFactor[],
): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const q of retro.openQuestions) {
    if (!q.answered) items.push({ text: q.text, from: 'open question' });
  }
  const agreement = accountAgreement(events, accounts);
  for (const event of [...events].sort((a, b) => a.at.localeCompare(b.at))) {
    const differs = agreement.get(event.id)?.differs ?? [];
    if (differs.length === 0) continue;
    const roles = [...new Set(differs.map((d) => d.role))].join(', ');
    items.push({
      text: `How did “${event.what}” look from the seat of ${roles}?`,
      from: 'accounts differ',
    });
  }
  for (const prompt of retro.prompts) {
    if (prompt.answer.trim() === '') items.push({ text: prompt.question, from: 'prompt' });
  }
  for (const { key, question } of BUSINESS_QUESTIONS) {
    if (retro.business[key].trim() === '')
      items.push({ text: question, from: 'business question' });
  }
  if (factors.length < 2) {
    items.push({
      text:
        factors.length === 0
          ? 'What conditions contributed to this incident: technical, process, organisational, business?'
          : 'Only one contributing factor so far: what else made this outcome possible?',
      from: 'factors',
    });
  }
  return items;
}
