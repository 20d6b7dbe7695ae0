import Dexie from 'dexie';
import { DB_NAME, SCHEMA_VERSION, WorkbookDatabase } from './database';
import { isQuotaError, StorageError } from './storageErrors';

export const BACKUP_DB_NAME = `${DB_NAME}-backups`;

/** How many backups are kept: each is a whole copy of the data, so not one per upgrade forever. */
export const BACKUPS_KEPT = 2;

export interface UpgradeBackup {
  id?: number;
  databaseName: string;
  fromVersion: number;
  toVersion: number;
  createdAt: string;
  /** Why it was made: before an upgrade (the default), or before a backup was restored. */
  reason?: 'upgrade' | 'restore';
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

export async function installedNativeVersion(idb: IDBFactory, name: string): Promise<number> {
  const databases = await idb.databases();
  return databases.find((db) => db.name === name)?.version ?? 0;
}

/** Reads every record of every store, without upgrading anything. */
export async function dumpDatabase(
  idb: IDBFactory,
  name: string,
): Promise<Record<string, unknown[]>> {
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

/** Roughly how many bytes a copy of these records takes on disk. */
export function approximateBytes(value: unknown, depth = 0): number {
  if (value === null || value === undefined) return 8;
  if (typeof value === 'string') return 16 + value.length * 2;
  if (typeof value !== 'object') return 16;
  if (ArrayBuffer.isView(value)) return 16 + value.byteLength;
  if (depth > 6) return 64;
  let total = 16;
  if (Array.isArray(value)) {
    for (const item of value) total += approximateBytes(item, depth + 1);
  } else {
    for (const [key, item] of Object.entries(value)) {
      total += key.length * 2 + approximateBytes(item, depth + 1);
    }
  }
  return total;
}

const megabytes = (bytes: number) => Math.max(1, Math.ceil(bytes / 1_000_000));

/**
 * Keeps a copy of the data, then only the newest BACKUPS_KEPT copies of it. A full disk is said
 * in words with the room the copy needs.
 */
export async function writeBackup(
  idb: IDBFactory,
  backup: Omit<UpgradeBackup, 'id'>,
  what: string,
): Promise<void> {
  const backups = new BackupDatabase(idb);
  try {
    await backups.transaction('rw', backups.backups, async () => {
      await backups.backups.add(backup);
      const all = await backups.backups
        .where('databaseName')
        .equals(backup.databaseName)
        .sortBy('createdAt');
      const old = all.slice(0, Math.max(0, all.length - BACKUPS_KEPT));
      await backups.backups.bulkDelete(old.map((b) => b.id!));
    });
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    const needed = megabytes(approximateBytes(backup.stores));
    throw new StorageError(
      `SLO Workbook needs about ${needed} MB of free disk space to ${what}: it first keeps a ` +
        `copy of your data. Free up at least ${needed} MB on this computer, then open SLO ` +
        'Workbook again. Nothing was changed.',
      'quota',
      { cause: error },
    );
  } finally {
    backups.close();
  }
}

export async function listUpgradeBackups(
  indexedDB: IDBFactory = globalThis.indexedDB,
): Promise<UpgradeBackup[]> {
  const backups = new BackupDatabase(indexedDB);
  try {
    return await backups.backups.orderBy('createdAt').reverse().toArray();
  } finally {
    backups.close();
  }
}

/** How many records a backup holds, for the person to recognise it. */
export function backupRecordCount(backup: UpgradeBackup): number {
  return Object.values(backup.stores).reduce((sum, records) => sum + records.length, 0);
}

/**
 * Puts the data back as the backup holds it. What is here now is backed up first, so a restore
 * can be undone the same way; the app must be reloaded afterwards (the next start upgrades the
 * restored data again, with a fresh backup). The caller closes its connection first.
 */
export async function restoreUpgradeBackup(
  id: number,
  options: { name?: string; indexedDB?: IDBFactory } = {},
): Promise<void> {
  const name = options.name ?? DB_NAME;
  const idb = options.indexedDB ?? globalThis.indexedDB;
  const list = new BackupDatabase(idb);
  let chosen: UpgradeBackup | undefined;
  try {
    chosen = await list.backups.get(id);
  } finally {
    list.close();
  }
  if (!chosen) throw new StorageError('That backup is no longer on this computer.', 'gone');
  if (chosen.fromVersion < 1 || chosen.fromVersion > SCHEMA_VERSION) {
    throw new StorageError('That backup was made by another version of SLO Workbook.', 'other');
  }
  const installed = await installedNativeVersion(idb, name);
  if (installed > 0) {
    await writeBackup(
      idb,
      {
        databaseName: name,
        fromVersion: installed / 10,
        toVersion: installed / 10,
        createdAt: new Date().toISOString(),
        reason: 'restore',
        stores: await dumpDatabase(idb, name),
      },
      'restore a backup',
    );
  }
  await new Promise<void>((resolve, reject) => {
    const deleting = idb.deleteDatabase(name);
    deleting.onsuccess = () => resolve();
    deleting.onerror = () => reject(deleting.error);
    deleting.onblocked = () =>
      reject(
        new StorageError('Close SLO Workbook’s other windows, then restore again.', 'blocked'),
      );
  });
  const old = new WorkbookDatabase(name, { indexedDB: idb, upTo: chosen.fromVersion });
  try {
    await old.open();
    const tables = old.tables.filter((t) => chosen.stores[t.name]);
    await old.transaction('rw', tables, async () => {
      for (const table of tables) await table.bulkPut(chosen.stores[table.name]!);
    });
  } finally {
    old.close();
  }
}
