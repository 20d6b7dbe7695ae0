import { assertWithinLimits, countRecords } from './workbookCapacity';
import type { EntityTable, IDType } from 'dexie';
import type { z } from 'zod';
import { startAlone } from '../../../shared/retro/sessionTimer';
import { newId, nowIso } from '../../../shared/domain/ids';
import {
  actionItemDraftSchema,
  contributingFactorDraftSchema,
  participantAccountDraftSchema,
  retroSchema,
  reviewSessionSchema,
  timelineEventDraftSchema,
  type ActionItem,
  type ActionItemDraft,
  type ContributingFactor,
  type ContributingFactorDraft,
  type ParticipantAccount,
  type ParticipantAccountDraft,
  type Retro,
  type RetroTemplateId,
  type ReviewSession,
  type TimelineEvent,
  type TimelineEventDraft,
} from '../../../shared/domain/retro';
import { retroTemplate } from '../../../shared/retro/templates';
import { kindsWithParent } from '../../../shared/domain/recordKinds';
import type { WorkbookDatabase } from './database';
import { guardWrite, recordGone, editConflict } from './storageErrors';
import { applyEdit } from '../../../shared/domain/fieldPatch';

/** The fields of a retrospective a person edits; the rest the app keeps. */
export type RetroPatch = Partial<Omit<Retro, 'id' | 'workbookId' | 'createdAt' | 'updatedAt'>>;

/** A retrospective's table and the tables of its parts. */
function retroTables(db: WorkbookDatabase) {
  return [db.retros, ...kindsWithParent('retros').map((kind) => db[kind])];
}

export function listRetros(db: WorkbookDatabase, workbookId: string): Promise<Retro[]> {
  return db.retros
    .where('workbookId')
    .equals(workbookId)
    .toArray()
    .then((all) =>
      all.sort(
        (a, b) =>
          (b.startedAt ?? b.createdAt).localeCompare(a.startedAt ?? a.createdAt) ||
          a.title.localeCompare(b.title),
      ),
    );
}

/** A new retrospective with the template's prompts, open questions and planned sessions. */
export async function createRetro(
  db: WorkbookDatabase,
  workbookId: string,
  fields: { title: string; template: RetroTemplateId },
): Promise<Retro> {
  const template = retroTemplate(fields.template);
  const now = nowIso();
  const retro = retroSchema.parse({
    id: newId(),
    workbookId,
    title: fields.title,
    template: template.id,
    prompts: template.prompts.map((p) => ({ ...p, answer: '' })),
    openQuestions: template.openQuestions.map((text) => ({ id: newId(), text, answered: false })),
    createdAt: now,
    updatedAt: now,
  });
  // Sessions are listed in creation order; a millisecond apart keeps the template's order.
  const sessions: ReviewSession[] = template.sessions.map((s, i) => {
    const at = new Date(Date.parse(now) + i).toISOString();
    return reviewSessionSchema.parse({
      ...s,
      id: newId(),
      workbookId,
      retroId: retro.id,
      createdAt: at,
      updatedAt: at,
    });
  });
  return guardWrite('create the retrospective', () =>
    db.transaction('rw', [db.workbooks, db.retros, db.reviewSessions], async () => {
      if (!(await db.workbooks.get(workbookId))) throw recordGone('workbook');
      await db.retros.add(retro);
      await db.reviewSessions.bulkAdd(sessions);
      return retro;
    }),
  );
}

/**
 * Changes only the fields given, read and written in one transaction, so two fields saved at
 * once (a title and a prompt answer typed in quick succession) never overwrite each other. A
 * function patch sees the stored record, for changes inside a list (one prompt's answer).
 */
export async function updateRetro(
  db: WorkbookDatabase,
  id: string,
  patch: RetroPatch | ((current: Retro) => RetroPatch),
): Promise<Retro> {
  return guardWrite('save the retrospective', () =>
    db.transaction('rw', db.retros, async () => {
      const existing = await db.retros.get(id);
      if (!existing) throw recordGone('retrospective');
      const change = typeof patch === 'function' ? patch(existing) : patch;
      const next = retroSchema.parse({ ...existing, ...change, updatedAt: nowIso() });
      await db.retros.put(next);
      return next;
    }),
  );
}

/** Keeps (or takes back) a dismissal of a blame-language finding. */
export async function setDismissed(
  db: WorkbookDatabase,
  retroId: string,
  key: string,
  dismissed: boolean,
): Promise<void> {
  await guardWrite('keep the dismissal', () =>
    db.transaction('rw', db.retros, async () => {
      const retro = await db.retros.get(retroId);
      if (!retro) throw recordGone('retrospective');
      const rest = retro.dismissals.filter((k) => k !== key);
      await db.retros.update(retroId, { dismissals: dismissed ? [...rest, key] : rest });
    }),
  );
}

/** Everything a retrospective holds, for deleting it with undo. */
export interface RetroBundle {
  retro: Retro;
  events: TimelineEvent[];
  accounts: ParticipantAccount[];
  factors: ContributingFactor[];
  actionItems: ActionItem[];
  sessions: ReviewSession[];
  /** Pain points that named this incident: they lose the link, and undo gives it back. */
  painPointIds: string[];
}

export async function deleteRetro(db: WorkbookDatabase, id: string): Promise<RetroBundle | null> {
  return guardWrite('delete the retrospective', () =>
    db.transaction('rw', [...retroTables(db), db.painPoints], async () => {
      const retro = await db.retros.get(id);
      if (!retro) return null;
      const painPointIds = (await db.painPoints.where('retroId').equals(id).primaryKeys()).map(
        String,
      );
      await db.painPoints.where('retroId').equals(id).modify({ retroId: null });
      const bundle: RetroBundle = {
        painPointIds,
        retro,
        events: await db.timelineEvents.where('retroId').equals(id).toArray(),
        accounts: await db.participantAccounts.where('retroId').equals(id).toArray(),
        factors: await db.contributingFactors.where('retroId').equals(id).toArray(),
        actionItems: await db.actionItems.where('retroId').equals(id).toArray(),
        sessions: await db.reviewSessions.where('retroId').equals(id).toArray(),
      };
      for (const table of retroTables(db).slice(1)) {
        await table.where('retroId').equals(id).delete();
      }
      await db.retros.delete(id);
      return bundle;
    }),
  );
}

export async function restoreRetro(db: WorkbookDatabase, bundle: RetroBundle): Promise<void> {
  await guardWrite('put the retrospective back', () =>
    db.transaction('rw', [db.workbooks, ...retroTables(db), db.painPoints], async () => {
      if (!(await db.workbooks.get(bundle.retro.workbookId))) throw recordGone('workbook');
      await db.retros.put(bundle.retro);
      await db.painPoints
        .where('id')
        .anyOf(bundle.painPointIds)
        .modify((pain) => {
          if (pain.retroId === null) pain.retroId = bundle.retro.id;
        });
      await db.timelineEvents.bulkPut(bundle.events);
      await db.participantAccounts.bulkPut(bundle.accounts);
      await db.contributingFactors.bulkPut(bundle.factors);
      await db.actionItems.bulkPut(bundle.actionItems);
      await db.reviewSessions.bulkPut(bundle.sessions);
    }),
  );
}

/** Everything one retrospective holds, read in one snapshot. */
export async function readRetroParts(
  db: WorkbookDatabase,
  retroId: string,
): Promise<Omit<RetroBundle, 'retro' | 'painPointIds'>> {
  return db.transaction('r', retroTables(db).slice(1), async () => ({
    events: (await db.timelineEvents.where('retroId').equals(retroId).toArray()).sort(
      (a, b) => a.at.localeCompare(b.at) || a.createdAt.localeCompare(b.createdAt),
    ),
    accounts: (await db.participantAccounts.where('retroId').equals(retroId).toArray()).sort(
      (a, b) => a.createdAt.localeCompare(b.createdAt),
    ),
    factors: (await db.contributingFactors.where('retroId').equals(retroId).toArray()).sort(
      (a, b) => a.createdAt.localeCompare(b.createdAt),
    ),
    actionItems: (await db.actionItems.where('retroId').equals(retroId).toArray()).sort(
      (a, b) => a.dueDate.localeCompare(b.dueDate) || a.createdAt.localeCompare(b.createdAt),
    ),
    sessions: (await db.reviewSessions.where('retroId').equals(retroId).toArray()).sort((a, b) =>
      a.createdAt.localeCompare(b.createdAt),
    ),
  }));
}

// Records that belong to one retrospective share one way of being saved.

interface Owned {
  id: string;
  workbookId: string;
  retroId: string;
  createdAt: string;
  updatedAt: string;
}

// Dexie cannot see through the generic that an Owned record's key is its string id.
const key = <T extends Owned>(id: string) => id as IDType<T, 'id'>;

async function saveOwned<T extends Owned>(
  db: WorkbookDatabase,
  table: EntityTable<T, 'id'>,
  draftSchema: z.ZodType,
  retroId: string,
  draft: unknown,
  id: string | undefined,
  action: string,
  base?: Partial<T>,
  labels: Record<string, string> = {},
): Promise<T> {
  const fields = draftSchema.parse(draft) as Omit<T, keyof Owned>;
  const now = nowIso();
  return guardWrite(action, () =>
    db.transaction('rw', db.retros, table, async () => {
      const retro = await db.retros.get(retroId);
      if (!retro) throw recordGone('retrospective');
      const existing = id ? await table.get(key<T>(id)) : undefined;
      if (id && !existing) throw recordGone(action.replace(/^save the /, ''));
      const edit = existing && applyEdit(existing, base, fields as Partial<T>);
      if (edit?.conflicts.length) throw editConflict(edit.conflicts, labels);
      const record = (
        edit
          ? { ...edit.next, updatedAt: now }
          : {
              ...fields,
              id: newId(),
              workbookId: retro.workbookId,
              retroId,
              createdAt: now,
              updatedAt: now,
            }
      ) as T;
      await table.put(record);
      return record;
    }),
  );
}

export const saveEvent = (
  db: WorkbookDatabase,
  retroId: string,
  draft: TimelineEventDraft,
  id?: string,
) =>
  saveOwned<TimelineEvent>(
    db,
    db.timelineEvents,
    timelineEventDraftSchema,
    retroId,
    draft,
    id,
    'save the event',
  );

export const saveParticipantAccount = (
  db: WorkbookDatabase,
  retroId: string,
  draft: ParticipantAccountDraft,
  id?: string,
) =>
  saveOwned<ParticipantAccount>(
    db,
    db.participantAccounts,
    participantAccountDraftSchema,
    retroId,
    draft,
    id,
    'save the account',
  );

export const saveFactor = (
  db: WorkbookDatabase,
  retroId: string,
  draft: ContributingFactorDraft,
  id?: string,
) =>
  saveOwned<ContributingFactor>(
    db,
    db.contributingFactors,
    contributingFactorDraftSchema,
    retroId,
    draft,
    id,
    'save the contributing factor',
  );

const ACTION_LABELS = {
  description: 'Action',
  owner: 'Owner',
  dueDate: 'Due',
  status: 'Status',
  kind: 'Kind',
  sloId: 'Protects (SLO)',
  journeyId: 'Protects (journey)',
};

/** `base`: the item as its form opened it, so only what the person changed is written. */
export const saveActionItem = (
  db: WorkbookDatabase,
  retroId: string,
  draft: ActionItemDraft,
  id?: string,
  base?: Partial<ActionItem>,
) =>
  saveOwned<ActionItem>(
    db,
    db.actionItems,
    actionItemDraftSchema,
    retroId,
    draft,
    id,
    'save the action item',
    base,
    ACTION_LABELS,
  );

/** Accepted draft events from a pasted chat log, all in one transaction. */
export async function addEvents(
  db: WorkbookDatabase,
  retroId: string,
  drafts: TimelineEventDraft[],
): Promise<TimelineEvent[]> {
  const fields = drafts.map((d) => timelineEventDraftSchema.parse(d));
  const now = nowIso();
  return guardWrite('add the events', () =>
    db.transaction('rw', db.retros, db.timelineEvents, async () => {
      const retro = await db.retros.get(retroId);
      if (!retro) throw recordGone('retrospective');
      const before = await countRecords(db, retro.workbookId, ['timelineEvents']);
      const events: TimelineEvent[] = fields.map((f) => ({
        ...f,
        id: newId(),
        workbookId: retro.workbookId,
        retroId,
        createdAt: now,
        updatedAt: now,
      }));
      await db.timelineEvents.bulkAdd(events);
      await assertWithinLimits(db, retro.workbookId, before);
      return events;
    }),
  );
}

/** What deleting an event removed, including the links to it, so undo puts all of it back. */
export interface DeletedEvent {
  event: TimelineEvent;
  factors: ContributingFactor[];
  accounts: ParticipantAccount[];
}

export async function deleteEvent(db: WorkbookDatabase, id: string): Promise<DeletedEvent | null> {
  return guardWrite('delete the event', () =>
    db.transaction(
      'rw',
      db.timelineEvents,
      db.contributingFactors,
      db.participantAccounts,
      async () => {
        const event = await db.timelineEvents.get(id);
        if (!event) return null;
        const factors = (
          await db.contributingFactors.where('retroId').equals(event.retroId).toArray()
        ).filter((f) => f.eventIds.includes(id));
        const accounts = (
          await db.participantAccounts.where('retroId').equals(event.retroId).toArray()
        ).filter((a) => a.eventViews.some((v) => v.eventId === id));
        await db.contributingFactors.bulkPut(
          factors.map((f) => ({ ...f, eventIds: f.eventIds.filter((e) => e !== id) })),
        );
        await db.participantAccounts.bulkPut(
          accounts.map((a) => ({ ...a, eventViews: a.eventViews.filter((v) => v.eventId !== id) })),
        );
        await db.timelineEvents.delete(id);
        return { event, factors, accounts };
      },
    ),
  );
}

export async function restoreEvent(db: WorkbookDatabase, deleted: DeletedEvent): Promise<void> {
  await guardWrite('put the event back', () =>
    db.transaction(
      'rw',
      db.timelineEvents,
      db.contributingFactors,
      db.participantAccounts,
      async () => {
        await db.timelineEvents.put(deleted.event);
        await db.contributingFactors.bulkPut(deleted.factors);
        await db.participantAccounts.bulkPut(deleted.accounts);
      },
    ),
  );
}

/** Deletes one record of a retrospective that nothing else points at; returns it for undo. */
export async function deleteOwned<T extends Owned>(
  db: WorkbookDatabase,
  table: EntityTable<T, 'id'>,
  id: string,
): Promise<T | null> {
  return guardWrite('delete it', () =>
    db.transaction('rw', table, async () => {
      const record = await table.get(key<T>(id));
      if (!record) return null;
      await table.delete(key<T>(id));
      return record;
    }),
  );
}

export async function restoreOwned<T extends Owned>(
  db: WorkbookDatabase,
  table: EntityTable<T, 'id'>,
  record: T,
): Promise<void> {
  await guardWrite('put it back', () =>
    db.transaction('rw', db.retros, table, async () => {
      if (!(await db.retros.get(record.retroId))) throw recordGone('retrospective');
      await table.put(record);
    }),
  );
}

// Review sessions

export async function addSession(
  db: WorkbookDatabase,
  retroId: string,
  fields: { title: string; timeboxMinutes: number; soakHours: number },
): Promise<ReviewSession> {
  const now = nowIso();
  return guardWrite('plan the session', () =>
    db.transaction('rw', db.retros, db.reviewSessions, async () => {
      const retro = await db.retros.get(retroId);
      if (!retro) throw recordGone('retrospective');
      const session = reviewSessionSchema.parse({
        ...fields,
        id: newId(),
        workbookId: retro.workbookId,
        retroId,
        createdAt: now,
        updatedAt: now,
      });
      await db.reviewSessions.add(session);
      return session;
    }),
  );
}

/** Applies a timer change (start, pause, extend, end) or an edit of the plan. */
export async function updateSession(
  db: WorkbookDatabase,
  id: string,
  patch: Partial<Omit<ReviewSession, 'id' | 'workbookId' | 'retroId' | 'createdAt'>>,
): Promise<void> {
  await guardWrite('save the session', () =>
    db.transaction('rw', db.reviewSessions, async () => {
      const existing = await db.reviewSessions.get(id);
      if (!existing) throw recordGone('session');
      await db.reviewSessions.put(
        reviewSessionSchema.parse({ ...existing, ...patch, updatedAt: nowIso() }),
      );
    }),
  );
}

/**
 * Starts a session's timer and pauses any other session of the workbook that is running, in one
 * transaction: one timebox runs at a time. Returns the titles of the sessions it paused.
 */
export async function startSession(
  db: WorkbookDatabase,
  id: string,
  nowMs: number,
): Promise<string[]> {
  return guardWrite('start the session', () =>
    db.transaction('rw', db.reviewSessions, async () => {
      const target = await db.reviewSessions.get(id);
      if (!target) throw recordGone('session');
      const sessions = await db.reviewSessions
        .where('workbookId')
        .equals(target.workbookId)
        .toArray();
      const changes = startAlone(sessions, id, nowMs);
      const updatedAt = nowIso();
      const paused: string[] = [];
      for (const { id: changed, patch } of changes) {
        const existing = sessions.find((s) => s.id === changed)!;
        if (changed !== id) paused.push(existing.title);
        await db.reviewSessions.put(
          reviewSessionSchema.parse({ ...existing, ...patch, updatedAt }),
        );
      }
      return paused;
    }),
  );
}

/** The review sessions of a workbook, for the session the room is in. */
export function listWorkbookSessions(
  db: WorkbookDatabase,
  workbookId: string,
): Promise<ReviewSession[]> {
  return db.reviewSessions.where('workbookId').equals(workbookId).toArray();
}

// Across retrospectives

export function listActionItems(db: WorkbookDatabase, workbookId: string): Promise<ActionItem[]> {
  return db.actionItems.where('workbookId').equals(workbookId).toArray();
}

/** The retrospectives that name a journey step, for the journey map. */
export function listRetrosForSteps(db: WorkbookDatabase, stepIds: string[]): Promise<Retro[]> {
  return db.retros.where('stepIds').anyOf(stepIds).distinct().toArray();
}
