import { newId, nowIso } from '../../../shared/domain/ids';
import {
  workbookDraftSchema,
  type Workbook,
  type WorkbookDraft,
} from '../../../shared/domain/workbook';
import type { WorkbookContents } from '../../../shared/domain/workbookFile';
import { remapContents } from '../../../shared/domain/remapContents';
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

/** Each table of records with ids, beside the records of `contents` that go into it. */
export function recordGroups(db: WorkbookDatabase, contents: Omit<WorkbookContents, 'workbook'>) {
  const group = <T extends { id: string; workbookId: string }>(
    label: string,
    table: { bulkGet(ids: string[]): Promise<(T | undefined)[]> },
    records: { id: string }[],
  ) => ({ label, table, records });
  return [
    group('customer accounts', db.accounts, contents.accounts),
    group('journeys', db.journeys, contents.journeys),
    group('journey steps', db.journeySteps, contents.journeySteps),
    group('pain points', db.painPoints, contents.painPoints),
    group('SLOs', db.slos, contents.slos),
    group('retrospectives', db.retros, contents.retros),
    group('timeline events', db.timelineEvents, contents.timelineEvents),
    group('participants’ accounts', db.participantAccounts, contents.participantAccounts),
    group('contributing factors', db.contributingFactors, contents.contributingFactors),
    group('action items', db.actionItems, contents.actionItems),
    group('review sessions', db.reviewSessions, contents.reviewSessions),
  ];
}

/** Every table whose records belong to a workbook, for deletes and exports. */
export function workbookTables(db: WorkbookDatabase) {
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
        for (const group of recordGroups(db, contents)) {
          const found = await group.table.bulkGet(group.records.map((r) => r.id));
          if (found.some((record) => record !== undefined)) return true;
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
      const workbook: Workbook = copy
        ? {
            ...incoming,
            id: id(incoming.id),
            name: `${incoming.name.slice(0, 100)} (imported)`,
            updatedAt: nowIso(),
          }
        : incoming;
      const records = remapContents(contents, id, workbook.id);
      await db.workbooks.add(workbook);
      await writeRecords(db, records, workbook.id);
      return workbook;
    }),
  );
}

/** Adds already-remapped records of one workbook; the caller holds the transaction. */
export async function writeRecords(
  db: WorkbookDatabase,
  records: Omit<WorkbookContents, 'workbook'>,
  workbookId: string,
): Promise<void> {
  await db.accounts.bulkAdd(records.accounts);
  await db.journeys.bulkAdd(records.journeys);
  await db.journeySteps.bulkAdd(records.journeySteps);
  await db.painPoints.bulkAdd(records.painPoints);
  await db.slos.bulkAdd(records.slos);
  await db.sliChunks.bulkAdd(records.sliChunks.map((chunk) => ({ ...chunk, workbookId })));
  await db.retros.bulkAdd(records.retros);
  await db.timelineEvents.bulkAdd(records.timelineEvents);
  await db.participantAccounts.bulkAdd(records.participantAccounts);
  await db.contributingFactors.bulkAdd(records.contributingFactors);
  await db.actionItems.bulkAdd(records.actionItems);
  await db.reviewSessions.bulkAdd(records.reviewSessions);
}
