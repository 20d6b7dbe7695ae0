import { newId, nowIso } from '../../../shared/domain/ids';
import {
  workbookDraftSchema,
  type Workbook,
  type WorkbookDraft,
} from '../../../shared/domain/workbook';
import type { WorkbookContents, WorkbookRecords } from '../../../shared/domain/workbookFile';
import { freshIds, remapContents } from '../../../shared/domain/remapContents';
import {
  RECORD_KIND_DESCRIPTORS,
  RECORD_KINDS,
  type RecordKind,
} from '../../../shared/domain/recordKinds';
import type { WorkbookDatabase } from './database';
import { guardWrite, recordGone } from './storageErrors';

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
      if (changed === 0) throw recordGone('workbook');
    }),
  );
}

/** Each table of records with ids, beside the records of `contents` that go into it. */
export function recordGroups(db: WorkbookDatabase, contents: Omit<WorkbookContents, 'workbook'>) {
  return RECORD_KIND_DESCRIPTORS.map((d) => ({
    kind: d.kind as RecordKind,
    label: d.label,
    // Each table takes its own record type; the caller passes that table's records.
    table: recordTable(db, d.kind),
    records: contents[d.kind] as { id: string }[],
  }));
}

/** The table of one kind of record, typed loosely: each kind's table holds its own records. */
export function recordTable(db: WorkbookDatabase, kind: RecordKind) {
  return db[kind] as unknown as {
    bulkGet(ids: string[]): Promise<({ id: string; workbookId: string } | undefined)[]>;
    bulkPut(items: never[]): Promise<unknown>;
    bulkAdd(items: never[]): Promise<unknown>;
    where(index: string): {
      equals(value: string): { toArray(): Promise<unknown[]> };
    };
  };
}

/** Every table whose records belong to a workbook, for deletes and exports. */
export function workbookTables(db: WorkbookDatabase) {
  return [db.workbooks, db.sliChunks, ...RECORD_KINDS.map((kind) => db[kind])];
}

/** Deletes the workbook and everything that belongs to it, in one transaction. */
export async function deleteWorkbook(db: WorkbookDatabase, id: string): Promise<void> {
  await guardWrite('delete the workbook', () =>
    db.transaction('rw', [...workbookTables(db), db.gitLinks], async () => {
      for (const table of workbookTables(db).slice(1)) {
        await table.where('workbookId').equals(id).delete();
      }
      await db.workbooks.delete(id);
      await db.gitLinks.delete(id);
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
    const records: Partial<Record<RecordKind, unknown[]>> = {};
    for (const kind of RECORD_KINDS) {
      records[kind] = await recordTable(db, kind).where('workbookId').equals(id).toArray();
    }
    return { workbook, sliChunks, ...(records as WorkbookRecords) };
  });
}

/** Called as an import writes, with the share of records written so far (0 to 1). */
export type ImportProgress = (fraction: number) => void;

/** A write refused because a record with that id is already stored. */
function isIdClash(error: unknown): boolean {
  const named = error as {
    name?: string;
    failures?: { name?: string }[];
    inner?: { name?: string };
  };
  if (named?.name === 'ConstraintError' || named?.inner?.name === 'ConstraintError') return true;
  return (
    named?.name === 'BulkError' &&
    (named.failures ?? []).every((f) => f?.name === 'ConstraintError')
  );
}

/**
 * Writes an already-validated workbook's records, all in one transaction. When that workbook, or
 * any of its records, is already here, the import becomes a copy with new ids throughout (every
 * reference between records follows), so nothing on this computer is overwritten.
 *
 * Rather than reading every id first (200,000 reads for a large workbook), the records are written
 * with their own ids; an id that is taken aborts that transaction whole, and the copy is written.
 */
export async function importWorkbookContents(
  db: WorkbookDatabase,
  contents: WorkbookContents,
  onProgress?: ImportProgress,
): Promise<Workbook> {
  return guardWrite('import the workbook', async () => {
    if (!(await db.workbooks.get(contents.workbook.id))) {
      try {
        return await writeImport(db, contents, false, onProgress);
      } catch (error) {
        if (!isIdClash(error)) throw error;
      }
    }
    return writeImport(db, contents, true, onProgress);
  });
}

function writeImport(
  db: WorkbookDatabase,
  contents: WorkbookContents,
  copy: boolean,
  onProgress?: ImportProgress,
): Promise<Workbook> {
  return db.transaction('rw', workbookTables(db), async () => {
    const incoming = contents.workbook;
    const id = freshIds(() => copy, newId);
    const workbook: Workbook = copy
      ? {
          ...incoming,
          id: newId(),
          name: `${incoming.name.slice(0, 100)} (imported)`,
          updatedAt: nowIso(),
        }
      : incoming;
    const records = remapContents(contents, id, workbook.id);
    await db.workbooks.add(workbook);
    await writeRecords(db, records, workbook.id, onProgress);
    return workbook;
  });
}

const WRITE_CHUNK = 5000;

/** Adds already-remapped records of one workbook; the caller holds the transaction. */
export async function writeRecords(
  db: WorkbookDatabase,
  records: Omit<WorkbookContents, 'workbook'>,
  workbookId: string,
  onProgress?: ImportProgress,
): Promise<void> {
  const tables: [{ bulkAdd(items: never[]): Promise<unknown> }, unknown[]][] = [];
  for (const kind of RECORD_KINDS) {
    tables.push([recordTable(db, kind), records[kind]]);
    // SLI data after its SLOs.
    if (kind === 'slos')
      tables.push([db.sliChunks, records.sliChunks.map((chunk) => ({ ...chunk, workbookId }))]);
  }
  const total = tables.reduce((sum, [, list]) => sum + list.length, 0);
  let written = 0;
  // In slices, so a large import can say how far it has got; still one transaction.
  for (const [table, list] of tables) {
    for (let i = 0; i < list.length; i += WRITE_CHUNK) {
      const slice = list.slice(i, i + WRITE_CHUNK) as never[];
      await table.bulkAdd(slice);
      written += slice.length;
      onProgress?.(total ? written / total : 1);
    }
  }
}
