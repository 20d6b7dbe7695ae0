import { z } from 'zod';
import { idSchema, isoTimeSchema } from './ids';
import { countSchema, daySchema } from './bounds';

const text = (max: number) => z.string().trim().max(max).default('');
const optionalTime = isoTimeSchema.nullable().default(null);
const day = daySchema('Give a date.');

export const RETRO_TEMPLATES = ['blameless', 'short', 'sre-book'] as const;
export type RetroTemplateId = (typeof RETRO_TEMPLATES)[number];

export const INCIDENT_SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;

/** One prompt of the retrospective's template and the group's answer to it. */
export const retroPromptSchema = z.object({
  id: z.string().min(1).max(60),
  question: z.string().max(500),
  answer: text(20_000),
});
export type RetroPrompt = z.infer<typeof retroPromptSchema>;

export const openQuestionSchema = z.object({
  id: idSchema,
  text: z.string().trim().min(1).max(1000),
  answered: z.boolean().default(false),
});
export type OpenQuestion = z.infer<typeof openQuestionSchema>;

export const BUSINESS_QUESTIONS = [
  { key: 'metric', question: 'Are we measuring the wrong success metric?' },
  {
    key: 'revenue',
    question: 'Is short-term revenue being put before long-term customer happiness?',
  },
  { key: 'users', question: 'Are we serving the right users?' },
] as const;

export const retroSchema = z.object({
  id: idSchema,
  workbookId: idSchema,
  title: z
    .string()
    .trim()
    .min(1, 'Give the retrospective a title, e.g. “Checkout errors, 12 Nov”.')
    .max(300),
  template: z.enum(RETRO_TEMPLATES),
  severity: z.enum(INCIDENT_SEVERITIES).default('SEV3'),
  startedAt: optionalTime,
  detectedAt: optionalTime,
  mitigatedAt: optionalTime,
  resolvedAt: optionalTime,
  /** Customer impact in words. */
  impact: text(4000),
  /** The workbook's accounts this incident hurt, by name. */
  accountIds: z.array(idSchema).max(5000).default([]),
  /**
   * Accounts hurt beyond those named in `accountIds` ("and about 40 others"); null when unknown.
   * Files older than format 3 had no named accounts, so their count reads the same here.
   */
  accountsAffected: countSchema.nullable().default(null),
  usersAffected: countSchema.nullable().default(null),
  /** Share of requests that failed during the impact (0..1), for SLOs without data. */
  failingShare: z.number().min(0).max(1).nullable().default(null),
  journeyIds: z.array(idSchema).max(1000).default([]),
  stepIds: z.array(idSchema).max(5000).default([]),
  sloIds: z.array(idSchema).max(1000).default([]),
  prompts: z.array(retroPromptSchema).max(50).default([]),
  business: z
    .object({ metric: text(4000), revenue: text(4000), users: text(4000) })
    .default({ metric: '', revenue: '', users: '' }),
  openQuestions: z.array(openQuestionSchema).max(500).default([]),
  /** Blame-language findings the group chose to keep, by `findingKey`. */
  dismissals: z.array(z.string().max(700)).max(5000).default([]),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});
export type Retro = z.infer<typeof retroSchema>;

export const EVENT_MARKS = ['detection', 'decision', 'key'] as const;
export type EventMark = (typeof EVENT_MARKS)[number];

export const timelineEventSchema = z.object({
  id: idSchema,
  workbookId: idSchema,
  retroId: idSchema,
  at: isoTimeSchema,
  what: z.string().trim().min(1, 'Say what happened.').max(4000),
  /** Where we know it from: chat, alert, dashboard, deploy log… */
  source: text(200),
  /** A role or team, never a person's name. */
  role: text(200),
  marks: z.array(z.enum(EVENT_MARKS)).max(3).default([]),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const EVENT_VIEWS = ['agrees', 'differs'] as const;

/** One participant's account, written before the group meets. */
export const participantAccountSchema = z.object({
  id: idSchema,
  workbookId: idSchema,
  retroId: idSchema,
  role: z.string().trim().min(1, 'Name the participant’s role, e.g. “on-call SRE”.').max(200),
  saw: text(20_000),
  knew: text(20_000),
  mattered: text(20_000),
  elseGoingOn: text(20_000),
  /** How this account sees particular timeline events. */
  eventViews: z
    .array(z.object({ eventId: idSchema, view: z.enum(EVENT_VIEWS), note: text(2000) }))
    .max(2000)
    .default([]),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});
export type ParticipantAccount = z.infer<typeof participantAccountSchema>;

export const FACTOR_CATEGORIES = [
  'technical',
  'process',
  'organisational',
  'business / customer',
] as const;

export const contributingFactorSchema = z.object({
  id: idSchema,
  workbookId: idSchema,
  retroId: idSchema,
  description: z
    .string()
    .trim()
    .min(1, 'Describe the factor: a condition, not a person.')
    .max(4000),
  category: z.enum(FACTOR_CATEGORIES),
  eventIds: z.array(idSchema).max(2000).default([]),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});
export type ContributingFactor = z.infer<typeof contributingFactorSchema>;

export const ACTION_STATUSES = ['open', 'in progress', 'done', 'dropped'] as const;
export const ACTION_KINDS = ['fix', 'learning', 'process'] as const;

export const actionItemSchema = z.object({
  id: idSchema,
  workbookId: idSchema,
  retroId: idSchema,
  description: z.string().trim().min(1, 'Say what will be done.').max(4000),
  /** A team or role: action items owned by nobody die after the meeting. */
  owner: z.string().trim().min(1, 'Name the owning team or role.').max(200),
  dueDate: day,
  status: z.enum(ACTION_STATUSES).default('open'),
  kind: z.enum(ACTION_KINDS),
  sloId: idSchema.nullable().default(null),
  journeyId: idSchema.nullable().default(null),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});
export type ActionItem = z.infer<typeof actionItemSchema>;

/** A timeboxed review session and its timer, kept so a reload or a crash loses no time. */
export const reviewSessionSchema = z.object({
  id: idSchema,
  workbookId: idSchema,
  retroId: idSchema,
  title: z.string().trim().min(1).max(200),
  timeboxMinutes: z.number().int().min(5).max(480),
  /** Soak time after this session before the next one may start. */
  soakHours: z
    .number()
    .min(0)
    .max(24 * 14),
  /** When the timer last started running; null while paused or not started. */
  runningSince: optionalTime,
  /** Time run before `runningSince`, in milliseconds. */
  elapsedMs: z
    .number()
    .int()
    .nonnegative()
    .max(366 * 86_400_000)
    .default(0),
  extendedMinutes: z.number().int().nonnegative().max(480).default(0),
  endedAt: optionalTime,
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});
export type ReviewSession = z.infer<typeof reviewSessionSchema>;

const omitOwned = {
  id: true,
  workbookId: true,
  retroId: true,
  createdAt: true,
  updatedAt: true,
} as const;

export const timelineEventDraftSchema = timelineEventSchema.omit(omitOwned);
export type TimelineEventDraft = z.input<typeof timelineEventDraftSchema>;
export const participantAccountDraftSchema = participantAccountSchema.omit(omitOwned);
export type ParticipantAccountDraft = z.input<typeof participantAccountDraftSchema>;
export const contributingFactorDraftSchema = contributingFactorSchema.omit(omitOwned);
export type ContributingFactorDraft = z.input<typeof contributingFactorDraftSchema>;
export const actionItemDraftSchema = actionItemSchema.omit(omitOwned);
export type ActionItemDraft = z.input<typeof actionItemDraftSchema>;
