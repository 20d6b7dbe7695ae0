import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_NAME, SCHEMA_VERSION } from '../../renderer/src/db/database';
import { lostReason, onConnectionLost } from '../../renderer/src/db/connectionLost';
import { createWorkbook, updateWorkbook } from '../../renderer/src/db/workbookRepository';
import { openDatabase } from '../../renderer/src/db/openDatabase';
import { freshIndexedDb } from './helpers';

describe('a window whose data a newer version upgraded', () => {
  it('closes its connection, stops writing and says why', async () => {
    const indexedDB = freshIndexedDb();
    const db = await openDatabase({ indexedDB });
    const workbook = await createWorkbook(db, { name: 'Acme' });
    const told: string[] = [];
    onConnectionLost(db, (reason) => told.push(reason));

    // A test-only newer version of the app, as another window would run it.
    const newer = new Dexie(DB_NAME, { indexedDB, IDBKeyRange });
    newer.version(SCHEMA_VERSION + 1).stores({ workbooks: 'id, name, updatedAt', future: 'id' });
    await newer.open();

    expect(told).toEqual(['upgraded']);
    expect(lostReason(db)).toBe('upgraded');
    await expect(
      updateWorkbook(db, workbook.id, { name: 'Written by the old window' }),
    ).rejects.toThrow(/stopped saving because the data was changed by a newer version/);
    // Nothing the old window tried reached the upgraded data.
    expect((await newer.table('workbooks').get(workbook.id)).name).toBe('Acme');
    newer.close();
  });

  it('stops writing when the data is deleted elsewhere, instead of starting an empty database', async () => {
    const indexedDB = freshIndexedDb();
    const db = await openDatabase({ indexedDB });
    await createWorkbook(db, { name: 'Acme' });
    await new Promise((resolve, reject) => {
      const request = indexedDB.deleteDatabase(DB_NAME);
      request.onsuccess = resolve;
      request.onerror = () => reject(request.error);
    });
    expect(lostReason(db)).toBe('deleted');
    await expect(createWorkbook(db, { name: 'Again' })).rejects.toThrow(/stopped saving/);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
  });
});
