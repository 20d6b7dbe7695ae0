import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { DB_NAME, SCHEMA_VERSION } from '../../renderer/src/db/database';
import { openDatabase } from '../../renderer/src/db/openDatabase';
import { StorageError } from '../../renderer/src/db/storageErrors';
import {
  BACKUPS_KEPT,
  listUpgradeBackups,
  restoreUpgradeBackup,
  writeBackup,
} from '../../renderer/src/db/upgradeBackups';
import { createWorkbook } from '../../renderer/src/db/workbookRepository';
import { freshIndexedDb, version5Database } from './helpers';

/** A database as version 5 of the app left it, with one workbook. */
async function buildVersion5(indexedDB: IDBFactory, name: string) {
  const v5 = version5Database(indexedDB, DB_NAME);
  await v5.table('workbooks').add({
    id: 'wb',
    name,
    description: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
  v5.close();
}

describe('backups made before upgrades', () => {
  it('keeps only the newest two', async () => {
    const idb = freshIndexedDb();
    for (let i = 0; i < 5; i += 1) {
      await writeBackup(
        idb,
        {
          databaseName: DB_NAME,
          fromVersion: 5,
          toVersion: 6,
          createdAt: `2026-0${i + 1}-01T00:00:00.000Z`,
          stores: { workbooks: [{ id: `wb-${i}` }] },
        },
        'update how your data is stored',
      );
    }
    const kept = await listUpgradeBackups(idb);
    expect(kept).toHaveLength(BACKUPS_KEPT);
    expect(kept.map((b) => b.createdAt)).toEqual([
      '2026-05-01T00:00:00.000Z',
      '2026-04-01T00:00:00.000Z',
    ]);
  });

  it('says in words how much room an upgrade needs when the disk is full', async () => {
    const idb = freshIndexedDb();
    await buildVersion5(idb, 'Acme');
    const full = vi
      .spyOn(Dexie.prototype, 'transaction')
      .mockRejectedValueOnce(new DOMException('The disk is full', 'QuotaExceededError'));
    const failure = await openDatabase({ indexedDB: idb }).catch((e: unknown) => e);
    full.mockRestore();
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as Error).message).toMatch(
      /needs about 1 MB of free disk space to update how your data is stored.*Nothing was changed/,
    );
    expect((failure as Error).message).not.toMatch(/QuotaExceededError/);
    // Nothing was upgraded: the old data opens the same way once there is room.
    const db = await openDatabase({ indexedDB: idb });
    expect((await db.workbooks.get('wb'))?.name).toBe('Acme');
    db.close();
  });

  it('restores the data as it was before an upgrade, keeping what was there as a backup', async () => {
    const idb = freshIndexedDb();
    await buildVersion5(idb, 'Before the upgrade');
    let db = await openDatabase({ indexedDB: idb });
    await db.workbooks.update('wb', { name: 'Changed after the upgrade' });
    await createWorkbook(db, { name: 'Made after the upgrade' });
    const [upgrade] = await listUpgradeBackups(idb);
    expect(upgrade).toMatchObject({ fromVersion: 5, toVersion: SCHEMA_VERSION });
    db.close();

    await restoreUpgradeBackup(upgrade!.id!, { indexedDB: idb });
    db = await openDatabase({ indexedDB: idb });
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect((await db.workbooks.toArray()).map((w) => w.name)).toEqual(['Before the upgrade']);
    db.close();

    // What was there before the restore is itself a backup, to restore if that was a mistake.
    const before = (await listUpgradeBackups(idb)).find((b) => b.reason === 'restore')!;
    expect((before.stores['workbooks'] as { name: string }[]).map((w) => w.name).sort()).toEqual([
      'Changed after the upgrade',
      'Made after the upgrade',
    ]);
    await restoreUpgradeBackup(before.id!, { indexedDB: idb });
    db = await openDatabase({ indexedDB: idb });
    expect(await db.workbooks.count()).toBe(2);
    db.close();
  });
});
