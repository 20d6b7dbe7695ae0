import { describe, expect, it } from 'vitest';
import {
  buildWorkbookFile,
  parseWorkbookFile,
  serializeWorkbookFile,
  workbookFileContents,
} from '../../shared/domain/workbookFile';
import { buildSampleWorkbook } from '../../shared/sample/sampleWorkbook';
import { painImpact } from '../../shared/journey/priority';
import { openDatabase } from '../../renderer/src/db/openDatabase';
import {
  importWorkbookContents,
  readWorkbookContents,
} from '../../renderer/src/db/workbookRepository';
import { runDatabaseJob } from '../../renderer/src/workers/databaseJobs';
import { runDatabaseJobOffThread } from '../../renderer/src/workers/runDatabaseJobOffThread';
import { freshIndexedDb } from './helpers';

describe('jobs that read a whole workbook', () => {
  it('export: the file text holds exactly what the database holds', async () => {
    const db = await openDatabase({ indexedDB: freshIndexedDb() });
    const workbook = await importWorkbookContents(
      db,
      buildSampleWorkbook({ endMs: Date.parse('2026-11-20T12:00:00Z') }),
    );
    const exported = await runDatabaseJob(db, {
      type: 'export',
      workbookId: workbook.id,
      appVersion: '9.9.9',
      exportedAt: '2026-11-24T10:00:00.000Z',
    });
    expect(exported?.name).toBe(workbook.name);
    const parsed = parseWorkbookFile(exported!.text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.appVersion).toBe('9.9.9');
    expect(parsed.value.exportedAt).toBe('2026-11-24T10:00:00.000Z');
    const stored = (await readWorkbookContents(db, workbook.id))!;
    const back = workbookFileContents(parsed.value);
    for (const table of ['journeys', 'painPoints', 'retros', 'timelineEvents', 'slos'] as const) {
      expect(back[table]).toHaveLength(stored[table].length);
    }
    expect(
      await runDatabaseJob(db, {
        type: 'export',
        workbookId: 'gone',
        appVersion: '1',
        exportedAt: '2026-11-24T10:00:00.000Z',
      }),
    ).toBeNull();
  });

  it('off the thread, where there are no workers, gives the same result as here', async () => {
    const db = await openDatabase({ indexedDB: freshIndexedDb() });
    const workbook = await importWorkbookContents(
      db,
      buildSampleWorkbook({ endMs: Date.parse('2026-11-20T12:00:00Z') }),
    );
    const job = {
      type: 'export' as const,
      workbookId: workbook.id,
      appVersion: '1',
      exportedAt: '2026-11-24T10:00:00.000Z',
    };
    expect(await runDatabaseJobOffThread(db, job).result).toEqual(await runDatabaseJob(db, job));
  });

  it('a workbook file is checked, imported, planned and merged from its text', async () => {
    const db = await openDatabase({ indexedDB: freshIndexedDb() });
    const sample = buildSampleWorkbook({ endMs: Date.parse('2026-11-20T12:00:00Z') });
    const text = serializeWorkbookFile(
      buildWorkbookFile(sample, '1.0.0', '2026-11-24T10:00:00.000Z'),
    );

    const checked = await runDatabaseJob(db, { type: 'check-file', text });
    expect(checked).toEqual({
      ok: true,
      summary: {
        name: sample.workbook.name,
        journeys: sample.journeys.length,
        slos: sample.slos.length,
        retros: sample.retros.length,
      },
    });
    const broken = await runDatabaseJob(db, { type: 'check-file', text: text.slice(0, -40) });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems.join(' ')).toMatch(/JSON|cut|end/i);

    const progress: number[] = [];
    const workbook = await runDatabaseJob(db, { type: 'import-file', text }, (f) =>
      progress.push(f),
    );
    expect(workbook.name).toBe(sample.workbook.name);
    expect(progress.at(-1)).toBe(1);
    const stored = (await readWorkbookContents(db, workbook.id))!;
    expect(stored.painPoints).toHaveLength(sample.painPoints.length);

    const plan = await runDatabaseJob(db, { type: 'plan-merge', text, targetId: workbook.id });
    expect(plan.fresh).toBe(0);
    expect(plan.both).toBeGreaterThan(0);
    const merged = await runDatabaseJob(db, {
      type: 'merge-file',
      text,
      targetId: workbook.id,
      onBoth: 'keep-here',
    });
    expect(merged).toEqual(plan);
    expect(await db.workbooks.count()).toBe(1);
  });

  it('a text that is not a valid file is refused before anything is written', async () => {
    const db = await openDatabase({ indexedDB: freshIndexedDb() });
    await expect(runDatabaseJob(db, { type: 'import-file', text: '{"format":' })).rejects.toThrow(
      /not a valid workbook file/,
    );
    expect(await db.workbooks.count()).toBe(0);
  });

  it('adds up each journey’s customer pain from the pain points of the workbook only', async () => {
    const db = await openDatabase({ indexedDB: freshIndexedDb() });
    const sample = buildSampleWorkbook({ endMs: Date.parse('2026-11-20T12:00:00Z') });
    const workbook = await importWorkbookContents(db, sample);
    const other = await importWorkbookContents(db, sample); // a copy: its own ids and pain
    const scores = await runDatabaseJob(db, { type: 'journey-pain', workbookId: workbook.id });
    expect(Object.keys(scores)).toEqual([sample.journeys[0]!.id]);
    expect(scores[sample.journeys[0]!.id]).toBe(
      sample.painPoints.reduce((sum, p) => sum + painImpact(p).score, 0),
    );
    expect(await runDatabaseJob(db, { type: 'journey-pain', workbookId: other.id })).not.toEqual(
      scores,
    );
  });
});
