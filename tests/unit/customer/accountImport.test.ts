import { describe, expect, it } from 'vitest';
import type { Account } from '../../../shared/domain/journey';
import {
  explainMapping,
  guessMapping,
  planAccountImport,
  problemText,
  type ColumnMapping,
} from '../../../shared/customer/accountImport';
import { parseDay, parseMoney } from '../../../shared/customer/crmValues';
import { readCsvTable } from '../../../shared/customer/csvRecords';
import { PREVIEW_ACCOUNTS, checkAccountImport } from '../../../shared/customer/accountImportJob';

/** As Salesforce's "Accounts" report exports it: every cell quoted, a note across lines. */
const SALESFORCE = [
  '"Account Name","Annual Revenue","Account Currency","Type","Account Owner","Contract End Date","Description"',
  '"Northwind Outfitters","480,000.00","USD","Customer - Direct","Priya Shah","3/15/2027","Renews with\n""Premier"" support"',
  '"Lumen Health Supplies","150000","USD","Customer - Channel","Priya Shah","11/1/2027",""',
  '"Tidepool Games","","USD","Customer - Direct","Marco Ruiz","",""',
  '',
].join('\r\n');

/** As HubSpot's companies export writes it, semicolon-separated from a European spreadsheet. */
const HUBSPOT = [
  'Record ID;Company name;Annual Revenue;Company owner;Industry;Renewal Date',
  '1001;Fjord Kaffe AS;"€ 1.200.000,50";Ingrid;Food & Beverage;15.03.2027',
  '1002;Harbor Books;96k;Marco;Retail;2027-06-30',
].join('\n');

const T = '2026-01-01T00:00:00.000Z';
const existing: Account[] = [
  {
    id: 'a-tide',
    workbookId: 'wb',
    name: 'tidepool games',
    segment: 'Gaming',
    plan: 'Self-serve',
    csmOwner: 'Marco',
    notes: 'Keep',
    arr: 24_000,
    currency: 'USD',
    renewalDate: '2027-01-01',
    createdAt: T,
    updatedAt: T,
  },
];

describe('CRM exports', () => {
  it('reads a Salesforce export: quoted cells, a note across lines, US dates', () => {
    const table = readCsvTable(SALESFORCE)!;
    expect(table.header[0]).toBe('Account Name');
    expect(table.rows.map((r) => r.line)).toEqual([2, 4, 5]);
    expect(table.rows[0]!.cells[6]).toBe('Renews with\n"Premier" support');
    const guess = explainMapping(table.header);
    // "Annual Revenue" is the customer company's own revenue in Salesforce: asked, not guessed.
    expect(guess.mapping).toEqual({
      name: 0,
      currency: 2,
      segment: 3,
      csmOwner: 4,
      renewalDate: 5,
      notes: 6,
    });
    expect(guess.reasons.arr).toMatch(/“Annual Revenue” is usually the customer company’s own/);
    const mapping: ColumnMapping = { ...guess.mapping, arr: 1 };
    const plan = planAccountImport(table, mapping, existing);
    expect(plan.rowProblems).toEqual([]);
    expect(plan.refusals).toEqual([]);
    expect([plan.added, plan.updated]).toEqual([2, 1]);
    expect(plan.accounts[0]!.draft).toMatchObject({
      name: 'Northwind Outfitters',
      arr: 480_000,
      currency: 'USD',
      renewalDate: '2027-03-15',
    });
    // Matched by name: keeps its own spelling; a blank ARR in the CRM means unknown.
    const tide = plan.accounts[2]!;
    expect(tide.existingId).toBe('a-tide');
    expect(tide.draft).toMatchObject({ name: 'tidepool games', arr: null, plan: 'Self-serve' });
  });

  it('reads a HubSpot export from a European spreadsheet: euros, "96k", day-first dates', () => {
    const table = readCsvTable(HUBSPOT)!;
    const mapping = guessMapping(table.header);
    expect(mapping).toEqual({ name: 1, csmOwner: 3, segment: 4, renewalDate: 5 });
    const plan = planAccountImport(table, { ...mapping, arr: 2 }, []);
    expect(plan.rowProblems).toEqual([]);
    expect(plan.accounts.map((a) => [a.draft.arr, a.draft.currency, a.draft.renewalDate])).toEqual([
      [1_200_000.5, 'EUR', '2027-03-15'],
      [96_000, 'USD', '2027-06-30'],
    ]);
  });

  it('lists every bad row with its line and cell, and plans the good ones', () => {
    const table = readCsvTable(
      'Name,ARR,Renewal\nAcme,-5,2027-01-01\n,100,\nGlobex,lots,31/02/2027\nacme,1,\nInitech,2k,13/45/2027\nHooli,1,\n',
    )!;
    const plan = planAccountImport(table, guessMapping(table.header), []);
    expect(plan.rowProblems.map(problemText)).toEqual([
      'Line 2: the annual revenue “-5” is negative.',
      'Line 3: the account name is empty.',
      'Line 4: the annual revenue “lots” is not an amount.',
      'Line 4: the renewal date “31/02/2027” is not a date: February 2027 has no day 31 (write it as YYYY-MM-DD, M/D/YYYY or D.M.YYYY).',
      'Line 5: “acme” is already on line 2: two rows with one name may be two companies; rename one, or skip this row.',
      'Line 6: the renewal date “13/45/2027” is not a date: neither 13 nor 45 can be a month (write it as YYYY-MM-DD, M/D/YYYY or D.M.YYYY).',
    ]);
    // Each problem names the cell to fix; the rows that read right are planned.
    expect(plan.rowProblems[2]).toMatchObject({ line: 4, field: 'arr', column: 1, value: 'lots' });
    expect(plan.accounts.map((a) => a.draft.name)).toEqual(['Hooli']);
    expect([plan.skippedRows, plan.added, plan.refusals]).toEqual([5, 1, []]);
  });

  it('takes a cell fixed in the preview in place of the file’s', () => {
    const table = readCsvTable('Name,ARR\nAcme,lots\nGlobex,5\n')!;
    const mapping = guessMapping(table.header);
    const plan = planAccountImport(table, mapping, [], { edits: { '2:1': '$12,000' } });
    expect(plan.rowProblems).toEqual([]);
    expect(plan.accounts.map((a) => [a.draft.name, a.draft.arr])).toEqual([
      ['Acme', 12_000],
      ['Globex', 5],
    ]);
  });

  it('never suggests a made-up date for one that names none', () => {
    for (const text of ['13/45/2027', '31/02/2027', '2027-13-01', '45.13.2027']) {
      const read = parseDay(text);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.message).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
  });

  it('reads exports that keep the CRMs’ own field names (HubSpot API, Salesforce API)', () => {
    // Revenue and owner ids are not what they look like: asked, with the reason shown.
    const hubspot = explainMapping(
      ['hs_object_id', 'name', 'annualrevenue', 'hubspot_owner_id', 'industry'],
      [['1001', 'Harbor Books', '4000000000', '31847101', 'Retail']],
    );
    expect(hubspot.mapping).toEqual({ name: 1, segment: 4 });
    expect(hubspot.reasons.csmOwner).toMatch(/“hubspot_owner_id” holds record ids \(31847101\)/);
    expect(hubspot.reasons.arr).toMatch(/not what it pays you/);
    const salesforce = explainMapping(
      ['Id', 'Name', 'AnnualRevenue', 'CurrencyIsoCode', 'OwnerId', 'Ownership'],
      [
        [
          '0016g000003PipKAAS',
          'Stevens Capital',
          '4000000000',
          'USD',
          '0056g0000011OsEAAU',
          'Public',
        ],
      ],
    );
    expect(salesforce.mapping).toEqual({ name: 1, currency: 3 });
    expect(salesforce.reasons.csmOwner).toMatch(
      /“OwnerId” holds record ids \(0056g0000011OsEAAU\), not names/,
    );
    // An owner column of names is the CSM owner; "Ownership" never is.
    expect(guessMapping(['Account Name', 'Ownership', 'Account Owner'])).toEqual({
      name: 0,
      csmOwner: 2,
    });
    expect(explainMapping(['Account Name', 'Ownership']).reasons.csmOwner).toMatch(
      /public or private/,
    );
  });

  it('asks for the name column when none is recognised', () => {
    const table = readCsvTable('Foo,Bar\n1,2\n')!;
    expect(planAccountImport(table, guessMapping(table.header), []).refusals).toEqual([
      'Choose the column that holds the account names.',
    ]);
  });
});

describe('CRM values', () => {
  it.each([
    ['$120,000', 120_000, 'USD'],
    ['120000.00', 120_000, null],
    ['EUR 1.200.000', 1_200_000, 'EUR'],
    ['£45.5k', 45_500, 'GBP'],
    ['1,5m', 1_500_000, null],
    ["CHF 1'200'000", 1_200_000, 'CHF'],
    // Java's Double.toString, as Salesforce Data Loader exports large amounts.
    ['6.0E7', 60_000_000, null],
    ['8.48E10', 84_800_000_000, null],
    ['1.5e+6', 1_500_000, null],
  ])('reads %s', (text, amount, currency) => {
    expect(parseMoney(text)).toEqual({ ok: true, value: { amount, currency } });
  });

  it.each([
    ['2027-03-15', '2027-03-15'],
    ['2027-03-15T00:00:00.000Z', '2027-03-15'],
    ['3/15/2027', '2027-03-15'],
    ['15/3/2027', '2027-03-15'],
    ['15.03.2027', '2027-03-15'],
    ['15 Mar 2027', '2027-03-15'],
    ['March 15, 2027', '2027-03-15'],
  ])('reads the date %s', (text, day) => {
    expect(parseDay(text)).toEqual({ ok: true, value: day });
  });
});

describe('checking a CRM file in one step (what the worker runs)', () => {
  const big = [
    'Account Name,ARR',
    ...Array.from({ length: 30 }, (_, i) => `Company ${i},${(i + 1) * 1000}`),
  ].join('\n');

  it('a preview carries a few accounts and the counts of all; the import carries all', () => {
    const preview = checkAccountImport({ text: big, mapping: null, existing: [], full: false });
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.rows).toBe(30);
    expect(preview.mapping).toEqual({ name: 0, arr: 1 });
    expect(preview.plan.accounts).toHaveLength(PREVIEW_ACCOUNTS);
    expect(preview.plan.added).toBe(30);
    const full = checkAccountImport({
      text: big,
      mapping: preview.mapping,
      existing: [],
      full: true,
    });
    expect(full.ok && full.plan.accounts.length).toBe(30);
  });

  it('says plainly when the file holds no rows', () => {
    expect(
      checkAccountImport({ text: 'Name,ARR\n', mapping: null, existing: [], full: false }),
    ).toEqual({
      ok: false,
      message:
        'The file holds no rows: export the accounts with a header row and one account per row.',
    });
  });
});
