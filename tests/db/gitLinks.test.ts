import { describe, expect, it } from 'vitest';
import { DB_NAME, SCHEMA_VERSION, WorkbookDatabase } from '../../renderer/src/db/database';
import { getGitLink, saveOpened, saveSynced } from '../../renderer/src/db/gitLinkRepository';
import { openDatabase } from '../../renderer/src/db/openDatabase';
import { deleteWorkbook, readWorkbookContents } from '../../renderer/src/db/workbookRepository';
import { countUnpushed, fingerprints } from '../../shared/sync/unpushedChanges';
import { sample } from '../unit/repository/workbookArbitrary';
import { freshIndexedDb } from './helpers';

const link = {
  linkId: 'link-aaaa0001',
  url: 'https://git.example.com/team/workbook.git',
  branch: 'main' as const,
  base: 'a'.repeat(40),
  author: { name: 'Ana', email: 'ana@example.com' },
  lastSyncedAt: '2026-03-02T10:00:00.000Z',
};

describe('git links in the database (version 9)', () => {
  it('opens a version-8 database with its records intact and no links', async () => {
    const idb = freshIndexedDb();
    const v8 = new WorkbookDatabase(DB_NAME, { indexedDB: idb, upTo: 8 });
    const workbook = {
      id: 'wb',
      name: 'Checkout',
      description: '',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    await v8.workbooks.add(workbook);
    await v8.painPoints.add({ ...sample.painPoints[0]!, workbookId: 'wb' });
    v8.close();

    const db = await openDatabase({ indexedDB: idb });
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.workbooks.get('wb')).toEqual(workbook);
    expect(await db.painPoints.get(sample.painPoints[0]!.id)).toEqual({
      ...sample.painPoints[0],
      workbookId: 'wb',
    });
    expect(await db.gitLinks.count()).toBe(0);
    await db.gitLinks.put({ ...link, workbookId: 'wb', synced: {} });
    await deleteWorkbook(db, 'wb');
    expect(await db.gitLinks.count()).toBe(0);
    db.close();
  });

  it('keeps ids on open, writes a sync whole, and never over an edit made meanwhile', async () => {
    const db = await openDatabase({ indexedDB: freshIndexedDb() });
    const opened = await saveOpened(db, sample, link);
    expect(opened.id).toBe(sample.workbook.id);
    await expect(saveOpened(db, sample, link)).rejects.toThrow(/already here/);
    const stored = (await readWorkbookContents(db, opened.id))!;
    const kept = (await getGitLink(db, opened.id))!;
    expect(countUnpushed(kept.synced, fingerprints(stored))).toBe(0);

    // The remote renamed a pain point; nothing changed here meanwhile: written.
    const pain = stored.painPoints[0]!;
    const merged = {
      ...stored,
      painPoints: stored.painPoints.map((p) => (p.id === pain.id ? { ...p, quote: 'Theirs' } : p)),
    };
    expect(await saveSynced(db, stored, merged, { ...link, base: 'b'.repeat(40) })).toBe(true);
    expect((await db.painPoints.get(pain.id))!.quote).toBe('Theirs');
    expect((await getGitLink(db, opened.id))!.base).toBe('b'.repeat(40));

    // Edited while the next sync ran: the edit stays, the link keeps its commit.
    const sent = (await readWorkbookContents(db, opened.id))!;
    await db.painPoints.update(pain.id, { quote: 'Typed meanwhile' });
    expect(await saveSynced(db, sent, merged, { ...link, base: 'c'.repeat(40) })).toBe(false);
    expect((await db.painPoints.get(pain.id))!.quote).toBe('Typed meanwhile');
    const after = (await getGitLink(db, opened.id))!;
    expect(after.base).toBe('b'.repeat(40));
    const now = (await readWorkbookContents(db, opened.id))!;
    expect(countUnpushed(after.synced, fingerprints(now))).toBe(1);
    db.close();
  });
});
