import { z } from 'zod';
import { idSchema, isoTimeSchema } from './ids';
import {
  MAX_SERIES_POINTS,
  MAX_WINDOW_MINUTES,
  MIN_STEP_MS,
  DAY_MS,
  daySchema,
  timeMsSchema,
  timeZoneSchema,
  windowMinutesSchema,
} from './bounds';
import { sloOriginSchema } from './sloOrigin';

/** A target is a fraction in [0, 1): 0.999 is 99.9%. */
export const targetSchema = z
  .number()
  .gt(0, 'The target must be above 0%.')
  .lt(1, 'A 100% target leaves no error budget: nothing may ever fail. Try 99.9.');

export const rollingWindowSchema = z.object({
  kind: z.literal('rolling'),
  /** Length of the window, in minutes. */
  minutes: z
    .number()
    .min(1, 'A window is at least one minute long; most SLOs use 28 or 30 days.')
    .max(MAX_WINDOW_MINUTES, 'A window is at most 366 days long; most SLOs use 28 or 30 days.'),
});

/** A wall-clock time as OpenSLO writes a calendar's start: "2024-01-15 12:00:00". */
export const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

export const wallTimeSchema = z
  .string()
  .regex(WALL_TIME, 'a start time is written “2024-01-15 12:00:00”')
  .refine((text) => {
    const match = WALL_TIME.exec(text);
    if (!match) return true; // the regex has said what is wrong
    const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
    const date = new Date(Date.UTC(y!, mo! - 1, d!));
    return (
      date.getUTCFullYear() === y &&
      date.getUTCMonth() === mo! - 1 &&
      date.getUTCDate() === d &&
      h! < 24 &&
      mi! < 60 &&
      s! < 60 &&
      y! >= 1970 &&
      y! <= 2200
    );
  }, 'the start time is not a real date and time');

export const calendarWindowSchema = z.object({
  kind: z.literal('calendar'),
  unit: z.enum(['week', 'month', 'quarter']),
  /** IANA time zone the calendar periods start in, e.g. "Europe/Berlin". */
  timeZone: timeZoneSchema,
  /**
   * Where the periods start, in that zone's wall clock: a week that starts on a Saturday at noon,
   * a month that starts on the 15th. Null: weeks start Monday 00:00, months and quarters on the 1st.
   */
  startTime: wallTimeSchema.nullable().default(null),
});

export const sloWindowSchema = z.discriminatedUnion('kind', [
  rollingWindowSchema,
  calendarWindowSchema,
]);
export type SloWindow = z.infer<typeof sloWindowSchema>;

export const budgetingMethodSchema = z.enum(['Occurrences', 'Timeslices', 'RatioTimeslices']);
export type BudgetingMethod = z.infer<typeof budgetingMethodSchema>;

export const comparisonSchema = z.enum(['lt', 'lte', 'gt', 'gte']);
export type Comparison = z.infer<typeof comparisonSchema>;

/**
 * What "good" means. `ratio`: good events over valid events. `threshold`: an event or interval is
 * good when its value compares well with a threshold (latency <= 300 ms).
 */
export const sliSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('ratio'),
    goodDescription: z.string().max(500).default(''),
    validDescription: z.string().max(500).default(''),
    // Where a description above is a query (PromQL), what it counts in plain words, kept beside
    // it so people who do not read PromQL can still read the SLO and its reports. Absent where
    // there are none: records stored before it existed need no upgrade (no index changes).
    goodInWords: z.string().max(500).optional(),
    validInWords: z.string().max(500).optional(),
  }),
  z.object({
    kind: z.literal('threshold'),
    metricDescription: z.string().max(500).default(''),
    op: comparisonSchema,
    threshold: z.number().finite(),
    unit: z.string().max(20).default(''),
  }),
]);
export type Sli = z.infer<typeof sliSchema>;

export const burnRateAlertSchema = z.object({
  severity: z.enum(['page', 'ticket']),
  longWindowMinutes: windowMinutesSchema,
  shortWindowMinutes: windowMinutesSchema,
  burnRate: z.number().positive('An alert’s burn rate must be above 0.').max(100_000),
});
export type BurnRateAlert = z.infer<typeof burnRateAlertSchema>;

export const policyThresholdSchema = z.object({
  /** Budget consumed, as a fraction: 0.5 is "half the budget spent". */
  consumedAtLeast: z
    .number()
    .min(0, 'Type the share of budget consumed as a percentage, from 0 up to 1000.')
    .max(10, 'Type the share of budget consumed as a percentage, from 0 up to 1000.'),
  actions: z.string().trim().min(1, 'Say what the team commits to do at this point.').max(2000),
});
export type PolicyThreshold = z.infer<typeof policyThresholdSchema>;

/** Bad minutes recorded by hand, for teams without a monitoring export. */
export const manualIncidentSchema = z.object({
  id: idSchema,
  startMs: timeMsSchema,
  minutes: z.number().positive().max(MAX_WINDOW_MINUTES),
  /** Share of requests failing during those minutes: 1 is a full outage. */
  badShare: z.number().gt(0).lte(1),
  note: z.string().max(500).default(''),
});
export type ManualIncident = z.infer<typeof manualIncidentSchema>;

const SLICE_MINUTES = 'Type the slice length in minutes, between 1 and 1440.';

export const sloSchema = z.object({
  id: idSchema,
  workbookId: idSchema,
  name: z.string().trim().min(1, 'Give the SLO a name, e.g. “Checkout completes”.').max(200),
  description: z.string().max(2000).default(''),
  service: z.string().max(200).default(''),
  journeyId: idSchema.nullable().default(null),
  stepId: idSchema.nullable().default(null),
  sli: sliSchema,
  target: targetSchema,
  window: sloWindowSchema,
  budgetingMethod: budgetingMethodSchema,
  /** Slice length and the share of good events a slice needs to count as good. */
  timeSliceMinutes: z
    .number()
    .min(1, SLICE_MINUTES)
    .max(1440, SLICE_MINUTES)
    .nullable()
    .default(null),
  timeSliceTarget: z
    .number()
    .gt(0, 'A slice needs a share of good events above 0%, e.g. 99.')
    .lte(1, 'A slice cannot need more than 100% of its events good; try 99.')
    .nullable()
    .default(null),
  alerts: z.array(burnRateAlertSchema).max(20),
  policy: z.array(policyThresholdSchema).max(20),
  owners: z.string().max(500).default(''),
  rationale: z.string().max(4000).default(''),
  /** The next review, YYYY-MM-DD (free text from older files is kept as it was). */
  reviewDate: z.string().max(40).default(''),
  /** The day customer success last agreed the SLO measures what customers feel. */
  csValidatedOn: daySchema('Give the day it was validated as a date.').nullable().default(null),
  manualIncidents: z.array(manualIncidentSchema).max(1000).default([]),
  /** What SLI data is stored for this SLO, or null before any import. */
  dataSummary: z
    .object({
      kind: z.enum(['counts', 'values']),
      startMs: timeMsSchema,
      endMs: timeMsSchema,
      stepMs: z.number().int().min(MIN_STEP_MS).max(DAY_MS),
      rows: z.number().int().nonnegative().max(MAX_SERIES_POINTS),
      gaps: z.number().int().nonnegative().max(MAX_SERIES_POINTS),
      source: z.string().max(300),
      importedAt: isoTimeSchema,
    })
    .nullable()
    .default(null),
  /** The file the SLO was imported from, kept so it goes back out the way it came in. */
  origin: sloOriginSchema.nullable().default(null),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});
export type Slo = z.infer<typeof sloSchema>;
export type SliDataSummary = NonNullable<Slo['dataSummary']>;

/** What the editor form edits: everything but identity, ownership by workbook and timestamps. */
export const sloDraftSchema = sloSchema.omit({
  id: true,
  workbookId: true,
  dataSummary: true,
  manualIncidents: true,
  origin: true,
  createdAt: true,
  updatedAt: true,
});
export type SloDraft = z.input<typeof sloDraftSchema>;
/** A draft after its schema: every default filled in. */
export type SloFields = z.infer<typeof sloDraftSchema>;

/** "99.9" -> 0.999, without binary-fraction noise (0.9990000000000001). */
export function percentToTarget(percent: number): number {
  return Number((percent / 100).toPrecision(12));
}

export function targetToPercent(target: number): number {
  return Number((target * 100).toPrecision(12));
}
