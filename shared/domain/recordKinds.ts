import { WORKBOOK_LIMITS } from './workbookLimits';
import type { z } from 'zod';
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
import { sloSchema, type Slo } from './slo';

/**
 * Every kind of record a workbook holds, described once. The workbook file's lists and checks,
 * the remapping of ids on copies and merges, the database's whole-workbook reads and writes and
 * the repository form's folders are all derived from this list; "How to add a record kind" in
 * ARCHITECTURE.md says what else a new kind needs.
 */
export interface RecordTypes {
  accounts: Account;
  journeys: Journey;
  journeySteps: JourneyStep;
  painPoints: PainPoint;
  slos: Slo;
  retros: Retro;
  timelineEvents: TimelineEvent;
  participantAccounts: ParticipantAccount;
  contributingFactors: ContributingFactor;
  actionItems: ActionItem;
  reviewSessions: ReviewSession;
}

/** A kind's name: the key of its list in a workbook file and of its table in the database. */
export type RecordKind = keyof RecordTypes;

/**
 * A reference from one record to records of another kind.
 * - `parent`: the record cannot exist without it (a step's journey); a file naming one that is
 *   not in it is refused.
 * - `checked`: a file naming one that is not in it is refused, and writing a file drops a name
 *   whose record is gone (a pain point's incident).
 * - `loose`: followed on copies and merges only; the app shows nothing for a record that is gone.
 * `many`: a list of ids; `nullable`: may be null; `within`: the ids sit in a list of objects
 * under this field (a participant's views of events).
 */
export interface RecordLink {
  field: string;
  to: RecordKind;
  role: 'parent' | 'checked' | 'loose';
  many?: true;
  nullable?: true;
  within?: string;
  /** Must equal this field of the record that the link `via` names (a pain point's journey is its step's). */
  agrees?: { via: string; field: string };
}

export interface RecordKindDescriptor<K extends RecordKind = RecordKind> {
  kind: K;
  schema: z.ZodType<RecordTypes[K]>;
  /** The Dexie index spec of its table at the latest database version (a test holds them equal). */
  indexes: string;
  /** Plural words for people ("journey steps"), and one record with its article ("a step"). */
  label: string;
  one: string;
  /** Its name inside another record's problem ("is not the journey of its step"). */
  noun: string;
  /** The folder of its records in the repository form. */
  folder: string;
  /** The most records of this kind a workbook file may hold. */
  max: number;
  links: readonly RecordLink[];
}

const describe = <K extends RecordKind>(d: RecordKindDescriptor<K>) => d;

const retroPart = { field: 'retroId', to: 'retros', role: 'parent' } as const;

/** In the order records are written: each after the records it names. */
export const RECORD_KIND_DESCRIPTORS = [
  describe({
    kind: 'accounts',
    schema: accountSchema,
    indexes: 'id, workbookId',
    label: 'customer accounts',
    one: 'an account',
    noun: 'account',
    folder: 'accounts',
    max: WORKBOOK_LIMITS.accounts,
    links: [],
  }),
  describe({
    kind: 'journeys',
    schema: journeySchema,
    indexes: 'id, workbookId',
    label: 'journeys',
    one: 'a journey',
    noun: 'journey',
    folder: 'journeys',
    max: WORKBOOK_LIMITS.journeys,
    links: [],
  }),
  describe({
    kind: 'journeySteps',
    schema: journeyStepSchema,
    indexes: 'id, journeyId, workbookId',
    label: 'journey steps',
    one: 'a step',
    noun: 'step',
    folder: 'journey-steps',
    max: WORKBOOK_LIMITS.journeySteps,
    links: [{ field: 'journeyId', to: 'journeys', role: 'parent' }],
  }),
  describe({
    kind: 'painPoints',
    schema: painPointSchema,
    indexes: 'id, stepId, journeyId, workbookId, retroId, *accountIds',
    label: 'pain points',
    one: 'a pain point',
    noun: 'pain point',
    folder: 'pain-points',
    max: WORKBOOK_LIMITS.painPoints,
    links: [
      { field: 'stepId', to: 'journeySteps', role: 'parent' },
      {
        field: 'journeyId',
        to: 'journeys',
        role: 'parent',
        agrees: { via: 'stepId', field: 'journeyId' },
      },
      { field: 'accountIds', to: 'accounts', role: 'checked', many: true },
      { field: 'retroId', to: 'retros', role: 'checked', nullable: true },
    ],
  }),
  describe({
    kind: 'slos',
    schema: sloSchema,
    indexes: 'id, workbookId, updatedAt, stepId',
    label: 'SLOs',
    one: 'an SLO',
    noun: 'SLO',
    folder: 'slos',
    max: WORKBOOK_LIMITS.slos,
    links: [
      { field: 'journeyId', to: 'journeys', role: 'loose', nullable: true },
      { field: 'stepId', to: 'journeySteps', role: 'loose', nullable: true },
    ],
  }),
  describe({
    kind: 'retros',
    schema: retroSchema,
    indexes: 'id, workbookId, *stepIds, *sloIds, *accountIds',
    label: 'retrospectives',
    one: 'a retrospective',
    noun: 'retrospective',
    folder: 'retrospectives',
    max: WORKBOOK_LIMITS.retros,
    links: [
      { field: 'journeyIds', to: 'journeys', role: 'loose', many: true },
      { field: 'stepIds', to: 'journeySteps', role: 'loose', many: true },
      { field: 'sloIds', to: 'slos', role: 'loose', many: true },
      { field: 'accountIds', to: 'accounts', role: 'checked', many: true },
    ],
  }),
  describe({
    kind: 'timelineEvents',
    schema: timelineEventSchema,
    indexes: 'id, retroId, workbookId',
    label: 'timeline events',
    one: 'a timeline event',
    noun: 'timeline event',
    folder: 'timeline-events',
    max: WORKBOOK_LIMITS.timelineEvents,
    links: [retroPart],
  }),
  describe({
    kind: 'participantAccounts',
    schema: participantAccountSchema,
    indexes: 'id, retroId, workbookId',
    label: 'participants’ accounts',
    one: 'a participant’s account',
    noun: 'participant’s account',
    folder: 'participant-accounts',
    max: WORKBOOK_LIMITS.participantAccounts,
    links: [
      retroPart,
      { field: 'eventId', within: 'eventViews', to: 'timelineEvents', role: 'loose' },
    ],
  }),
  describe({
    kind: 'contributingFactors',
    schema: contributingFactorSchema,
    indexes: 'id, retroId, workbookId',
    label: 'contributing factors',
    one: 'a contributing factor',
    noun: 'contributing factor',
    folder: 'contributing-factors',
    max: WORKBOOK_LIMITS.contributingFactors,
    links: [retroPart, { field: 'eventIds', to: 'timelineEvents', role: 'loose', many: true }],
  }),
  describe({
    kind: 'actionItems',
    schema: actionItemSchema,
    indexes: 'id, retroId, workbookId',
    label: 'action items',
    one: 'an action item',
    noun: 'action item',
    folder: 'action-items',
    max: WORKBOOK_LIMITS.actionItems,
    links: [
      retroPart,
      { field: 'sloId', to: 'slos', role: 'loose', nullable: true },
      { field: 'journeyId', to: 'journeys', role: 'loose', nullable: true },
    ],
  }),
  describe({
    kind: 'reviewSessions',
    schema: reviewSessionSchema,
    indexes: 'id, retroId, workbookId',
    label: 'review sessions',
    one: 'a review session',
    noun: 'review session',
    folder: 'review-sessions',
    max: WORKBOOK_LIMITS.reviewSessions,
    links: [retroPart],
  }),
] as const satisfies readonly RecordKindDescriptor[];

export const RECORD_KINDS: readonly RecordKind[] = RECORD_KIND_DESCRIPTORS.map((d) => d.kind);

const byKind = new Map<RecordKind, RecordKindDescriptor>(
  RECORD_KIND_DESCRIPTORS.map((d) => [d.kind, d as RecordKindDescriptor]),
);

export function recordKind<K extends RecordKind>(kind: K): RecordKindDescriptor<K> {
  return byKind.get(kind) as RecordKindDescriptor<K>;
}

/** The kind whose records cannot exist without a record of `parent` (a retrospective's parts). */
export function kindsWithParent(parent: RecordKind): RecordKind[] {
  return RECORD_KIND_DESCRIPTORS.filter((d) =>
    d.links.some((l: RecordLink) => l.role === 'parent' && l.to === parent && !l.agrees),
  ).map((d) => d.kind);
}

/** The ids one link of a record names (none for a null). */
export function linkedIds(record: Record<string, unknown>, link: RecordLink): string[] {
  const value = record[link.within ?? link.field];
  if (link.within) {
    return Array.isArray(value)
      ? value.map((item) => (item as Record<string, unknown>)[link.field] as string)
      : [];
  }
  if (link.many) return Array.isArray(value) ? (value as string[]) : [];
  return typeof value === 'string' ? [value] : [];
}

/** The same record with the ids of one link passed through `map`. */
export function mapLink<T extends object>(
  record: T,
  link: RecordLink,
  map: (id: string) => string,
): T {
  const r = record as Record<string, unknown>;
  if (link.within) {
    const list = r[link.within];
    if (!Array.isArray(list)) return record;
    return {
      ...record,
      [link.within]: list.map((item: Record<string, unknown>) => ({
        ...item,
        [link.field]: map(item[link.field] as string),
      })),
    };
  }
  const value = r[link.field];
  if (link.many) {
    return Array.isArray(value)
      ? { ...record, [link.field]: (value as string[]).map(map) }
      : record;
  }
  return typeof value === 'string' ? { ...record, [link.field]: map(value) } : record;
}

/** The same record without the ids of one link that `keep` refuses (null for a single id). */
export function filterLink<T extends object>(
  record: T,
  link: RecordLink,
  keep: (id: string) => boolean,
): T {
  const value = (record as Record<string, unknown>)[link.field];
  if (link.many && Array.isArray(value))
    return { ...record, [link.field]: (value as string[]).filter(keep) };
  if (typeof value === 'string' && !keep(value))
    return { ...record, [link.field]: link.nullable ? null : value };
  return record;
}
