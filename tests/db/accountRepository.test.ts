import { describe, expect, it } from 'vitest';
import { accountStory } from '../../shared/customer/accountStory';
import { guessMapping, planAccountImport } from '../../shared/customer/accountImport';
import { readCsvTable } from '../../shared/customer/csvRecords';
import { MAX_FILE_ACCOUNTS } from '../../shared/domain/workbookFile';
import { buildSampleWorkbook } from '../../shared/sample/sampleWorkbook';
import { importAccounts, readAccountRecords } from '../../renderer/src/db/accountRepository';
import {
  deleteAccount,
  listAccounts,
  restoreAccount,
  saveAccount,
  savePainPoint,
} from '../../renderer/src/db/journeyRepository';
import { deleteRetro, restoreRetro } from '../../renderer/src/db/retroRepository';
import { recordCsValidation, updateSlo } from '../../renderer/src/db/sloRepository';
import { openDatabase } from '../../renderer/src/db/openDatabase';
import {
  importWorkbookContents,
  readWorkbookContents,
} from '../../renderer/src/db/workbookRepository';
import { buildScaleWorkbook } from '../fixtures/scaleWorkbook';
import { freshIndexedDb } from './helpers';

async function withSample() {
  const db = await openDatabase({ indexedDB: freshIndexedDb() });
  const workbook = await importWorkbookContents(
    db,
    buildSampleWorkbook({ endMs: Date.parse('2026-11-20T12:00:00Z') }),
  );
  // Another workbook whose records must never show on the sample's account pages.
  await importWorkbookContents(db, buildScaleWorkbook(2, 3, 4, 5));
  return { db, workbook };
}

describe('an account’s page', () => {
  it('reads, through its indexes, the same story the whole workbook tells', async () => {
    const { db, workbook } = await withSample();
    const whole = (await readWorkbookContents(db, workbook.id))!;
    for (const account of whole.accounts) {
      const records = (await readAccountRecords(db, account.id))!;
      expect(accountStory(account.id, records)).toEqual(accountStory(account.id, whole));
    }
    const northwind = accountStory('sample-account-northwind', whole)!;
    expect(northwind.incidents.map((i) => [i.retro.title, i.named])).toEqual([
      ['Payment errors after the card-vault deploy', true],
      ['Slow catalogue pages in the evening peak', true],
    ]);
    expect(northwind.slos.map((s) => s.name)).toEqual([
      'Catalogue pages load fast',
      'Checkout payment succeeds',
    ]);
    expect(northwind.openActions.length).toBeGreaterThan(0);
    expect(northwind.openActions.every((a) => a.status !== 'done')).toBe(true);
    expect(await readAccountRecords(db, 'gone')).toBeNull();
  });
});

describe('importing accounts from a CRM file', () => {
  const csv =
    'Account Name,ARR,Renewal Date\nNorthwind Outfitters,"$500,000",2027-05-01\nNew Co,12000,\n';

  it('adds new accounts and updates those of the same name, in one write', async () => {
    const { db, workbook } = await withSample();
    const table = readCsvTable(csv)!;
    const plan = planAccountImport(
      table,
      guessMapping(table.header),
      await listAccounts(db, workbook.id),
    );
    expect(await importAccounts(db, workbook.id, plan)).toEqual({ added: 1, updated: 1 });
    const accounts = await listAccounts(db, workbook.id);
    expect(accounts).toHaveLength(5);
    const northwind = accounts.find((a) => a.name === 'Northwind Outfitters')!;
    expect([northwind.arr, northwind.renewalDate, northwind.segment]).toEqual([
      500_000,
      '2027-05-01',
      'Retail',
    ]);
    // The id is kept, so its pain points still name it.
    expect(northwind.id).toBe('sample-account-northwind');
  });

  it('writes the rows that read right and skips the listed ones, in one write', async () => {
    const { db, workbook } = await withSample();
    const table = readCsvTable(`${csv}Bad Co,-1,\n`)!;
    const plan = planAccountImport(table, guessMapping(table.header), []);
    expect(plan.rowProblems).toHaveLength(1);
    expect(plan.skippedRows).toBe(1);
    expect(await importAccounts(db, workbook.id, plan)).toEqual({ added: 1, updated: 1 });
    const names = (await listAccounts(db, workbook.id)).map((a) => a.name);
    expect(names).toHaveLength(5);
    expect(names).not.toContain('Bad Co');
  });

  it('refuses, in words, an import that would take the workbook past what its file holds', async () => {
    const { db, workbook } = await withSample();
    const before = await listAccounts(db, workbook.id);
    const rows = Array.from({ length: MAX_FILE_ACCOUNTS }, (_, i) => `Company ${i},1000`);
    const table = readCsvTable(`Account Name,ARR\n${rows.join('\n')}\n`)!;
    const plan = planAccountImport(table, guessMapping(table.header), before);
    expect(plan.refusals).toEqual([
      'The workbook holds 4 accounts; adding 100,000 would make 100,004, more than the 100,000 a ' +
        'workbook file can hold, so its export could not be opened again. Import at most 99,996 ' +
        'new accounts, or remove accounts first.',
    ]);
    await expect(importAccounts(db, workbook.id, plan)).rejects.toThrow(/Nothing was imported/);
    // Planned against an empty workbook, the write itself counts what the workbook holds.
    const blind = planAccountImport(table, guessMapping(table.header), []);
    expect(blind.refusals).toEqual([]);
    await expect(importAccounts(db, workbook.id, blind)).rejects.toThrow(
      /holds 4 accounts; adding 100,000 would make 100,004/,
    );
    expect(await listAccounts(db, workbook.id)).toHaveLength(4);
  }, 60_000);
});

describe('links between accounts, pain points, incidents and SLOs', () => {
  it('a form that does not show ARR or the incident never clears them', async () => {
    const { db } = await withSample();
    // The pain form's quick "New account" sends a name only; the SLO editor no validation.
    await saveAccount(
      db,
      'ignored',
      { name: 'Northwind Outfitters', notes: 'VIP' },
      'sample-account-northwind',
    );
    const northwind = (await db.accounts.get('sample-account-northwind'))!;
    expect([northwind.arr, northwind.notes]).toEqual([480_000, 'VIP']);
    expect(northwind.renewalDate).not.toBeNull();
    const pain = (await db.painPoints.get('sample-pain-pay-declined'))!;
    await savePainPoint(db, pain.stepId, { ...pain, retroId: undefined, quote: 'Edited' }, pain.id);
    expect((await db.painPoints.get(pain.id))!.retroId).toBe('sample-retro-card-vault');
    await recordCsValidation(db, 'sample-slo-pay', '2026-11-30', '2027-02-28');
    const slo = (await db.slos.get('sample-slo-pay'))!;
    await updateSlo(db, slo.id, { ...slo, csValidatedOn: undefined, owners: 'Payments SRE' });
    expect((await db.slos.get(slo.id))!).toMatchObject({
      csValidatedOn: '2026-11-30',
      reviewDate: '2027-02-28',
      owners: 'Payments SRE',
    });
    await expect(recordCsValidation(db, slo.id, '2026-11-30', '2026-01-01')).rejects.toThrow(
      /after the validation/,
    );
  });

  it('deleting an incident unlinks its pain points, and undo links them again', async () => {
    const { db } = await withSample();
    const bundle = (await deleteRetro(db, 'sample-retro-card-vault'))!;
    expect(bundle.painPointIds.sort()).toEqual([
      'sample-pain-pay-declined',
      'sample-pain-pay-double',
    ]);
    expect(await db.painPoints.where('retroId').equals('sample-retro-card-vault').count()).toBe(0);
    await restoreRetro(db, bundle);
    expect(await db.painPoints.where('retroId').equals('sample-retro-card-vault').count()).toBe(2);
  });

  it('deleting an account takes it off the incidents that named it, and undo puts it back', async () => {
    const { db } = await withSample();
    const deleted = (await deleteAccount(db, 'sample-account-northwind'))!;
    expect(deleted.retroIds.sort()).toEqual([
      'sample-retro-card-vault',
      'sample-retro-slow-catalogue',
    ]);
    expect(await db.retros.where('accountIds').equals('sample-account-northwind').count()).toBe(0);
    await restoreAccount(db, deleted);
    expect(await db.retros.where('accountIds').equals('sample-account-northwind').count()).toBe(2);
    expect(await db.painPoints.where('accountIds').equals('sample-account-northwind').count()).toBe(
      2,
    );
  });

  it('a pain point cannot name an incident that is gone', async () => {
    const { db } = await withSample();
    const pain = (await db.painPoints.get('sample-pain-pay-spinner'))!;
    await expect(
      savePainPoint(db, pain.stepId, { ...pain, retroId: 'no-such-retro' }, pain.id),
    ).rejects.toThrow(/That incident no longer exists/);
  });
});
