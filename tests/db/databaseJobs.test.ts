import { describe, expect, it } from 'vitest';
import { parseWorkbookFile, workbookFileContents } from '../../shared/domain/workbookFile';
import { buildSampleWorkbook } from '../../shared/sample/sampleWorkbook';
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
});
