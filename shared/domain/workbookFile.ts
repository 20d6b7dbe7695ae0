import { z } from 'zod';
import { WORKBOOK_LIMITS } from './workbookLimits';
import { isoTimeSchema } from './ids';
import { DAY_MS, MAX_COUNT, MAX_SERIES_POINTS, MIN_STEP_MS, timeMsSchema } from './bounds';
import {
  filterLink,
  linkedIds,
  recordKind,
  RECORD_KIND_DESCRIPTORS,
  RECORD_KINDS,
  type RecordKind,
  type RecordLink,
  type RecordTypes,
} from './recordKinds';
import { workbookSchema, type Workbook } from './workbook';
import { formatIssues } from './formatIssues';
import type { SliChunk } from '../slo/sliChunks';

/**
 * The file a workbook leaves the app as: every record of the workbook, SLI data included.
 * `version` is the file format, raised whenever a reader of the old format could misread the new.
 */
export const WORKBOOK_FILE_FORMAT = 'slo-workbook';
export const WORKBOOK_FILE_VERSION = 4;
/**
 * Formats this app reads. 2: SLOs keep the file they were imported from (origin) and a calendar's
 * start time; a format 1 file reads as SLOs with neither. 3: accounts carry revenue and renewal,
 * pain points name their incident, retrospectives name the accounts they hurt, SLOs their
 * validation with customer success; an older file reads with none of these. 4: a ratio SLI may
 * keep what its queries count in plain words; an older file reads without them.
 */
export const READABLE_FILE_VERSIONS = [1, 2, 3, 4] as const;

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

/**
 * Each kind's list of records. SLOs were in the first format; a file written before a later kind
 * existed has no list for it, and reads as none.
 */
const recordLists = Object.fromEntries(
  RECORD_KIND_DESCRIPTORS.map((d) => {
    const list = z.array(d.schema as z.ZodType<unknown>).max(d.max);
    return [d.kind, d.kind === 'slos' ? list : list.default([])];
  }),
) as unknown as { [K in RecordKind]: z.ZodType<RecordTypes[K][]> };
// SLOs and their data come first, as they did in the first format.
const { slos: sloList, ...laterLists } = recordLists;

type Issue = { code: 'custom'; path: (string | number)[]; message: string };

export const workbookFileSchema = z
  .object({
    format: z.literal(WORKBOOK_FILE_FORMAT),
    version: z.literal(READABLE_FILE_VERSIONS),
    exportedAt: isoTimeSchema,
    appVersion: z.string().max(50),
    workbook: workbookSchema,
    slos: sloList,
    sliData: z.array(sliChunkFileSchema).max(WORKBOOK_LIMITS.sliData),
    ...laterLists,
  })
  .strict()
  .superRefine((file, ctx) => {
    const lists = file as unknown as Record<RecordKind, Record<string, unknown>[]>;
    const add = (issue: Issue) => ctx.addIssue(issue);
    ownershipProblems(lists, 'slos', file.workbook.id).forEach(add);
    const sloIds = new Set(file.slos.map((slo) => slo.id));
    file.sliData.forEach((chunk, i) => {
      if (!sloIds.has(chunk.sloId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sliData', i, 'sloId'],
          message: 'names an SLO that is not in the file',
        });
      }
    });
    for (const problem of seriesProblems(file.sliData)) ctx.addIssue(problem);
    // Every record belongs to this workbook, appears once, and points at records in the file.
    for (const kind of RECORD_KINDS) {
      if (kind !== 'slos') ownershipProblems(lists, kind, file.workbook.id).forEach(add);
    }
    linkProblems(lists).forEach(add);
  });

/** Records of one kind that belong to another workbook or appear twice. */
function ownershipProblems(
  lists: Record<RecordKind, Record<string, unknown>[]>,
  kind: RecordKind,
  workbookId: string,
): Issue[] {
  const problems: Issue[] = [];
  const seen = new Set<unknown>();
  lists[kind].forEach((record, i) => {
    if (record['workbookId'] !== workbookId) {
      problems.push({
        code: 'custom',
        path: [kind, i, 'workbookId'],
        message: 'belongs to another workbook',
      });
    }
    if (seen.has(record['id']))
      problems.push({ code: 'custom', path: [kind, i, 'id'], message: 'appears twice' });
    seen.add(record['id']);
  });
  return problems;
}

/** Parent and checked links that name a record not in the file (loose links may). */
function linkProblems(lists: Record<RecordKind, Record<string, unknown>[]>): Issue[] {
  const problems: Issue[] = [];
  const index = new Map<RecordKind, Map<unknown, Record<string, unknown>>>();
  const recordsOf = (kind: RecordKind) => {
    let map = index.get(kind);
    if (!map) index.set(kind, (map = new Map(lists[kind].map((r) => [r['id'], r]))));
    return map;
  };
  for (const d of RECORD_KIND_DESCRIPTORS) {
    const links = (d.links as readonly RecordLink[]).filter((l) => l.role !== 'loose');
    if (links.length === 0) continue;
    lists[d.kind].forEach((record, i) => {
      for (const link of links) {
        const target = recordKind(link.to);
        if (link.agrees) {
          const { via, field } = link.agrees;
          const viaLink = links.find((l) => l.field === via)!;
          const named = recordsOf(viaLink.to).get(record[via]);
          if (named && named[field] !== record[link.field]) {
            problems.push({
              code: 'custom',
              path: [d.kind, i, link.field],
              message: `is not the ${target.noun} of its ${recordKind(viaLink.to).noun}`,
            });
          }
          continue;
        }
        const targets = recordsOf(link.to);
        linkedIds(record, link).forEach((id, k) => {
          if (targets.has(id)) return;
          problems.push({
            code: 'custom',
            path: link.many ? [d.kind, i, link.field, k] : [d.kind, i, link.field],
            message: `names ${target.one} that is not in the file`,
          });
        });
      }
    });
  }
  return problems;
}

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

/** Every record of each kind, by kind. */
export type WorkbookRecords = { [K in RecordKind]: RecordTypes[K][] };

export interface WorkbookContents extends WorkbookRecords {
  workbook: Workbook;
  sliChunks: (SliChunk & { sloId: string })[];
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
  const present = new Map<RecordKind, Set<string>>();
  const isPresent = (kind: RecordKind, id: string) => {
    let ids = present.get(kind);
    if (!ids) present.set(kind, (ids = new Set(contents[kind].map((r) => r.id))));
    return ids.has(id);
  };
  // Through the schemas: the same records always serialise to the same text, keys in order.
  // A name of an account or incident that is gone would make the file unreadable; it is dropped.
  const lists = Object.fromEntries(
    RECORD_KIND_DESCRIPTORS.map((d) => {
      const checked = (d.links as readonly RecordLink[]).filter((l) => l.role === 'checked');
      const records = byId(contents[d.kind] as { id: string }[]).map((record) =>
        d.schema.parse(
          checked.reduce((r, link) => filterLink(r, link, (id) => isPresent(link.to, id)), record),
        ),
      );
      return [d.kind, records];
    }),
  ) as unknown as WorkbookRecords;
  const { slos, ...later } = lists;
  return {
    format: WORKBOOK_FILE_FORMAT,
    version: WORKBOOK_FILE_VERSION,
    exportedAt,
    appVersion,
    workbook: workbookSchema.parse(contents.workbook),
    slos,
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
    ...later,
  };
}

/** The file's records as the app stores them. */
export function workbookFileContents(file: WorkbookFile): WorkbookContents {
  const records = Object.fromEntries(
    RECORD_KINDS.map((kind) => [kind, file[kind]]),
  ) as unknown as WorkbookRecords;
  return {
    workbook: file.workbook,
    ...records,
    sliChunks: file.sliData.map((c) => ({
      sloId: c.sloId,
      dayStartMs: c.dayStartMs,
      startMs: c.startMs,
      stepMs: c.stepMs,
      kind: c.kind,
      a: fromJsonNumbers(c.a),
      b: c.b ? fromJsonNumbers(c.b) : null,
    })),
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
