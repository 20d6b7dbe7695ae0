import { IDBFactory } from 'fake-indexeddb';

/** A fresh, empty IndexedDB for one test, so tests never see each other's data. */
export function freshIndexedDb(): IDBFactory {
  return new IDBFactory();
}
