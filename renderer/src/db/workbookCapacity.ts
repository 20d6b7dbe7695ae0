import {
  overLimitProblem,
  WORKBOOK_LIMITS,
  type LimitedKind,
} from '../../../shared/domain/workbookLimits';
import type { WorkbookDatabase } from './database';
import { StorageError } from './storageErrors';

const tableOf = (db: WorkbookDatabase, kind: LimitedKind) =>
  kind === 'sliData' ? db.sliChunks : db[kind];

export type RecordCounts = Partial<Record<LimitedKind, number>>;

/** How many records of each kind the workbook holds now (inside the caller's transaction). */
export async function countRecords(
  db: WorkbookDatabase,
  workbookId: string,
  kinds: readonly LimitedKind[],
): Promise<RecordCounts> {
  const counts: RecordCounts = {};
  for (const kind of kinds) {
    counts[kind] = await tableOf(db, kind).where('workbookId').equals(workbookId).count();
  }
  return counts;
}

/**
 * Called last in a write that added records, inside its transaction: throws (so the whole write
 * is undone) when the workbook now holds more of a kind than its file may, saying so in words.
 */
export async function assertWithinLimits(
  db: WorkbookDatabase,
  workbookId: string,
  before: RecordCounts,
): Promise<void> {
  const kinds = Object.keys(before) as LimitedKind[];
  const after = await countRecords(db, workbookId, kinds);
  for (const kind of kinds) {
    const problem = overLimitProblem(
      kind,
      WORKBOOK_LIMITS[kind],
      before[kind] ?? 0,
      after[kind] ?? 0,
    );
    if (problem) throw new StorageError(problem, 'too-many');
  }
}

/** Every kind with a limit: for writes that can add records of any kind (a merge). */
export const ALL_LIMITED_KINDS = Object.keys(WORKBOOK_LIMITS) as LimitedKind[];
