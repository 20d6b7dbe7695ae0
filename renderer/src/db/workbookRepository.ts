import { newId, nowIso } from '../../../shared/domain/ids';
import {
  workbookDraftSchema,
  type Workbook,
  type WorkbookDraft,
} from '../../../shared/domain/workbook';
import type { WorkbookContents } from '../../../shared/domain/workbookFile';
import { freshIds, remapContents, type RecordKind } from '../../../shared/domain/remapContents';
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
    kind: RecordKind,
    label: string,
    // `never[]`: each table takes its own record type; the caller passes that table's records.
    table: {
      bulkGet(ids: string[]): Promise<(T | undefined)[]>;
      bulkPut(items: never[]): Promise<unknown>;
    },
    records: { id: string }[],
  ) => ({ kind, label, table, records });
  return [
    group('accounts', 'customer accounts', db.accounts, contents.accounts),
    group('journeys', 'journeys', db.journeys, contents.journeys),
    group('journeySteps', 'journey steps', db.journeySteps, contents.journeySteps),
    group('painPoints', 'pain points', db.painPoints, contents.painPoints),
    group('slos', 'SLOs', db.slos, contents.slos),
    group('retros', 'retrospectives', db.retros, contents.retros),
    group('timelineEvents', 'timeline events', db.timelineEvents, contents.timelineEvents),
    group(
      'participantAccounts',
      'participants’ accounts',
      db.participantAccounts,
      contents.participantAccounts,
    ),
    group(
      'contributingFactors',
      'contributing factors',
      db.contributingFactors,
      contents.contributingFactors,
    ),
    group('actionItems', 'action items', db.actionItems, contents.actionItems),
    group('reviewSessions', 'review sessions', db.reviewSessions, contents.reviewSessions),
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
  const tables: [{ bulkAdd(items: never[]): Promise<unknown> }, unknown[]][] = [
    [db.accounts, records.accounts],
    [db.journeys, records.journeys],
    [db.journeySteps, records.journeySteps],
    [db.painPoints, records.painPoints],
    [db.slos, records.slos],
    [db.sliChunks, records.sliChunks.map((chunk) => ({ ...chunk, workbookId }))],
    [db.retros, records.retros],
    [db.timelineEvents, records.timelineEvents],
    [db.participantAccounts, records.participantAccounts],
    [db.contributingFactors, records.contributingFactors],
    [db.actionItems, records.actionItems],
    [db.reviewSessions, records.reviewSessions],
  ];
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
