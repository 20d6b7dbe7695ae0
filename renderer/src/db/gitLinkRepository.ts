import type { Workbook } from '../../../shared/domain/workbook';
import type { WorkbookContents } from '../../../shared/domain/workbookFile';
import type { GitLink } from '../../../shared/sync/gitLink';
import { fingerprints } from '../../../shared/sync/unpushedChanges';
import type { WorkbookDatabase } from './database';
import { guardWrite } from './storageErrors';
import { readWorkbookContents, workbookTables, writeRecords } from './workbookRepository';

/** A link as the caller gives it: the database fills in the workbook and the fingerprints. */
export type NewGitLink = Omit<GitLink, 'workbookId' | 'synced'>;

export function getGitLink(db: WorkbookDatabase, workbookId: string): Promise<GitLink | undefined> {
  return db.gitLinks.get(workbookId);
}

/** Same records, same order: what a sync was given is still what the database holds. */
const sameContents = (a: WorkbookContents, b: WorkbookContents) =>
  JSON.stringify(fingerprints(a)) === JSON.stringify(fingerprints(b));

/**
 * Writes what a sync agreed with the remote: the workbook's records are replaced by the merged
 * ones and the link moves to the new commit, in one transaction. If the person edited the
 * workbook while the sync ran, nothing is written and the link keeps its old commit, so the next
 * sync merges that edit with the remote instead of losing either. Returns whether it was written.
 */
export async function saveSynced(
  db: WorkbookDatabase,
  sent: WorkbookContents,
  merged: WorkbookContents,
  link: NewGitLink,
): Promise<boolean> {
  const workbookId = sent.workbook.id;
  return guardWrite('save the synced workbook', () =>
    db.transaction('rw', [...workbookTables(db), db.gitLinks], async () => {
      const now = await readWorkbookContents(db, workbookId);
      if (!now || !sameContents(now, sent)) return false;
      for (const table of workbookTables(db).slice(1))
        await table.where('workbookId').equals(workbookId).delete();
      const { workbook, ...records } = merged;
      const kept: Workbook = { ...workbook, id: workbookId };
      await db.workbooks.put(kept);
      await writeRecords(db, records, workbookId);
      const stored = await readWorkbookContents(db, workbookId);
      await db.gitLinks.put({ ...link, workbookId, synced: fingerprints(stored!) });
      return true;
    }),
  );
}

/** A workbook opened from a repository: its records keep their ids, so later syncs line up. */
export async function saveOpened(
  db: WorkbookDatabase,
  contents: WorkbookContents,
  link: NewGitLink,
): Promise<Workbook> {
  return guardWrite('open the shared workbook', () =>
    db.transaction('rw', [...workbookTables(db), db.gitLinks], async () => {
      const { workbook, ...records } = contents;
      if (await db.workbooks.get(workbook.id))
        throw new Error(
          `“${workbook.name}” is already here: sync it from the top bar instead of opening it again.`,
        );
      await db.workbooks.add(workbook);
      await writeRecords(db, records, workbook.id);
      const stored = await readWorkbookContents(db, workbook.id);
      await db.gitLinks.put({ ...link, workbookId: workbook.id, synced: fingerprints(stored!) });
      return workbook;
    }),
  );
}
