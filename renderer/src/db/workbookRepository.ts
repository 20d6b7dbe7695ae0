import { newId, nowIso } from '../../../shared/domain/ids';
import {
  workbookDraftSchema,
  type Workbook,
  type WorkbookDraft,
} from '../../../shared/domain/workbook';
import type { WorkbookContents } from '../../../shared/domain/workbookFile';
import type { WorkbookDatabase } from './database';
import { guardWrite } from './storageErrors';

export function listWorkbooks(db: WorkbookDatabase): Promise<Workbook[]> {
  return db.workbooks.orderBy('name').toArray();
}

export function getWorkbook(db: WorkbookDatabase, id: string): Promise<Workbook | undefined> {
  return db.workbooks.get(id);
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

/** Deletes the workbook and everything that belongs to it, in one transaction. */
export async function deleteWorkbook(db: WorkbookDatabase, id: string): Promise<void> {
  await guardWrite('delete the workbook', () =>
    db.transaction('rw', db.workbooks, db.slos, db.sliChunks, async () => {
      await db.sliChunks.where('workbookId').equals(id).delete();
      await db.slos.where('workbookId').equals(id).delete();
      await db.workbooks.delete(id);
    }),
  );
}

/** What deleting a workbook would remove, for the confirmation. */
export async function countWorkbookContents(
  db: WorkbookDatabase,
  id: string,
): Promise<{ slos: number }> {
  return { slos: await db.slos.where('workbookId').equals(id).count() };
}

/** Everything a workbook file holds for one workbook, read in one consistent snapshot. */
export async function readWorkbookContents(
  db: WorkbookDatabase,
  id: string,
): Promise<WorkbookContents | undefined> {
  return db.transaction('r', db.workbooks, db.slos, db.sliChunks, async () => {
    const workbook = await db.workbooks.get(id);
    if (!workbook) return undefined;
    const slos = await db.slos.where('workbookId').equals(id).toArray();
    const sliChunks = (await db.sliChunks.where('workbookId').equals(id).toArray()).map(
      ({ workbookId: _workbookId, ...chunk }) => chunk,
    );
    return { workbook, slos, sliChunks };
  });
}

/**
 * Writes an already-validated workbook's records, all in one transaction. When that workbook is
 * already here, the import becomes a copy with new ids throughout, so nothing on this computer is
 * overwritten.
 */
export async function importWorkbookContents(
  db: WorkbookDatabase,
  contents: WorkbookContents,
): Promise<Workbook> {
  return guardWrite('import the workbook', () =>
    db.transaction('rw', db.workbooks, db.slos, db.sliChunks, async () => {
      const incoming = contents.workbook;
      const clash = await db.workbooks.get(incoming.id);
      const workbook: Workbook = clash
        ? {
            ...incoming,
            id: newId(),
            name: `${incoming.name.slice(0, 100)} (imported)`,
            updatedAt: nowIso(),
          }
        : incoming;
      const sloIds = new Map<string, string>();
      for (const slo of contents.slos) {
        const taken = clash || (await db.slos.get(slo.id)) !== undefined;
        sloIds.set(slo.id, taken ? newId() : slo.id);
      }
      await db.workbooks.add(workbook);
      await db.slos.bulkAdd(
        contents.slos.map((slo) => ({ ...slo, id: sloIds.get(slo.id)!, workbookId: workbook.id })),
      );
      await db.sliChunks.bulkAdd(
        contents.sliChunks.map((chunk) => ({
          ...chunk,
          sloId: sloIds.get(chunk.sloId)!,
          workbookId: workbook.id,
        })),
      );
      return workbook;
    }),
  );
}
