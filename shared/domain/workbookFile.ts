import { z } from 'zod';
import { WORKBOOK_LIMITS } from './workbookLimits';
import { isoTimeSchema } from './ids';
import { DAY_MS, MAX_COUNT, MAX_SERIES_POINTS, MIN_STEP_MS, timeMsSchema } from './bounds';
import { sloSchema, type Slo } from './slo';
import {
  accountSchema,
  journeySchema,
  journeyStepSchema,
  painPointSchema,
  type Account,
  type Journey,
  type JourneyStep,
  type PainPoint,
} from './journey';
import {
  actionItemSchema,
  contributingFactorSchema,
  participantAccountSchema,
  retroSchema,
  reviewSessionSchema,
  timelineEventSchema,
  type ActionItem,
  type ContributingFactor,
  type ParticipantAccount,
  type Retro,
  type ReviewSession,
  type TimelineEvent,
} from './retro';
import { workbookSchema, type Workbook } from './workbook';
import { formatIssues } from './formatIssues';
import type { SliChunk } from '../slo/sliChunks';

/**
 * The file a workbook leaves the app as: every record of the workbook, SLI data included.
 * `version` is the file format, raised whenever a reader of the old format could misread the new.
 */
export const WORKBOOK_FILE_FORMAT = 'slo-workbook';
export const WORKBOOK_FILE_VERSION = 3;
/**
 * Formats this app reads. 2: SLOs keep the file they were imported from (origin) and a calendar's
 * start time; a format 1 file reads as SLOs with neither. 3: accounts carry revenue and renewal,
 * pain points name their incident, retrospectives name the accounts they hurt, SLOs their
 * validation with customer success; an older file reads with none of these.
 */
export const READABLE_FILE_VERSIONS = [1, 2, 3] as const;

/** A day of SLI data; JSON has no NaN, so gaps are written as null. */
const sliChunkFileSchema = z
  .object({
    sloId: z.string().min(1),
    dayStartMs: timeMsSchema.refine((ms) => ms % DAY_MS === 0, {
      message: 'must be the start of a UTC day',
    }),
    startMs: timeMsSchema,
    stepMs: z
      .number()
      .int()
      .min(MIN_STEP_MS, 'a step must be at least one second')
      .max(DAY_MS, 'a step must be at most a day'),
    kind: z.enum(['counts', 'values']),
    a: z.array(z.number().min(-MAX_COUNT).max(MAX_COUNT).nullable()).min(1).max(86_400),
    b: z.array(z.number().min(0).max(MAX_COUNT).nullable()).max(86_400).nullable(),
  })
  .strict()
  .superRefine((c, ctx) => {
    const problem = chunkProblem(c);
    if (problem) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  });

/** What is wrong with one day of SLI data beyond its types, or null. */
function chunkProblem(c: {
  dayStartMs: number;
  startMs: number;
  stepMs: number;
  kind: 'counts' | 'values';
  a: (number | null)[];
  b: (number | null)[] | null;
}): { path: (string | number)[]; message: string } | null {
  if (c.kind === 'counts' ? c.b === null || c.b.length !== c.a.length : c.b !== null) {
    return {
      path: ['b'],
      message: 'counts need as many totals as good values; values have no second column',
    };
  }
  const lastMs = c.startMs + (c.a.length - 1) * c.stepMs;
  if (c.startMs < c.dayStartMs || lastMs >= c.dayStartMs + DAY_MS) {
    return { path: ['startMs'], message: 'the samples must all lie inside their day' };
  }
  if (c.b) {
    for (let i = 0; i < c.a.length; i += 1) {
      const good = c.a[i]!;
      const total = c.b[i]!;
      if ((good === null) !== (total === null)) {
        return { path: ['a', i], message: 'a good count needs its total, and a gap has neither' };
      }
      if (good !== null && total !== null && (good < 0 || good > total)) {
        return { path: ['a', i], message: 'good events must be between 0 and the total' };
      }
    }
  }
  return null;
}
export type SliChunkFile = z.infer<typeof sliChunkFileSchema>;

/** Accounts one workbook file holds; every write that adds accounts keeps to it. */
export const MAX_FILE_ACCOUNTS = WORKBOOK_LIMITS.accounts;

export const workbookFileSchema = z
  .object({
    format: z.literal(WORKBOOK_FILE_FORMAT),
    version: z.literal(READABLE_FILE_VERSIONS),
    exportedAt: isoTimeSchema,
    appVersion: z.string().max(50),
    workbook: workbookSchema,
    slos: z.array(sloSchema).max(WORKBOOK_LIMITS.slos),
    sliData: z.array(sliChunkFileSchema).max(WORKBOOK_LIMITS.sliData),
    accounts: z.array(accountSchema).max(WORKBOOK_LIMITS.accounts).default([]),
    journeys: z.array(journeySchema).max(WORKBOOK_LIMITS.journeys).default([]),
    journeySteps: z.array(journeyStepSchema).max(WORKBOOK_LIMITS.journeySteps).default([]),
    painPoints: z.array(painPointSchema).max(WORKBOOK_LIMITS.painPoints).default([]),
    retros: z.array(retroSchema).max(WORKBOOK_LIMITS.retros).default([]),
    timelineEvents: z.array(timelineEventSchema).max(WORKBOOK_LIMITS.timelineEvents).default([]),
    participantAccounts: z
      .array(participantAccountSchema)
      .max(WORKBOOK_LIMITS.participantAccounts)
      .default([]),
    contributingFactors: z
      .array(contributingFactorSchema)
      .max(WORKBOOK_LIMITS.contributingFactors)
      .default([]),
    actionItems: z.array(actionItemSchema).max(WORKBOOK_LIMITS.actionItems).default([]),
    reviewSessions: z.array(reviewSessionSchema).max(WORKBOOK_LIMITS.reviewSessions).default([]),
  })
  .strict()
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    file.slos.forEach((slo, i) => {
      if (slo.workbookId !== file.workbook.id) {
        ctx.addIssue({
          code: 'custom',
          path: ['slos', i, 'workbookId'],
          message: 'belongs to another workbook',
        });
      }
      if (ids.has(slo.id))
        ctx.addIssue({ code: 'custom', path: ['slos', i, 'id'], message: 'appears twice' });
      ids.add(slo.id);
    });
    file.sliData.forEach((chunk, i) => {
      if (!ids.has(chunk.sloId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sliData', i, 'sloId'],
          message: 'names an SLO that is not in the file',
        });
      }
    });
    for (const problem of seriesProblems(file.sliData)) ctx.addIssue(problem);
    // Every record belongs to this workbook, appears once, and points at records in the file.
    const owned = [
      'accounts',
      'journeys',
      'journeySteps',
      'painPoints',
      'retros',
      'timelineEvents',
      'participantAccounts',
      'contributingFactors',
      'actionItems',
      'reviewSessions',
    ] as const;
    for (const part of owned) {
      const seen = new Set<string>();
      file[part].forEach((record, i) => {
        if (record.workbookId !== file.workbook.id) {
          ctx.addIssue({
            code: 'custom',
            path: [part, i, 'workbookId'],
            message: 'belongs to another workbook',
          });
        }
        if (seen.has(record.id))
          ctx.addIssue({ code: 'custom', path: [part, i, 'id'], message: 'appears twice' });
        seen.add(record.id);
      });
    }
    const journeyIds = new Set(file.journeys.map((j) => j.id));
    const stepJourney = new Map(file.journeySteps.map((s) => [s.id, s.journeyId]));
    const accountIds = new Set(file.accounts.map((a) => a.id));
    const retroIds = new Set(file.retros.map((r) => r.id));
    file.journeySteps.forEach((step, i) => {
      if (!journeyIds.has(step.journeyId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['journeySteps', i, 'journeyId'],
          message: 'names a journey that is not in the file',
        });
      }
    });
    file.painPoints.forEach((pain, i) => {
      const journeyId = stepJourney.get(pain.stepId);
      if (journeyId === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['painPoints', i, 'stepId'],
          message: 'names a step that is not in the file',
        });
      } else if (journeyId !== pain.journeyId) {
        ctx.addIssue({
          code: 'custom',
          path: ['painPoints', i, 'journeyId'],
          message: 'is not the journey of its step',
        });
      }
      pain.accountIds.forEach((accountId, k) => {
        if (!accountIds.has(accountId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['painPoints', i, 'accountIds', k],
            message: 'names an account that is not in the file',
          });
        }
      });
      if (pain.retroId !== null && !retroIds.has(pain.retroId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['painPoints', i, 'retroId'],
          message: 'names a retrospective that is not in the file',
        });
      }
    });
    file.retros.forEach((retro, i) => {
      retro.accountIds.forEach((accountId, k) => {
        if (!accountIds.has(accountId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['retros', i, 'accountIds', k],
            message: 'names an account that is not in the file',
          });
        }
      });
    });
    // Every part of a retrospective must come with its retrospective.
    const parts = [
      'timelineEvents',
      'participantAccounts',
      'contributingFactors',
      'actionItems',
      'reviewSessions',
    ] as const;
    for (const part of parts) {
      file[part].forEach((record, i) => {
        if (!retroIds.has(record.retroId)) {
          ctx.addIssue({
            code: 'custom',
            path: [part, i, 'retroId'],
            message: 'names a retrospective that is not in the file',
          });
        }
      });
    }
  });

/**
 * The days of one SLO's data must join into one series the app can hold: one kind, one step,
 * samples on one grid, each day once, and no more points from first to last than an import takes.
 */
function seriesProblems(
  chunks: {
    sloId: string;
    dayStartMs: number;
    startMs: number;
    stepMs: number;
    kind: string;
    a: unknown[];
  }[],
): { code: 'custom'; path: (string | number)[]; message: string }[] {
  const problems: { code: 'custom'; path: (string | number)[]; message: string }[] = [];
  const first = new Map<
    string,
    { index: number; startMs: number; endMs: number; days: Set<number> }
  >();
  chunks.forEach((chunk, i) => {
    const seen = first.get(chunk.sloId);
    if (!seen) {
      const endMs = chunk.startMs + chunk.a.length * chunk.stepMs;
      first.set(chunk.sloId, {
        index: i,
        startMs: chunk.startMs,
        endMs,
        days: new Set([chunk.dayStartMs]),
      });
      return;
    }
    const head = chunks[seen.index]!;
    const at = (field: string, message: string) =>
      problems.push({ code: 'custom', path: ['sliData', i, field], message });
    if (chunk.kind !== head.kind) at('kind', 'differs from the other days of this SLO');
    else if (chunk.stepMs !== head.stepMs) at('stepMs', 'differs from the other days of this SLO');
    else if ((chunk.startMs - head.startMs) % head.stepMs !== 0) {
      at('startMs', 'is off the time grid of the other days of this SLO');
    } else if (seen.days.has(chunk.dayStartMs)) at('dayStartMs', 'appears twice for this SLO');
    seen.days.add(chunk.dayStartMs);
    seen.startMs = Math.min(seen.startMs, chunk.startMs);
    seen.endMs = Math.max(seen.endMs, chunk.startMs + chunk.a.length * chunk.stepMs);
  });
  for (const [sloId, span] of first) {
    const head = chunks[span.index]!;
    if ((span.endMs - span.startMs) / head.stepMs > MAX_SERIES_POINTS) {
      problems.push({
        code: 'custom',
        path: ['sliData', span.index, 'startMs'],
        message:
          `the data of SLO ${sloId} spans more than ${MAX_SERIES_POINTS.toLocaleString('en-US')} ` +
          'steps from first to last: check for a stray date',
      });
    }
  }
  return problems;
}

export type WorkbookFile = z.infer<typeof workbookFileSchema>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: string[] };

export interface WorkbookContents {
  workbook: Workbook;
  slos: Slo[];
  sliChunks: (SliChunk & { sloId: string })[];
  accounts: Account[];
  journeys: Journey[];
  journeySteps: JourneyStep[];
  painPoints: PainPoint[];
  retros: Retro[];
  timelineEvents: TimelineEvent[];
  participantAccounts: ParticipantAccount[];
  contributingFactors: ContributingFactor[];
  actionItems: ActionItem[];
  reviewSessions: ReviewSession[];
}

const byId = <T extends { id: string }>(list: T[]) =>
  [...list].sort((a, b) => a.id.localeCompare(b.id));

const toJsonNumbers = (values: Float64Array) =>
  Array.from(values, (v) => (Number.isNaN(v) ? null : v));
const fromJsonNumbers = (values: (number | null)[]) =>
  Float64Array.from(values, (v) => (v === null ? Number.NaN : v));

export function buildWorkbookFile(
  contents: WorkbookContents,
  appVersion: string,
  exportedAt: string,
): WorkbookFile {
  const accountIds = new Set(contents.accounts.map((a) => a.id));
  const retroIds = new Set(contents.retros.map((r) => r.id));
  return {
    format: WORKBOOK_FILE_FORMAT,
    version: WORKBOOK_FILE_VERSION,
    exportedAt,
    appVersion,
    // Through the schemas: the same records always serialise to the same text, keys in order.
    workbook: workbookSchema.parse(contents.workbook),
    slos: [...contents.slos]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((slo) => sloSchema.parse(slo)),
    sliData: [...contents.sliChunks]
      .sort((a, b) => a.sloId.localeCompare(b.sloId) || a.dayStartMs - b.dayStartMs)
      .map((c) => ({
        sloId: c.sloId,
        dayStartMs: c.dayStartMs,
        startMs: c.startMs,
        stepMs: c.stepMs,
        kind: c.kind,
        a: toJsonNumbers(c.a),
        b: c.b ? toJsonNumbers(c.b) : null,
      })),
    accounts: byId(contents.accounts).map((r) => accountSchema.parse(r)),
    journeys: byId(contents.journeys).map((r) => journeySchema.parse(r)),
    journeySteps: byId(contents.journeySteps).map((r) => journeyStepSchema.parse(r)),
    // A name of an account or incident that is gone would make the file unreadable; it is
    // dropped instead.
    painPoints: byId(contents.painPoints).map((r) =>
      painPointSchema.parse({
        ...r,
        accountIds: r.accountIds.filter((a) => accountIds.has(a)),
        retroId: r.retroId !== null && retroIds.has(r.retroId) ? r.retroId : null,
      }),
    ),
    retros: byId(contents.retros).map((r) =>
      retroSchema.parse({ ...r, accountIds: r.accountIds.filter((a) => accountIds.has(a)) }),
    ),
    timelineEvents: byId(contents.timelineEvents).map((r) => timelineEventSchema.parse(r)),
    participantAccounts: byId(contents.participantAccounts).map((r) =>
      participantAccountSchema.parse(r),
    ),
    contributingFactors: byId(contents.contributingFactors).map((r) =>
      contributingFactorSchema.parse(r),
    ),
    actionItems: byId(contents.actionItems).map((r) => actionItemSchema.parse(r)),
    reviewSessions: byId(contents.reviewSessions).map((r) => reviewSessionSchema.parse(r)),
  };
}

/** The file's records as the app stores them. */
export function workbookFileContents(file: WorkbookFile): WorkbookContents {
  return {
    workbook: file.workbook,
    slos: file.slos,
    sliChunks: file.sliData.map((c) => ({
      sloId: c.sloId,
      dayStartMs: c.dayStartMs,
      startMs: c.startMs,
      stepMs: c.stepMs,
      kind: c.kind,
      a: fromJsonNumbers(c.a),
      b: c.b ? fromJsonNumbers(c.b) : null,
    })),
    accounts: file.accounts,
    journeys: file.journeys,
    journeySteps: file.journeySteps,
    painPoints: file.painPoints,
    retros: file.retros,
    timelineEvents: file.timelineEvents,
    participantAccounts: file.participantAccounts,
    contributingFactors: file.contributingFactors,
    actionItems: file.actionItems,
    reviewSessions: file.reviewSessions,
  };
}

/**
 * One record per line: a diff shows which records changed, and the file stays a third of the
 * size an indented one would be (200,000 pain points fit well under the open limit).
 */
export function serializeWorkbookFile(file: WorkbookFile): string {
  const lines = Object.entries(file).map(([key, value]) => {
    const name = JSON.stringify(key);
    if (!Array.isArray(value)) return `${name}: ${JSON.stringify(value)}`;
    if (value.length === 0) return `${name}: []`;
    return `${name}: [\n${value.map((record) => JSON.stringify(record)).join(',\n')}\n]`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** Reads a workbook file's text; never throws, and says what is wrong in plain words. */
export function parseWorkbookFile(text: string): ParseResult<WorkbookFile> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const truncated = text.trim().length > 0 && !text.trim().endsWith('}');
    return {
      ok: false,
      problems: [
        truncated
          ? `The file looks cut short: it is not complete JSON (${detail}).`
          : `The file is not a workbook file: it is not valid JSON (${detail}).`,
      ],
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problems: ['The file is not a workbook file: it holds no workbook.'] };
  }
  const header = data as { format?: unknown; version?: unknown };
  if (header.format !== WORKBOOK_FILE_FORMAT) {
    return {
      ok: false,
      problems: ['The file is not an SLO Workbook file (its "format" field is missing or other).'],
    };
  }
  if (typeof header.version === 'number' && header.version > WORKBOOK_FILE_VERSION) {
    return {
      ok: false,
      problems: [
        `The file was made by a newer version of SLO Workbook (file format ${header.version}; ` +
          `this app reads formats up to ${WORKBOOK_FILE_VERSION}). Update the app to open it.`,
      ],
    };
  }
  const parsed = workbookFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: formatIssues(parsed.error).slice(0, 20) };
  return { ok: true, value: parsed.data };
}
