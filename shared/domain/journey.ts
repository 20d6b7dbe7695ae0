import { z } from 'zod';
import { idSchema, isoTimeSchema } from './ids';
import { daySchema } from './bounds';

const text = (max: number) => z.string().trim().max(max).default('');

/** More than any company's revenue: a figure above it is a typo (a pasted id, extra zeros). */
export const MAX_ARR = 1e12;
export const currencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'Give the currency as its three-letter code, e.g. USD or EUR.');

export const accountSchema = z.object({
  id: idSchema,
  workbookId: idSchema,
  name: z.string().trim().min(1, 'Give the account a name.').max(200),
  segment: text(100),
  /** Plan or revenue band, as the CSM team writes it ("Enterprise", "$100k–250k"). */
  plan: text(100),
  csmOwner: text(200),
  notes: text(4000),
  /** Annual recurring revenue in `currency`; null when the CSM does not know it. */
  arr: z
    .number()
    .nonnegative('Annual revenue cannot be negative.')
    .max(MAX_ARR, 'That annual revenue is too large to be right.')
    .nullable()
    .default(null),
  /** ISO 4217 code, e.g. USD or EUR: revenue is only ever summed within one currency. */
  currency: currencySchema.default('USD'),
  /** The day the contract renews, YYYY-MM-DD, or null. */
  renewalDate: daySchema('Give the renewal date as a date.').nullable().default(null),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});
export type Account = z.infer<typeof accountSchema>;
export const accountDraftSchema = accountSchema.omit({
  id: true,
  workbookId: true,
  createdAt: true,
  updatedAt: true,
});
export type AccountDraft = z.input<typeof accountDraftSchema>;

export const journeySchema = z.object({
  id: idSchema,
  workbookId: idSchema,
  name: z.string().trim().min(1, 'Give the journey a name, e.g. “Checkout”.').max(200),
  persona: text(300),
  goal: text(1000),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});
export type Journey = z.infer<typeof journeySchema>;
export const journeyDraftSchema = journeySchema.omit({
  id: true,
  workbookId: true,
  createdAt: true,
  updatedAt: true,
});
export type JourneyDraft = z.input<typeof journeyDraftSchema>;

export const EVIDENCE_LEVELS = ['none', 'anecdotal', 'some data', 'strong data'] as const;

export const journeyStepSchema = z.object({
  id: idSchema,
  workbookId: idSchema,
  journeyId: idSchema,
  /** Order within the journey; kept dense (0, 1, 2…) by the repository. */
  position: z.number().int().nonnegative(),
  stage: text(100),
  name: z.string().trim().min(1, 'Give the step a name, e.g. “Pay”.').max(200),
  /** What the customer expects to happen here. */
  expectation: text(1000),
  /** How the customer feels at this step, from -2 (angry) to +2 (delighted). */
  emotion: z.number().int().min(-2).max(2).default(0),
  evidence: z.enum(EVIDENCE_LEVELS).default('none'),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});
export type JourneyStep = z.infer<typeof journeyStepSchema>;
export const journeyStepDraftSchema = journeyStepSchema.omit({
  id: true,
  workbookId: true,
  journeyId: true,
  position: true,
  createdAt: true,
  updatedAt: true,
});
export type JourneyStepDraft = z.input<typeof journeyStepDraftSchema>;

export const PAIN_SOURCES = ['call', 'ticket', 'business review', 'survey'] as const;
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const FREQUENCIES = ['once', 'monthly', 'weekly', 'daily'] as const;

export const painPointSchema = z.object({
  id: idSchema,
  workbookId: idSchema,
  journeyId: idSchema,
  stepId: idSchema,
  /** The customer's own words. */
  quote: z.string().trim().min(1, 'Write what the customer said, in their words.').max(4000),
  source: z.enum(PAIN_SOURCES),
  /** The day it was heard, YYYY-MM-DD. */
  date: daySchema('Give the date it was heard.'),
  accountIds: z.array(idSchema).max(500),
  severity: z.enum(SEVERITIES),
  frequency: z.enum(FREQUENCIES),
  /** The incident (retrospective) this pain is about, when it is about one. */
  retroId: idSchema.nullable().default(null),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});
export type PainPoint = z.infer<typeof painPointSchema>;
export const painPointDraftSchema = painPointSchema.omit({
  id: true,
  workbookId: true,
  journeyId: true,
  stepId: true,
  createdAt: true,
  updatedAt: true,
});
export type PainPointDraft = z.input<typeof painPointDraftSchema>;
