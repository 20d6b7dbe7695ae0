import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';

/** A fresh, empty IndexedDB for one test, so tests never see each other's data. */
export function freshIndexedDb(): IDBFactory {
  return new IDBFactory();
}

/** The database as version 5 of the app declared it (journeys, before retrospectives), empty. */
export function version5Database(indexedDB: IDBFactory, name: string): Dexie {
  const v5 = new Dexie(name, { indexedDB, IDBKeyRange });
  v5.version(5).stores({
    workbooks: 'id, name, updatedAt',
    slos: 'id, workbookId, updatedAt, stepId',
    sliChunks: '[sloId+dayStartMs], sloId, workbookId',
    accounts: 'id, workbookId',
    journeys: 'id, workbookId',
    journeySteps: 'id, journeyId, workbookId',
    painPoints: 'id, stepId, journeyId, workbookId',
  });
  return v5;
}

/** The tables and indexes of versions 6 and 7 (7 upgraded SLO records only). */
const VERSION_6_STORES = {
  workbooks: 'id, name, updatedAt',
  slos: 'id, workbookId, updatedAt, stepId',
  sliChunks: '[sloId+dayStartMs], sloId, workbookId',
  accounts: 'id, workbookId',
  journeys: 'id, workbookId',
  journeySteps: 'id, journeyId, workbookId',
  painPoints: 'id, stepId, journeyId, workbookId',
  retros: 'id, workbookId, *stepIds, *sloIds',
  timelineEvents: 'id, retroId, workbookId',
  participantAccounts: 'id, retroId, workbookId',
  contributingFactors: 'id, retroId, workbookId',
  actionItems: 'id, retroId, workbookId',
  reviewSessions: 'id, retroId, workbookId',
};

/** Version 6 added the retrospective tables; nothing else changed. */
export function version6Database(indexedDB: IDBFactory, name: string): Dexie {
  const v6 = new Dexie(name, { indexedDB, IDBKeyRange });
  v6.version(6).stores(VERSION_6_STORES);
  return v6;
}

/** Version 7 kept the tables and indexes of version 6 (it upgraded SLO records only). */
export function version7Database(indexedDB: IDBFactory, name: string): Dexie {
  const v7 = new Dexie(name, { indexedDB, IDBKeyRange });
  v7.version(7).stores(VERSION_6_STORES);
  return v7;
}
