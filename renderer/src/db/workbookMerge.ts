import { ALL_LIMITED_KINDS, assertWithinLimits, countRecords } from './workbookCapacity';
import { newId, nowIso } from '../../../shared/domain/ids';
import { freshIds, remapContents, type RecordKind } from '../../../shared/domain/remapContents';
import type { WorkbookContents } from '../../../shared/domain/workbookFile';
import type { WorkbookDatabase } from './database';
import { guardWrite, recordGone } from './storageErrors';
import { recordGroups, workbookTables } from './workbookRepository';

/** What to do with a record that is both in the file and in the workbook merged into. */
export type OnBoth = 'keep-here' | 'take-file';

export interface MergePlan {
  /** Records only in the file: added. */
  fresh: number;
  /** Records in the file and in this workbook (the same id): kept or replaced, as chosen. */
  both: number;
  /** Per kind of record, how many are on both sides, for the choice's wording. */
  bothByKind: { label: string; count: number }[];
}

type Where = 'here' | 'elsewhere' | 'new';

/** Where a record of one kind already lives, keyed by kind and id (kinds may share ids). */
class Places {
  private readonly byKind = new Map<RecordKind, Map<string, Where>>();
  set(kind: RecordKind, id: string, where: Where) {
    let map = this.byKind.get(kind);
    if (!map) this.byKind.set(kind, (map = new Map()));
    map.set(id, where);
  }
  get(kind: RecordKind, id: string): Where | undefined {
    return this.byKind.get(kind)?.get(id);
  }
}

/** Where each of the file's records already lives: in the target, in another workbook, nowhere. */
async function locate(
  db: WorkbookDatabase,
  targetId: string,
  contents: WorkbookContents,
): Promise<{ where: Places; plan: MergePlan }> {
  const where = new Places();
  const bothByKind: MergePlan['bothByKind'] = [];
  let fresh = 0;
  let both = 0;
  for (const group of recordGroups(db, contents)) {
    const found = await group.table.bulkGet(group.records.map((r) => r.id));
    let count = 0;
    group.records.forEach((record, i) => {
      const existing = found[i];
      const place: Where = !existing
        ? 'new'
        : existing.workbookId === targetId
          ? 'here'
          : 'elsewhere';
      where.set(group.kind, record.id, place);
      if (place === 'here') count += 1;
      else fresh += 1;
    });
    both += count;
    if (count) bothByKind.push({ label: group.label, count });
  }
  return { where, plan: { fresh, both, bothByKind } };
}

export async function planMerge(
  db: WorkbookDatabase,
  targetId: string,
  contents: WorkbookContents,
): Promise<MergePlan> {
  return db.transaction('r', workbookTables(db), async () => {
    if (!(await db.workbooks.get(targetId))) throw recordGone('workbook');
    return (await locate(db, targetId, contents)).plan;
  });
}

/**
 * Merges a validated workbook file into an existing workbook, in one transaction. Records only in
 * the file are added; records on both sides are kept or replaced as chosen; records whose ids
 * belong to another workbook on this computer come in with new ids, so nothing elsewhere changes.
 */
export async function mergeWorkbookContents(
  db: WorkbookDatabase,
  targetId: string,
  contents: WorkbookContents,
  onBoth: OnBoth,
  onProgress?: (fraction: number) => void,
): Promise<MergePlan> {
  return guardWrite('merge the workbook', () =>
    db.transaction('rw', workbookTables(db), async () => {
      const target = await db.workbooks.get(targetId);
      if (!target) throw recordGone('workbook');
      const { where, plan } = await locate(db, targetId, contents);
      const before = await countRecords(db, targetId, ALL_LIMITED_KINDS);
      // A reference to a record that is not in the file keeps its id: it names nothing here.
      const id = freshIds((kind, old) => where.get(kind, old) === 'elsewhere', newId);
      const records = remapContents(contents, id, targetId);
      // Only ids taken elsewhere were replaced, so a record is here under the id it came with.
      const keep = (kind: RecordKind, record: { id: string }) =>
        where.get(kind, record.id) !== 'here' || onBoth === 'take-file';
      const total = recordGroups(db, records).reduce((sum, g) => sum + g.records.length, 0);
      let done = 0;
      const tick = (count: number) => {
        done += count;
        onProgress?.(total ? done / total : 1);
      };
      for (const group of recordGroups(db, records)) {
        await group.table.bulkPut(group.records.filter((r) => keep(group.kind, r)) as never[]);
        tick(group.records.length);
      }
      // SLI data follows its SLO: replaced when the file's SLO is taken, untouched when kept.
      const takenSlos = new Set(records.slos.filter((s) => keep('slos', s)).map((s) => s.id));
      for (const sloId of takenSlos) await db.sliChunks.where('sloId').equals(sloId).delete();
      await db.sliChunks.bulkPut(
        records.sliChunks
          .filter((c) => takenSlos.has(c.sloId))
          .map((c) => ({ ...c, workbookId: targetId })),
      );

      // Steps from two sides can share a position: renumber each touched journey densely.
      const journeyIds = new Set(records.journeySteps.map((s) => s.journeyId));
      for (const journeyId of journeyIds) {
        const steps = await db.journeySteps.where('journeyId').equals(journeyId).toArray();
        steps.sort((a, b) => a.position - b.position || a.createdAt.localeCompare(b.createdAt));
        await db.journeySteps.bulkPut(steps.map((s, position) => ({ ...s, position })));
      }
      await assertWithinLimits(db, targetId, before);
      await db.workbooks.update(targetId, { updatedAt: nowIso() });
      return plan;
    }),
  );
}
