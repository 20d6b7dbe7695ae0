import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runWorkbookCli, type CliIo } from '../../shared/cli/runWorkbookCli';
import { buildWorkbookFile, serializeWorkbookFile } from '../../shared/domain/workbookFile';
import { buildSampleWorkbook } from '../../shared/sample/sampleWorkbook';

const fixtures = resolve(import.meta.dirname, '../fixtures/real/crm');

/** The command line over files held in memory: what it prints and its exit status. */
async function run(files: Record<string, string>, ...argv: string[]) {
  let out = '';
  let err = '';
  const io: CliIo = {
    readText: async (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return text;
    },
    writeText: async () => {
      throw new Error('accounts writes nothing');
    },
    out: (text) => (out += text),
    err: (text) => (err += text),
    now: () => new Date('2026-12-01T00:00:00Z'),
    timeZone: () => 'UTC',
  };
  const status = await runWorkbookCli(argv, io);
  return { status, out, err };
}

const dataLoader = readFileSync(resolve(fixtures, 'sf-dataloader-sample-accountData.csv'), 'utf8');

describe('workbook accounts FILE.csv', () => {
  it('prints, as JSON with stable keys, what the app’s import would make of a real export', async () => {
    const { status, out } = await run(
      { 'accounts.csv': dataLoader },
      'accounts',
      'accounts.csv',
      '--json',
    );
    expect(status).toBe(0);
    const report = JSON.parse(out) as {
      mapping: Record<string, string | null>;
      add: number;
      update: number;
      accounts: { name: string; arr: number | null; currency: string }[];
      problems: { line: number | null; message: string }[];
    };
    expect(report.mapping).toEqual({
      name: 'NAME',
      arr: null,
      currency: null,
      renewalDate: null,
      segment: 'TYPE',
      plan: null,
      csmOwner: null,
      notes: 'DESCRIPTION',
    });
    expect([report.add, report.update, report.accounts.length]).toEqual([418, 0, 418]);
    expect(report.accounts[0]).toMatchObject({
      name: 'Gravity Investments',
      arr: null,
      currency: 'USD',
    });
    expect(report.problems.map((p) => p.line)).toEqual([34, 35, 36, 37, 38]);
    expect(report.problems[0]!.message).toMatch(/lost its letters/);
  });

  it('says in words which column it chose for what and why, and each row it would skip', async () => {
    const { status, out } = await run({ 'accounts.csv': dataLoader }, 'accounts', 'accounts.csv');
    expect(status).toBe(0);
    expect(out).toContain('accounts.csv: 423 rows');
    expect(out).toMatch(/Annual revenue \(ARR\)\s+not imported\s+\(Not guessed: “ANNUALREVENUE”/);
    expect(out).toMatch(/CSM owner\s+not imported\s+\(“OWNERID” holds record ids/);
    expect(out).toContain(
      '418 accounts to add, 0 accounts to update; 5 rows with problems would be skipped:',
    );
    expect(out).toContain('  Line 38: the account name “?????????????” lost its letters');
  });

  it('matches names with a workbook given by --into and refuses to cross what its file holds', async () => {
    const sample = serializeWorkbookFile(
      buildWorkbookFile(
        buildSampleWorkbook({ endMs: Date.parse('2026-11-20T12:00:00Z') }),
        '0.1.0',
        '2026-11-21T00:00:00.000Z',
      ),
    );
    const update = 'Account Name,ARR\nNorthwind Outfitters,"$500,000"\nNew Co,1000\n';
    const matched = await run(
      { 'wb.json': sample, 'a.csv': update },
      'accounts',
      'a.csv',
      '--into',
      'wb.json',
      '--json',
    );
    expect(matched.status).toBe(0);
    const report = JSON.parse(matched.out) as { add: number; update: number };
    expect([report.add, report.update]).toEqual([1, 1]);

    const many = ['Account Name', ...Array.from({ length: 100_000 }, (_, i) => `Company ${i}`)];
    const refused = await run(
      { 'wb.json': sample, 'many.csv': `${many.join('\n')}\n` },
      'accounts',
      'many.csv',
      '--into',
      'wb.json',
      '--json',
    );
    expect(refused.status).toBe(1);
    const problems = (JSON.parse(refused.out) as { problems: { line: null; message: string }[] })
      .problems;
    expect(problems[0]).toEqual({
      line: null,
      message: expect.stringMatching(
        /^The workbook holds 4 accounts; adding 100,000 would make 100,004, more than the 100,000 a workbook file can hold/,
      ),
    });
    expect(refused.err).toMatch(/many\.csv is refused, nothing would be imported/);
  }, 60_000);

  it('refuses a file with no rows, or no name column, with the reason (exit 1)', async () => {
    const empty = await run({ 'e.csv': 'Name,ARR\n' }, 'accounts', 'e.csv');
    expect(empty.status).toBe(1);
    expect(empty.err).toContain('The file holds no rows');
    const nameless = await run({ 'n.csv': 'Foo,Bar\n1,2\n' }, 'accounts', 'n.csv');
    expect(nameless.status).toBe(1);
    expect(nameless.err).toContain('Choose the column that holds the account names.');
    // Every row listed, none to import: refused, each row still named.
    const none = await run(
      { 'x.csv': 'Name,ARR,Renewal\nAcme,6.0E7,13/45/2027\n' },
      'accounts',
      'x.csv',
    );
    expect(none.status).toBe(1);
    expect(none.out).toContain(
      'Line 2: the renewal date “13/45/2027” is not a date: neither 13 nor 45 can be a month (write it as YYYY-MM-DD, M/D/YYYY or D.M.YYYY).',
    );
    expect(none.err).toContain('No row can be imported as it is');
    expect((await run({}, 'accounts')).status).toBe(2);
  });
});
