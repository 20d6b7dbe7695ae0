import Dexie from 'dexie';
import { DB_NAME, SCHEMA_VERSION, WorkbookDatabase } from './database';
import { StorageError } from './storageErrors';
import { closeOnVersionChange } from './connectionLost';

export const BACKUP_DB_NAME = `${DB_NAME}-backups`;

/** Dexie stores version N as native IndexedDB version N * 10. */
const nativeVersionOf = (schemaVersion: number) => Math.round(schemaVersion * 10);

export interface UpgradeBackup {
  id?: number;
  databaseName: string;
  fromVersion: number;
  toVersion: number;
  createdAt: string;
  /** Every object store's records, by store name. */
  stores: Record<string, unknown[]>;
}

class BackupDatabase extends Dexie {
  backups!: Dexie.Table<UpgradeBackup, number>;
  constructor(indexedDB: IDBFactory) {
    super(BACKUP_DB_NAME, { indexedDB, IDBKeyRange, chromeTransactionDurability: 'strict' });
    this.version(1).stores({ backups: '++id, databaseName, createdAt' });
  }
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function installedNativeVersion(idb: IDBFactory, name: string): Promise<number> {
  const databases = await idb.databases();
  return databases.find((db) => db.name === name)?.version ?? 0;
}

/** Reads every record of every store, without upgrading anything. */
async function dumpDatabase(idb: IDBFactory, name: string): Promise<Record<string, unknown[]>> {
  const raw = await request(idb.open(name));
  try {
    const stores: Record<string, unknown[]> = {};
    const names = Array.from(raw.objectStoreNames);
    if (names.length === 0) return stores;
    const tx = raw.transaction(names, 'readonly');
    for (const store of names) stores[store] = await request(tx.objectStore(store).getAll());
    return stores;
  } finally {
    raw.close();
  }
}

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
    const stores = await dumpDatabase(idb, name);
    const backups = new BackupDatabase(idb);
    try {
      await backups.backups.add({
        databaseName: name,
        fromVersion: installed / 10,
        toVersion: SCHEMA_VERSION,
        createdAt: new Date().toISOString(),
        stores,
      });
    } finally {
      backups.close();
    }
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

export async function listUpgradeBackups(indexedDB: IDBFactory = globalThis.indexedDB) {
  const backups = new BackupDatabase(indexedDB);
  try {
    return await backups.backups.toArray();
  } finally {
    backups.close();
  }
}
