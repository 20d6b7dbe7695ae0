import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Salesforce Data Loader's sample export of 423 accounts (BSD-3-Clause; see SOURCES.md there). */
const DATA_LOADER = path.resolve(
  import.meta.dirname,
  '../fixtures/real/crm/sf-dataloader-sample-accountData.csv',
);

async function chooseCsv(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Choose (a|another) CSV file…$/ }).click();
  await (await chooser).setFiles(file);
}

async function openImport(page: Page) {
  await page.getByRole('button', { name: 'Import from a CRM file…' }).click();
  return page.getByRole('dialog', { name: 'Import accounts from a CRM file' });
}

test('a real Data Loader export: the rows that cannot be read are listed, the rest imported; a file past what a workbook holds is refused in words', async ({
  page,
}) => {
  // It reads 423 rows, then 100,000: generous on a machine shared with other work.
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample workbook' }).click();
  await page.getByRole('tab', { name: 'Customer accounts' }).click();
  const accounts = page.getByRole('table', { name: 'Accounts' });
  await expect(accounts).toContainText('Northwind Outfitters');

  const dialog = await openImport(page);
  await chooseCsv(page, DATA_LOADER);
  await expect(dialog.getByRole('status')).toContainText(
    'Ready: 418 accounts to add and 0 accounts to update. 5 rows with problems are listed below: fix a cell here, or they are skipped.',
  );
  // Neither its company revenue nor its owner ids are taken, and the dialog says why.
  await expect(dialog.getByRole('combobox', { name: 'Annual revenue (ARR)' })).toHaveValue('');
  const owner = dialog.getByRole('combobox', { name: 'CSM owner' });
  await expect(owner).toHaveValue('');
  await expect(owner).toHaveAccessibleDescription(
    /“OWNERID” holds record ids \(005x0000000fNSiAAM\), not names/,
  );
  const problems = dialog.getByRole('list', { name: 'Rows with problems' });
  await expect(problems.getByRole('listitem')).toHaveCount(5);
  await expect(problems).toContainText(
    'Line 35: the account name “????????????????” lost its letters when the file was saved in another encoding',
  );
  // The listed rows, their fix fields and the reasons beside the columns meet WCAG 2.1 AA.
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: test.info().outputPath('crm-import-1280x800.png') });
  await page.setViewportSize({ width: 900, height: 600 });
  await page.screenshot({ path: test.info().outputPath('crm-import-900x600.png') });

  await dialog.getByRole('button', { name: 'Import 418 accounts, skip 5 rows' }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(
    page.getByText(/418 accounts added, 0 accounts updated, 5 rows with problems skipped\./),
  ).toBeVisible();
  await expect(accounts).toContainText('Gravity Investments');
  await expect(accounts).not.toContainText('?????');

  // 100,000 more accounts would make the workbook one its own file format refuses.
  const many = path.join(await mkdtemp(path.join(os.tmpdir(), 'crm-many-')), 'many.csv');
  const rows = Array.from({ length: 100_000 }, (_, i) => `Company ${i + 1}`);
  await writeFile(many, `Account Name\n${rows.join('\n')}\n`, 'utf8');
  const again = await openImport(page);
  await chooseCsv(page, many);
  await expect(again.getByRole('status')).toContainText(
    'Nothing can be imported: The workbook holds 422 accounts; adding 100,000 would make 100,422, more than the 100,000 a workbook file can hold, so its export could not be opened again. Import at most 99,578 new accounts, or remove accounts first.',
    { timeout: 60_000 },
  );
  await expect(again.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
});
