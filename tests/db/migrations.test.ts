import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_NAME, SCHEMA_VERSION } from '../../renderer/src/db/database';
import { listUpgradeBackups, openDatabase } from '../../renderer/src/db/openDatabase';
import { StorageError } from '../../renderer/src/db/storageErrors';
import { freshIndexedDb, version5Database, version6Database, version7Database } from './helpers';

/** The database exactly as version 1 of the app declared and wrote it. */
async function buildVersion1(indexedDB: IDBFactory) {
  const v1 = new Dexie(DB_NAME, { indexedDB, IDBKeyRange });
  v1.version(1).stores({ workbooks: 'id, name, updatedAt' });
  const records = Array.from({ length: 25 }, (_, i) => ({
    id: `wb-${i}`,
    name: `Workbook ${String(i).padStart(2, '0')}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: `2026-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00.000Z`,
  }));
  await v1.table('workbooks').bulkAdd(records);
  v1.close();
  return records;
}

/** The database as version 2 of the app wrote it: workbooks with descriptions, no SLOs yet. */
async function buildVersion2(indexedDB: IDBFactory) {
  const v2 = new Dexie(DB_NAME, { indexedDB, IDBKeyRange });
  v2.version(2).stores({ workbooks: 'id, name, updatedAt' });
  const records = Array.from({ length: 10 }, (_, i) => ({
    id: `wb-${i}`,
    name: `Workbook ${i}`,
    description: `About ${i}`,
    createdAt: '2026-02-01T00:00:00.000Z',
    updatedAt: '2026-02-02T00:00:00.000Z',
  }));
  await v2.table('workbooks').bulkAdd(records);
  v2.close();
  return records;
}

describe('database versions', () => {
  it('opens a version-7 database: accounts gain revenue, pain points and incidents their links', async () => {
    const idb = freshIndexedDb();
    const v7 = version7Database(idb, DB_NAME);
    const account = { id: 'a1', workbookId: 'wb', name: 'Acme', segment: 'Retail', plan: '' };
    const pains = ['p1', 'p2'].map((id, i) => ({
      id,
      workbookId: 'wb',
      journeyId: 'j1',
      stepId: 'st1',
      quote: 'It hangs',
      accountIds: i === 0 ? ['a1'] : [],
    }));
    const retro = { id: 'r1', workbookId: 'wb', title: 'Outage', stepIds: [], sloIds: [] };
    const slo = { id: 's1', workbookId: 'wb', name: 'Pay works', reviewDate: '2026-01-01' };
    await v7.table('accounts').add(account);
    await v7.table('painPoints').bulkAdd(pains);
    await v7.table('retros').add(retro);
    await v7.table('slos').add(slo);
    v7.close();

    const db = await openDatabase({ indexedDB: idb });
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.accounts.get('a1')).toEqual({
      ...account,
      arr: null,
      currency: 'USD',
      renewalDate: null,
    });
    expect(await db.painPoints.get('p2')).toEqual({ ...pains[1], retroId: null });
    expect(await db.retros.get('r1')).toEqual({ ...retro, accountIds: [] });
    expect(await db.slos.get('s1')).toEqual({ ...slo, csValidatedOn: null });
    // The new indexes answer on the upgraded records.
    expect(await db.painPoints.where('accountIds').equals('a1').primaryKeys()).toEqual(['p1']);
    expect(await db.painPoints.where('retroId').equals('r1').count()).toBe(0);
    expect(await db.retros.where('accountIds').equals('a1').count()).toBe(0);
    db.close();
  });

  it('opens a version-6 database: SLOs gain no origin and calendars start where they did', async () => {
    const idb = freshIndexedDb();
    const v6 = version6Database(idb, DB_NAME);
    const monthly = {
      id: 's1',
      workbookId: 'wb',
      name: 'Checkout',
      stepId: null,
      window: { kind: 'calendar', unit: 'month', timeZone: 'Europe/Berlin' },
      manualIncidents: [],
    };
    const rolling = { ...monthly, id: 's2', window: { kind: 'rolling', minutes: 40_320 } };
    const retro = { id: 'r1', workbookId: 'wb', title: 'Outage', stepIds: [], sloIds: ['s1'] };
    await v6.table('slos').bulkAdd([monthly, rolling]);
    await v6.table('retros').add(retro);
    v6.close();

    const db = await openDatabase({ indexedDB: idb });
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.slos.get('s1')).toEqual({
      ...monthly,
      window: { ...monthly.window, startTime: null },
      origin: null,
      csValidatedOn: null,
    });
    expect(await db.slos.get('s2')).toEqual({ ...rolling, origin: null, csValidatedOn: null });
    expect(await db.retros.where('sloIds').equals('s1').toArray()).toEqual([
      { ...retro, accountIds: [] },
    ]);
    db.close();
  });

  it('opens a version-5 database with journeys intact and empty retrospective tables', async () => {
    const idb = freshIndexedDb();
    const v5 = version5Database(idb, DB_NAME);
    const workbook = { id: 'wb', name: 'Acme', description: '', createdAt: 'x', updatedAt: 'x' };
    const journey = { id: 'j1', workbookId: 'wb', name: 'Checkout', persona: '', goal: '' };
    const step = { id: 'st1', workbookId: 'wb', journeyId: 'j1', position: 0, name: 'Pay' };
    const slo = {
      id: 's1',
      workbookId: 'wb',
      name: 'Pay works',
      stepId: 'st1',
      manualIncidents: [],
    };
    await v5.table('workbooks').add(workbook);
    await v5.table('journeys').add(journey);
    await v5.table('journeySteps').add(step);
    await v5.table('slos').add(slo);
    v5.close();

    const db = await openDatabase({ indexedDB: idb });
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.journeys.toArray()).toEqual([journey]);
    expect(await db.journeySteps.toArray()).toEqual([step]);
    expect(await db.slos.where('stepId').equals('st1').toArray()).toEqual([
      { ...slo, origin: null, csValidatedOn: null },
    ]);
    for (const table of [
      db.retros,
      db.timelineEvents,
      db.participantAccounts,
      db.contributingFactors,
      db.actionItems,
      db.reviewSessions,
    ]) {
      expect(await table.count()).toBe(0);
    }
    // The new multi-entry index works on the upgraded database.
    expect(await db.retros.where('stepIds').equals('st1').count()).toBe(0);
    db.close();
  });

  it('opens a version-4 database with every record intact and empty journey tables', async () => {
    const idb = freshIndexedDb();
    const v4 = new Dexie(DB_NAME, { indexedDB: idb, IDBKeyRange });
    v4.version(4).stores({
      workbooks: 'id, name, updatedAt',
      slos: 'id, workbookId, updatedAt',
      sliChunks: '[sloId+dayStartMs], sloId, workbookId',
    });
    const workbook = { id: 'wb', name: 'Acme', description: '', createdAt: 'x', updatedAt: 'x' };
    const slo = { id: 's1', workbookId: 'wb', name: 'Checkout', stepId: null, manualIncidents: [] };
    await v4.table('workbooks').add(workbook);
    await v4.table('slos').add(slo);
    v4.close();

    const db = await openDatabase({ indexedDB: idb });
    expect(await db.workbooks.toArray()).toEqual([workbook]);
    expect(await db.slos.toArray()).toEqual([{ ...slo, origin: null, csValidatedOn: null }]);
    expect(await db.journeys.count()).toBe(0);
    expect(await db.painPoints.count()).toBe(0);
    db.close();
  });

  it('opens a version-3 database: SLOs gain an empty list of hand-recorded incidents', async () => {
    const idb = freshIndexedDb();
    const v3 = new Dexie(DB_NAME, { indexedDB: idb, IDBKeyRange });
    v3.version(3).stores({
      workbooks: 'id, name, updatedAt',
      slos: 'id, workbookId, updatedAt',
      sliChunks: '[sloId+dayStartMs], sloId, workbookId',
    });
    const workbook = { id: 'wb', name: 'Acme', description: '', createdAt: 'x', updatedAt: 'x' };
    const slo = { id: 's1', workbookId: 'wb', name: 'Checkout', target: 0.999, updatedAt: 'x' };
    const chunk = {
      sloId: 's1',
      workbookId: 'wb',
      dayStartMs: 0,
      startMs: 0,
      stepMs: 60_000,
      kind: 'values',
      a: new Float64Array([1, Number.NaN]),
      b: null,
    };
    await v3.table('workbooks').add(workbook);
    await v3.table('slos').add(slo);
    await v3.table('sliChunks').add(chunk);
    v3.close();

    const db = await openDatabase({ indexedDB: idb });
    expect(await db.workbooks.toArray()).toEqual([workbook]);
    expect(await db.slos.toArray()).toEqual([
      { ...slo, manualIncidents: [], origin: null, csValidatedOn: null },
    ]);
    expect(await db.sliChunks.toArray()).toEqual([chunk]);
    db.close();
  });

  it('opens a version-2 database with every workbook intact and empty SLO tables', async () => {
    const idb = freshIndexedDb();
    const records = await buildVersion2(idb);
    const db = await openDatabase({ indexedDB: idb });
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.workbooks.orderBy('name').toArray()).toEqual(records);
    expect(await db.slos.count()).toBe(0);
    expect(await db.sliChunks.count()).toBe(0);
    const backups = await listUpgradeBackups(idb);
    expect(backups[0]).toMatchObject({ fromVersion: 2, toVersion: SCHEMA_VERSION });
    db.close();
  });

  it('opens a version-1 database with every record intact and upgraded', async () => {
    const idb = freshIndexedDb();
    const records = await buildVersion1(idb);
    const db = await openDatabase({ indexedDB: idb });
    expect(db.verno).toBe(SCHEMA_VERSION);
    const stored = await db.workbooks.orderBy('name').toArray();
    expect(stored).toEqual(records.map((r) => ({ ...r, description: '' })));
    // The index survived the upgrade, too.
    expect(await db.workbooks.where('updatedAt').above('2026-01-20').count()).toBe(
      records.filter((r) => r.updatedAt > '2026-01-20').length,
    );
    db.close();
  });

  it('writes a backup of the old data before upgrading it', async () => {
    const idb = freshIndexedDb();
    const records = await buildVersion1(idb);
    (await openDatabase({ indexedDB: idb })).close();
    const backups = await listUpgradeBackups(idb);
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({ fromVersion: 1, toVersion: SCHEMA_VERSION });
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    const saved = backups[0]!.stores['workbooks'] as { id: string }[];
    expect([...saved].sort(byId)).toEqual([...records].sort(byId));
  });

  it('makes no backup for a new or an up-to-date database', async () => {
    const idb = freshIndexedDb();
    (await openDatabase({ indexedDB: idb })).close();
    (await openDatabase({ indexedDB: idb })).close();
    expect(await listUpgradeBackups(idb)).toEqual([]);
  });

  it('refuses a database written by a newer app, clearly, and leaves it untouched', async () => {
    const idb = freshIndexedDb();
    const newer = new Dexie(DB_NAME, { indexedDB: idb, IDBKeyRange });
    newer.version(SCHEMA_VERSION + 1).stores({ workbooks: 'id, name, updatedAt', future: 'id' });
    await newer.table('workbooks').add({ id: 'x', name: 'From the future', description: '' });
    await newer.table('future').add({ id: 'f' });
    newer.close();

    const failure = await openDatabase({ indexedDB: idb }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as StorageError).kind).toBe('newer-version');
    expect((failure as Error).message).toMatch(
      /newer version of SLO Workbook.*Nothing was changed/,
    );

    const check = new Dexie(DB_NAME, { indexedDB: idb, IDBKeyRange });
    await check.open();
    expect(check.verno).toBe(SCHEMA_VERSION + 1);
    expect(await check.table('future').count()).toBe(1);
    check.close();
  });
});
