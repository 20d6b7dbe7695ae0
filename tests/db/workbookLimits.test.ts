import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  buildWorkbookFile,
  parseWorkbookFile,
  serializeWorkbookFile,
  type WorkbookContents,
} from '../../shared/domain/workbookFile';
import { remapContents } from '../../shared/domain/remapContents';
import { buildSampleWorkbook } from '../../shared/sample/sampleWorkbook';
import type { SloDraft } from '../../shared/domain/slo';
import type { TimelineEventDraft } from '../../shared/domain/retro';
import { openDatabase } from '../../renderer/src/db/openDatabase';
import { mergeWorkbookContents } from '../../renderer/src/db/workbookMerge';
import {
  importWorkbookContents,
  readWorkbookContents,
} from '../../renderer/src/db/workbookRepository';
import { createSlos } from '../../renderer/src/db/sloRepository';
import { addEvents } from '../../renderer/src/db/retroRepository';
import { StorageError } from '../../renderer/src/db/storageErrors';
import { freshIndexedDb } from './helpers';

// Small limits, so a property can reach every one of them in a few writes. The file format and
// the database's checks both read these numbers, as they read the real ones in the app.
vi.mock('../../shared/domain/workbookLimits', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../shared/domain/workbookLimits')>();
  const small = Object.fromEntries(
    Object.keys(real.WORKBOOK_LIMITS).map((kind) => [kind, 40]),
  ) as unknown as typeof real.WORKBOOK_LIMITS;
  return { ...real, WORKBOOK_LIMITS: small };
});

const END = Date.parse('2026-11-20T12:00:00Z');
const full = buildSampleWorkbook({ endMs: END });
// Two days of data per SLO keep each run quick; the sample's other kinds fit under 40 each.
const sample: WorkbookContents = {
  ...full,
  sliChunks: full.slos.flatMap((s) => full.sliChunks.filter((c) => c.sloId === s.id).slice(-2)),
};

let copies = 0;
/** The sample again under new ids: merged in, every record of it is added. */
function freshCopy(): WorkbookContents {
  copies += 1;
  return {
    workbook: sample.workbook,
    ...remapContents(sample, (_kind, id) => `${id}-copy${copies}`, sample.workbook.id),
  };
}

const sloDrafts: SloDraft[] = sample.slos.map(
  ({
    id: _i,
    workbookId: _w,
    dataSummary: _d,
    manualIncidents: _m,
    origin: _o,
    createdAt: _c,
    updatedAt: _u,
    ...draft
  }) => draft,
);
const eventDrafts: TimelineEventDraft[] = sample.timelineEvents.map(
  ({ id: _i, workbookId: _w, retroId: _r, createdAt: _c, updatedAt: _u, ...draft }) => draft,
);

type Write =
  { kind: 'merge' } | { kind: 'slos'; count: number } | { kind: 'events'; count: number };

const writes = fc.array(
  fc.oneof(
    fc.constant<Write>({ kind: 'merge' }),
    fc.integer({ min: 1, max: 25 }).map<Write>((count) => ({ kind: 'slos', count })),
    fc.integer({ min: 1, max: 60 }).map<Write>((count) => ({ kind: 'events', count })),
  ),
  { minLength: 1, maxLength: 6 },
);

describe('whatever the app stores, it can export and import again', () => {
  it('merges, SLO imports and pasted events either fit the file or are refused whole, in words', async () => {
    await fc.assert(
      fc.asyncProperty(writes, async (steps) => {
        const db = await openDatabase({ indexedDB: freshIndexedDb() });
        const workbook = await importWorkbookContents(db, sample);
        const retroId = (await db.retros.where('workbookId').equals(workbook.id).first())!.id;
        for (const step of steps) {
          const before = await readWorkbookContents(db, workbook.id);
          try {
            if (step.kind === 'merge')
              await mergeWorkbookContents(db, workbook.id, freshCopy(), 'take-file');
            else if (step.kind === 'slos')
              await createSlos(
                db,
                workbook.id,
                Array.from({ length: step.count }, (_, i) => sloDrafts[i % sloDrafts.length]!),
              );
            else
              await addEvents(
                db,
                retroId,
                Array.from({ length: step.count }, (_, i) => eventDrafts[i % eventDrafts.length]!),
              );
          } catch (error) {
            // Refused: said in words, and nothing of the write is left behind.
            expect(error).toBeInstanceOf(StorageError);
            expect((error as StorageError).kind).toBe('too-many');
            expect((error as Error).message).toMatch(/^A workbook holds at most 40 /);
            expect(await readWorkbookContents(db, workbook.id)).toEqual(before);
          }
          const now = (await readWorkbookContents(db, workbook.id))!;
          const text = serializeWorkbookFile(
            buildWorkbookFile(now, '0.1.0', new Date(END).toISOString()),
          );
          const parsed = parseWorkbookFile(text);
          expect(parsed.ok ? 'imports again' : parsed.problems.slice(0, 2)).toBe('imports again');
        }
        db.close();
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
