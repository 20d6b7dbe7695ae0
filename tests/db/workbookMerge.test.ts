import { describe, expect, it } from 'vitest';
import { buildWorkbookFile, workbookFileContents } from '../../shared/domain/workbookFile';
import { buildSampleWorkbook } from '../../shared/sample/sampleWorkbook';
import { saveAccount, saveJourney, addStep } from '../../renderer/src/db/journeyRepository';
import { openDatabase } from '../../renderer/src/db/openDatabase';
import { mergeWorkbookContents, planMerge } from '../../renderer/src/db/workbookMerge';
import { readSliData } from '../../renderer/src/db/sloRepository';
import {
  createWorkbook,
  importWorkbookContents,
  readWorkbookContents,
} from '../../renderer/src/db/workbookRepository';
import { freshIndexedDb } from './helpers';

const END = Date.parse('2026-11-20T12:00:00Z');

/** The sample imported, and a file of it as it was then. */
async function setup() {
  const db = await openDatabase({ indexedDB: freshIndexedDb() });
  const sample = buildSampleWorkbook({ endMs: END });
  const workbook = await importWorkbookContents(db, sample);
  const file = workbookFileContents(
    buildWorkbookFile(
      (await readWorkbookContents(db, workbook.id))!,
      '1',
      '2026-11-21T00:00:00.000Z',
    ),
  );
  return { db, workbook, file };
}

describe('merging a workbook file into an existing workbook', () => {
  it('keeps this computer’s version of records on both sides when asked, and adds the rest', async () => {
    const { db, workbook, file } = await setup();
    await saveJourney(
      db,
      workbook.id,
      { name: 'Checkout (renamed here)' },
      'sample-journey-checkout',
    );
    await db.painPoints.delete('sample-pain-pay-double');
    const local = await saveAccount(db, workbook.id, { name: 'Only here' });

    const plan = await planMerge(db, workbook.id, file);
    expect(plan.fresh).toBe(1); // the pain point deleted here
    expect(plan.bothByKind.find((k) => k.label === 'journeys')).toEqual({
      label: 'journeys',
      count: 1,
    });

    await mergeWorkbookContents(db, workbook.id, file, 'keep-here');
    expect((await db.journeys.get('sample-journey-checkout'))!.name).toBe(
      'Checkout (renamed here)',
    );
    expect(await db.painPoints.get('sample-pain-pay-double')).toBeDefined();
    expect(await db.accounts.get(local.id)).toBeDefined();
  });

  it('takes the file’s version when asked, SLI data included', async () => {
    const { db, workbook, file } = await setup();
    await saveJourney(db, workbook.id, { name: 'Renamed' }, 'sample-journey-checkout');
    await db.sliChunks.where('sloId').equals('sample-slo-pay').limit(10).delete();
    const before = await readSliData(db, 'sample-slo-pay');
    await mergeWorkbookContents(db, workbook.id, file, 'take-file');
    expect((await db.journeys.get('sample-journey-checkout'))!.name).toBe('Checkout');
    const after = await readSliData(db, 'sample-slo-pay');
    expect(after).not.toEqual(before);
    expect(after!.startMs).toBe(file.slos[0]!.dataSummary!.startMs);
  });

  it('into another workbook: records get new ids, references follow, the original is untouched', async () => {
    const { db, workbook, file } = await setup();
    const other = await createWorkbook(db, { name: 'Team B' });
    const journey = await saveJourney(db, other.id, { name: 'Sign-up' });
    await addStep(db, journey.id, { name: 'Form' });
    const plan = await planMerge(db, other.id, file);
    expect(plan.both).toBe(0);
    await mergeWorkbookContents(db, other.id, file, 'keep-here');

    const merged = (await readWorkbookContents(db, other.id))!;
    expect(merged.journeys.map((j) => j.name).sort()).toEqual(['Checkout', 'Sign-up']);
    expect(merged.journeys.every((j) => !j.id.startsWith('sample-'))).toBe(true);
    const stepIds = new Set(merged.journeySteps.map((s) => s.id));
    expect(merged.painPoints.every((p) => stepIds.has(p.stepId))).toBe(true);
    const retroIds = new Set(merged.retros.map((r) => r.id));
    const sloIds = new Set(merged.slos.map((s) => s.id));
    const accountIds = new Set(merged.accounts.map((a) => a.id));
    expect(merged.retros.every((r) => r.sloIds.every((id) => sloIds.has(id)))).toBe(true);
    expect(merged.timelineEvents.every((e) => retroIds.has(e.retroId))).toBe(true);
    // An incident's accounts and a pain point's incident follow the new ids too.
    const linked = merged.painPoints.filter((p) => p.retroId !== null);
    expect(linked.length).toBe(file.painPoints.filter((p) => p.retroId !== null).length);
    expect(linked.every((p) => retroIds.has(p.retroId!))).toBe(true);
    expect(merged.retros.flatMap((r) => r.accountIds).length).toBeGreaterThan(0);
    expect(merged.retros.every((r) => r.accountIds.every((id) => accountIds.has(id)))).toBe(true);
    expect(merged.sliChunks.length).toBe(file.sliChunks.length);
    // The original workbook still has exactly what it had.
    const original = (await readWorkbookContents(db, workbook.id))!;
    expect(original.journeys).toHaveLength(1);
    expect(original.painPoints).toHaveLength(file.painPoints.length);
  });

  it('renumbers steps so two sides never share a position', async () => {
    const { db, workbook, file } = await setup();
    await addStep(db, 'sample-journey-checkout', { name: 'Track the parcel' });
    await db.journeySteps.delete('sample-step-cart');
    await mergeWorkbookContents(db, workbook.id, file, 'keep-here');
    const steps = (
      await db.journeySteps.where('journeyId').equals('sample-journey-checkout').toArray()
    ).sort((a, b) => a.position - b.position);
    expect(steps.map((s) => s.position)).toEqual([0, 1, 2, 3, 4]);
    expect(steps.map((s) => s.name)).toContain('Track the parcel');
    expect(steps.map((s) => s.name)).toContain('Review the basket');
  });

  it('refuses a workbook that no longer exists and writes nothing', async () => {
    const { db, file } = await setup();
    const count = await db.journeys.count();
    await expect(mergeWorkbookContents(db, 'gone', file, 'keep-here')).rejects.toThrow(
      /no longer exists/,
    );
    expect(await db.journeys.count()).toBe(count);
  });
});

describe('importing a file as a new workbook', () => {
  it('becomes a copy when any record id is taken, leaving the other workbook untouched', async () => {
    const { db, workbook, file } = await setup();
    const progress: number[] = [];
    const renamed = { ...file, workbook: { ...file.workbook, id: 'another-id' } };
    const copy = await importWorkbookContents(db, renamed, (f) => progress.push(f));
    expect(copy.id).not.toBe('another-id');
    expect(copy.name).toBe('Sample: Brightcart (imported)');
    const copied = (await readWorkbookContents(db, copy.id))!;
    expect(copied.painPoints.every((p) => !p.id.startsWith('sample-'))).toBe(true);
    expect((await readWorkbookContents(db, workbook.id))!.painPoints).toHaveLength(
      file.painPoints.length,
    );
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(1);
  });
});
