import type { RetroTemplateId } from '../domain/retro';

export interface RetroTemplate {
  id: RetroTemplateId;
  label: string;
  description: string;
  /** Prompts ask what and how, never who (a test runs them through the blame checker). */
  prompts: { id: string; question: string }[];
  /** The review sessions the template plans, each timeboxed, with soak time after it. */
  sessions: { title: string; timeboxMinutes: number; soakHours: number }[];
  openQuestions: string[];
}

export const RETRO_TEMPLATE_LIST: RetroTemplate[] = [
  {
    id: 'blameless',
    label: 'Blameless review (default)',
    description:
      'Two sessions with a day of soak between them: first understand what happened from the seat of the people who were there, then decide what to change.',
    prompts: [
      { id: 'what', question: 'What happened, in the order people experienced it?' },
      {
        id: 'sense',
        question:
          'What did the people responding know at each point, and what made sense to them then?',
      },
      { id: 'hard', question: 'What made the problem hard to see, or hard to act on?' },
      { id: 'helped', question: 'What helped: what went well, and where did we get lucky?' },
      { id: 'normal', question: 'How does this kind of work usually go on a normal day?' },
      { id: 'surprise', question: 'What surprised us, and what does it tell us about the system?' },
    ],
    sessions: [
      { title: 'Learn: what happened and how', timeboxMinutes: 60, soakHours: 24 },
      { title: 'Improve: contributing factors and action items', timeboxMinutes: 60, soakHours: 0 },
    ],
    openQuestions: [
      'How did the first signal reach the people who responded?',
      'Which trade-offs were people balancing during the response?',
    ],
  },
  {
    id: 'short',
    label: 'Short review',
    description:
      'One 30-minute session for a small incident: what happened, what helped, what to change.',
    prompts: [
      { id: 'what', question: 'What happened, and how did customers notice it?' },
      { id: 'helped', question: 'What helped us respond?' },
      { id: 'change', question: 'What would make this easier to handle next time?' },
    ],
    sessions: [{ title: 'Review', timeboxMinutes: 30, soakHours: 0 }],
    openQuestions: ['How did we find out about the problem?'],
  },
  {
    id: 'sre-book',
    label: 'SRE-book style postmortem',
    description:
      'The structure of the Google SRE book’s postmortem: summary, impact, trigger, detection, resolution and lessons learned, in two timeboxed sessions.',
    prompts: [
      { id: 'summary', question: 'Summary: what happened, in two or three sentences?' },
      { id: 'impact', question: 'Impact: how were customers and the business affected?' },
      { id: 'trigger', question: 'Trigger: what change or condition set the incident off?' },
      { id: 'detection', question: 'Detection: how did we find out, and how long did it take?' },
      { id: 'resolution', question: 'Resolution: how was service restored?' },
      { id: 'well', question: 'Lessons learned: what went well?' },
      {
        id: 'wrong',
        question: 'Lessons learned: what went wrong, and what conditions allowed it?',
      },
      { id: 'lucky', question: 'Lessons learned: where did we get lucky?' },
    ],
    sessions: [
      { title: 'Timeline and impact', timeboxMinutes: 45, soakHours: 24 },
      { title: 'Lessons and action items', timeboxMinutes: 45, soakHours: 0 },
    ],
    openQuestions: ['What did our monitoring show before customers noticed?'],
  },
];

export function retroTemplate(id: RetroTemplateId): RetroTemplate {
  const found = RETRO_TEMPLATE_LIST.find((t) => t.id === id);
  if (!found) throw new Error(`unknown retrospective template: ${id}`);
  return found;
}
