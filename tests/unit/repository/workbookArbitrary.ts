import fc from 'fast-check';
import { freshIds, remapContents } from '../../../shared/domain/remapContents';
import type { WorkbookContents } from '../../../shared/domain/workbookFile';
import { buildSampleWorkbook } from '../../../shared/sample/sampleWorkbook';

export const NOW = Date.parse('2026-11-20T12:00:00Z');
const full = buildSampleWorkbook({ endMs: NOW });
/** The sample workbook with two days of data per SLO: every kind of record, quick to write. */
export const sample: WorkbookContents = {
  ...full,
  sliChunks: full.slos.flatMap((slo) => full.sliChunks.filter((c) => c.sloId === slo.id).slice(-2)),
};

/** Ids as a hand-edited or scripted file may carry them: any text, slashes and dots included. */
const oddId = fc.oneof(
  fc.uuid(),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
  fc.constantFrom('.', '..', 'a/b', 'CON', 'Upper', 'upper', ' spaced ', '%41', 'x'.repeat(100)),
);

/**
 * Workbooks made from the sample: every id replaced (ids of different kinds may be equal), some
 * pain points and timeline events gone, free text in any script.
 */
export const arbitraryWorkbook: fc.Arbitrary<WorkbookContents> = fc
  .record({
    ids: fc.array(oddId, { minLength: 1, maxLength: 30 }),
    keepPain: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
    keepEvents: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
    goals: fc.array(fc.string({ unit: 'grapheme', maxLength: 60 }), { maxLength: 5 }),
    name: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  })
  .map(({ ids, keepPain, keepEvents, goals, name }) => {
    let n = 0;
    // Unique within a kind: the pool's text, then a counter.
    const id = freshIds(
      () => true,
      () => {
        n += 1;
        return `${ids[n % ids.length]!}${n}`.slice(-100);
      },
    );
    const remapped = remapContents(sample, id, sample.workbook.id);
    return {
      ...remapped,
      workbook: { ...sample.workbook, name: name.trim() || 'Workbook' },
      journeys: remapped.journeys.map((j, i) => ({ ...j, goal: goals[i] ?? j.goal })),
      painPoints: remapped.painPoints.filter((_, i) => keepPain[i % keepPain.length]),
      timelineEvents: remapped.timelineEvents.filter((_, i) => keepEvents[i % keepEvents.length]),
    };
  });
