import { newId, nowIso } from '../../../shared/domain/ids';
import {
  workbookDraftSchema,
  type Workbook,
  type WorkbookDraft,
} from '../../../shared/domain/workbook';
import type { WorkbookContents } from '../../../shared/domain/workbookFile';
import { remapDismissalKey } from '../../../shared/retro/dismissals';
import type { WorkbookDatabase } from './database';
import { guardWrite } from './storageErrors';

export function listWorkbooks(db: WorkbookDatabase): Promise<Workbook[]> {
  return db.workbooks.orderBy('name').toArray();
}

export async function createWorkbook(
  db: WorkbookDatabase,
  draft: WorkbookDraft,
): Promise<Workbook> {
  const { name, description } = workbookDraftSchema.parse(draft);
  const now = nowIso();
  const workbook: Workbook = { id: newId(), name, description, createdAt: now, updatedAt: now };
  await guardWrite('create the workbook', () =>
    db.transaction('rw', db.workbooks, () => db.workbooks.add(workbook)),
  );
  return workbook;
}

export async function updateWorkbook(
  db: WorkbookDatabase,
  id: string,
  draft: WorkbookDraft,
): Promise<void> {
  const { name, description } = workbookDraftSchema.parse(draft);
  await guardWrite('rename the workbook', () =>
    db.transaction('rw', db.workbooks, async () => {
      const changed = await db.workbooks.update(id, { name, description, updatedAt: nowIso() });
      if (changed === 0) throw new Error('that workbook no longer exists');
    }),
  );
}

/** Every table whose records belong to a workbook, for deletes and exports. */
function workbookTables(db: WorkbookDatabase) {
  return [
    db.workbooks,
    db.slos,
    db.sliChunks,
    db.accounts,
    db.journeys,
    db.journeySteps,
    db.painPoints,
    db.retros,
    db.timelineEvents,
    db.participantAccounts,
    db.contributingFactors,
    db.actionItems,
    db.reviewSessions,
  ];
}

/** Deletes the workbook and everything that belongs to it, in one transaction. */
export async function deleteWorkbook(db: WorkbookDatabase, id: string): Promise<void> {
  await guardWrite('delete the workbook', () =>
    db.transaction('rw', workbookTables(db), async () => {
      for (const table of workbookTables(db).slice(1)) {
        await table.where('workbookId').equals(id).delete();
      }
      await db.workbooks.delete(id);
    }),
  );
}

export interface WorkbookCounts {
  slos: number;
  journeys: number;
  painPoints: number;
  accounts: number;
  retros: number;
}

/** What deleting a workbook would remove, for the confirmation. */
export async function countWorkbookContents(
  db: WorkbookDatabase,
  id: string,
): Promise<WorkbookCounts> {
  return db.transaction('r', workbookTables(db), async () => ({
    slos: await db.slos.where('workbookId').equals(id).count(),
    journeys: await db.journeys.where('workbookId').equals(id).count(),
    painPoints: await db.painPoints.where('workbookId').equals(id).count(),
    accounts: await db.accounts.where('workbookId').equals(id).count(),
    retros: await db.retros.where('workbookId').equals(id).count(),
  }));
}

/** Everything a workbook file holds for one workbook, read in one consistent snapshot. */
export async function readWorkbookContents(
  db: WorkbookDatabase,
  id: string,
): Promise<WorkbookContents | undefined> {
  return db.transaction('r', workbookTables(db), async () => {
    const workbook = await db.workbooks.get(id);
    if (!workbook) return undefined;
    const sliChunks = (await db.sliChunks.where('workbookId').equals(id).toArray()).map(
      ({ workbookId: _workbookId, ...chunk }) => chunk,
    );
    return {
      workbook,
      slos: await db.slos.where('workbookId').equals(id).toArray(),
      sliChunks,
      accounts: await db.accounts.where('workbookId').equals(id).toArray(),
      journeys: await db.journeys.where('workbookId').equals(id).toArray(),
      journeySteps: await db.journeySteps.where('workbookId').equals(id).toArray(),
      painPoints: await db.painPoints.where('workbookId').equals(id).toArray(),
      retros: await db.retros.where('workbookId').equals(id).toArray(),
      timelineEvents: await db.timelineEvents.where('workbookId').equals(id).toArray(),
      participantAccounts: await db.participantAccounts.where('workbookId').equals(id).toArray(),
      contributingFactors: await db.contributingFactors.where('workbookId').equals(id).toArray(),
      actionItems: await db.actionItems.where('workbookId').equals(id).toArray(),
      reviewSessions: await db.reviewSessions.where('workbookId').equals(id).toArray(),
    };
  });
}

/**
 * Writes an already-validated workbook's records, all in one transaction. When that workbook, or
 * any of its records, is already here, the import becomes a copy with new ids throughout (every
 * reference between records follows), so nothing on this computer is overwritten.
 */
export async function importWorkbookContents(
  db: WorkbookDatabase,
  contents: WorkbookContents,
): Promise<Workbook> {
  return guardWrite('import the workbook', () =>
    db.transaction('rw', workbookTables(db), async () => {
      const incoming = contents.workbook;
      const taken = async () => {
        if (await db.workbooks.get(incoming.id)) return true;
        const checks: [{ get(id: string): Promise<unknown> }, { id: string }[]][] = [
          [db.slos, contents.slos],
          [db.accounts, contents.accounts],
          [db.journeys, contents.journeys],
          [db.journeySteps, contents.journeySteps],
          [db.painPoints, contents.painPoints],
          [db.retros, contents.retros],
          [db.timelineEvents, contents.timelineEvents],
          [db.participantAccounts, contents.participantAccounts],
          [db.contributingFactors, contents.contributingFactors],
          [db.actionItems, contents.actionItems],
          [db.reviewSessions, contents.reviewSessions],
        ];
        for (const [table, records] of checks) {
          for (const record of records) if ((await table.get(record.id)) !== undefined) return true;
        }
        return false;
      };
      const copy = await taken();
      const ids = new Map<string, string>();
      const id = (old: string) => {
        if (!copy) return old;
        let fresh = ids.get(old);
        if (!fresh) ids.set(old, (fresh = newId()));
        return fresh;
      };
      const optional = (old: string | null) => (old === null ? null : id(old));
      const workbook: Workbook = copy
        ? {
            ...incoming,
            id: id(incoming.id),
            name: `${incoming.name.slice(0, 100)} (imported)`,
            updatedAt: nowIso(),
          }
        : incoming;
      const workbookId = workbook.id;
      await db.workbooks.add(workbook);
      await db.accounts.bulkAdd(contents.accounts.map((a) => ({ ...a, id: id(a.id), workbookId })));
      await db.journeys.bulkAdd(contents.journeys.map((j) => ({ ...j, id: id(j.id), workbookId })));
      await db.journeySteps.bulkAdd(
        contents.journeySteps.map((s) => ({
          ...s,
          id: id(s.id),
          journeyId: id(s.journeyId),
          workbookId,
        })),
      );
      await db.painPoints.bulkAdd(
        contents.painPoints.map((p) => ({
          ...p,
          id: id(p.id),
          journeyId: id(p.journeyId),
          stepId: id(p.stepId),
          accountIds: p.accountIds.map(id),
          workbookId,
        })),
      );
      await db.slos.bulkAdd(
        contents.slos.map((slo) => ({
          ...slo,
          id: id(slo.id),
          journeyId: optional(slo.journeyId),
          stepId: optional(slo.stepId),
          workbookId,
        })),
      );
      await db.sliChunks.bulkAdd(
        contents.sliChunks.map((chunk) => ({ ...chunk, sloId: id(chunk.sloId), workbookId })),
      );
      await db.retros.bulkAdd(
        contents.retros.map((r) => ({
          ...r,
          id: id(r.id),
          journeyIds: r.journeyIds.map(id),
          stepIds: r.stepIds.map(id),
          sloIds: r.sloIds.map(id),
          dismissals: copy ? r.dismissals.map((k) => remapDismissalKey(k, id)) : r.dismissals,
          workbookId,
        })),
      );
      const inRetro = <T extends { id: string; retroId: string }>(r: T) => ({
        ...r,
        id: id(r.id),
        retroId: id(r.retroId),
        workbookId,
      });
      await db.timelineEvents.bulkAdd(contents.timelineEvents.map(inRetro));
      await db.participantAccounts.bulkAdd(
        contents.participantAccounts.map((a) => ({
          ...inRetro(a),
          eventViews: a.eventViews.map((v) => ({ ...v, eventId: id(v.eventId) })),
        })),
      );
      await db.contributingFactors.bulkAdd(
        contents.contributingFactors.map((f) => ({ ...inRetro(f), eventIds: f.eventIds.map(id) })),
      );
      await db.actionItems.bulkAdd(
        contents.actionItems.map((a) => ({
          ...inRetro(a),
          sloId: optional(a.sloId),
          journeyId: optional(a.journeyId),
        })),
      );
      await db.reviewSessions.bulkAdd(contents.reviewSessions.map(inRetro));
      return workbook;
    }),
  );
}
