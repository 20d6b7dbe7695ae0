import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RECORD_KINDS, remapContents, type RecordKind } from '../../shared/domain/remapContents';
import {
  buildWorkbookFile,
  parseWorkbookFile,
  serializeWorkbookFile,
  workbookFileContents,
  type WorkbookContents,
} from '../../shared/domain/workbookFile';
import { buildSampleWorkbook } from '../../shared/sample/sampleWorkbook';
import type { WorkbookDatabase } from '../../renderer/src/db/database';
import { openDatabase } from '../../renderer/src/db/openDatabase';
import { mergeWorkbookContents } from '../../renderer/src/db/workbookMerge';
import { importWorkbookContents, workbookTables } from '../../renderer/src/db/workbookRepository';
import { freshIndexedDb } from './helpers';

const END = Date.parse('2026-11-20T12:00:00Z');
const full = buildSampleWorkbook({ endMs: END });
// A few days of data per SLO: enough to see data moved, quick to write each run.
const sample: WorkbookContents = {
  ...full,
  sliChunks: full.slos.flatMap((s) => full.sliChunks.filter((c) => c.sloId === s.id).slice(-3)),
};

/** Every record on this computer that does not belong to `workbookId`, by table. */
async function everythingBut(db: WorkbookDatabase, workbookId: string) {
  const out: Record<string, unknown[]> = {};
  for (const table of workbookTables(db)) {
    const rows = (await table.toArray()) as { id?: string; workbookId?: string }[];
    out[table.name] = rows.filter((r) =>
      table.name === 'workbooks' ? r.id !== workbookId : r.workbookId !== workbookId,
    );
  }
  return out;
}

/** The ids of every kind in a workbook's contents, to draw colliding ids from. */
function idsOf(contents: WorkbookContents): string[] {
  return RECORD_KINDS.flatMap((kind) => contents[kind].map((r) => r.id));
}

describe('a merge touches nothing outside its target', () => {
  it('random files whose ids collide across kinds and workbooks never change another workbook', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
        fc.constantFrom<'keep-here' | 'take-file'>('keep-here', 'take-file'),
        fc.boolean(),
        async (choices, onBoth, withSameWorkbookId) => {
          const db = await openDatabase({ indexedDB: freshIndexedDb() });
          // Another workbook on this computer, and the target: a copy of it with new ids.
          const other = await importWorkbookContents(db, sample);
          const target = await importWorkbookContents(db, {
            ...sample,
            workbook: { ...sample.workbook, id: 'target' },
          });
          const pool = [
            ...idsOf(sample),
            ...RECORD_KINDS.flatMap((k) => sample[k].map((r) => `${r.id}-x`)),
          ];
          // The file: the sample again, each record's id drawn from the pool, unique per kind only.
          const taken = new Map<RecordKind, Set<string>>();
          const chosen = new Map<string, string>();
          let n = 0;
          const id = (kind: RecordKind, old: string) => {
            const key = `${kind}:${old}`;
            const known = chosen.get(key);
            if (known) return known;
            const used = taken.get(kind) ?? new Set<string>();
            taken.set(kind, used);
            let next = pool[choices[n++ % choices.length]! % pool.length]!;
            if (used.has(next)) next = `${kind}-${old}-fresh`;
            used.add(next);
            chosen.set(key, next);
            return next;
          };
          const fileWorkbook = {
            ...sample.workbook,
            id: withSameWorkbookId ? other.id : 'from-file',
          };
          const records = remapContents(sample, id, fileWorkbook.id);
          const text = serializeWorkbookFile(
            buildWorkbookFile({ ...records, workbook: fileWorkbook }, '1', '2026-11-21T00:00:00Z'),
          );
          const parsed = parseWorkbookFile(text);
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;

          const before = await everythingBut(db, target.id);
          await mergeWorkbookContents(db, target.id, workbookFileContents(parsed.value), onBoth);
          expect(await everythingBut(db, target.id)).toEqual(before);
          expect(other.id).not.toBe(target.id);
          db.close();
        },
      ),
      { numRuns: 30 },
    );
  }, 120_000);
});
