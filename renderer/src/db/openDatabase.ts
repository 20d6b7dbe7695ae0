import Dexie from 'dexie';
import { DB_NAME, SCHEMA_VERSION, WorkbookDatabase } from './database';
import { StorageError } from './storageErrors';
import { closeOnVersionChange } from './connectionLost';
import { dumpDatabase, installedNativeVersion, writeBackup } from './upgradeBackups';

/** Dexie stores version N as native IndexedDB version N * 10. */
const nativeVersionOf = (schemaVersion: number) => Math.round(schemaVersion * 10);

/**
 * Opens the app's database. A database written by a newer app is refused untouched. Before an
 * upgrade runs, a copy of every record is written to a separate backup database, so a crash
 * mid-upgrade always leaves a way back.
 */
export async function openDatabase(
  options: { name?: string; indexedDB?: IDBFactory } = {},
): Promise<WorkbookDatabase> {
  const name = options.name ?? DB_NAME;
  const idb = options.indexedDB ?? globalThis.indexedDB;
  const installed = await installedNativeVersion(idb, name);
  const current = nativeVersionOf(SCHEMA_VERSION);
  if (installed > current) {
    throw new StorageError(
      'The data on this computer was saved by a newer version of SLO Workbook ' +
        `(format ${installed / 10}; this version reads up to ${SCHEMA_VERSION}). ` +
        'Update SLO Workbook to open it. Nothing was changed.',
      'newer-version',
    );
  }
  if (installed > 0 && installed < current) {
    await writeBackup(
      idb,
      {
        databaseName: name,
        fromVersion: installed / 10,
        toVersion: SCHEMA_VERSION,
        createdAt: new Date().toISOString(),
        reason: 'upgrade',
        stores: await dumpDatabase(idb, name),
      },
      'update how your data is stored',
    );
  }
  const db = new WorkbookDatabase(name, { indexedDB: idb });
  db.on('blocked', () => false);
  closeOnVersionChange(db);
  try {
    await db.open();
  } catch (error) {
    db.close();
    if (error instanceof Dexie.VersionError) {
      throw new StorageError(
        'The data on this computer was saved by a newer version of SLO Workbook. ' +
          'Update SLO Workbook to open it. Nothing was changed.',
        'newer-version',
        { cause: error },
      );
    }
    throw error;
  }
  return db;
}

export { listUpgradeBackups, BACKUP_DB_NAME, type UpgradeBackup } from './upgradeBackups';
