import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openArea } from './helpers';

/** As Salesforce's Accounts report exports it: quoted cells, US dates, a note across lines. */
const CRM_EXPORT = [
  '"Account Name","Annual Revenue","Account Currency","Type","Account Owner","Contract End Date","Description"',
  '"Northwind Outfitters","500,000.00","USD","Retail","Priya (CSM)","3/15/2027","Renewal call booked;\nasks about checkout reliability"',
  '"Fjord Kaffe AS","85000","EUR","Food","Ingrid","6/30/2027",""',
  '',
].join('\r\n');

async function csvFile(name: string, text: string): Promise<string> {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'crm-')), name);
  await writeFile(file, text, 'utf8');
  return file;
}

async function chooseCsv(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Choose (a|another) CSV file…$/ }).click();
  await (await chooser).setFiles(file);
}

test('a CSM imports accounts from the CRM, opens one with its incidents and ARR, sees an SLO’s verdict and saves the account report', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample workbook' }).click();
  await expect(page.getByRole('button', { name: 'Checkout' })).toBeVisible();
  await page.getByRole('tab', { name: 'Customer accounts' }).click();
  const accounts = page.getByRole('table', { name: 'Accounts' });
  await expect(accounts).toContainText('$480,000');

  // A Salesforce report: its company-revenue column is offered for ARR, not taken; a bad row is
  // listed with its line, and its cell fixed in place brings it back.
  await page.getByRole('button', { name: 'Import from a CRM file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import accounts from a CRM file' });
  await chooseCsv(
    page,
    await csvFile('accounts.csv', `${CRM_EXPORT}"Initech","lots","USD","","","",""\r\n`),
  );
  const arr = dialog.getByRole('combobox', { name: 'Annual revenue (ARR)' });
  await expect(arr).toHaveValue('');
  await expect(arr).toHaveAccessibleDescription(
    /“Annual Revenue” is usually the customer company’s own yearly revenue/,
  );
  await arr.selectOption({ label: 'Annual Revenue' });
  const problems = dialog.getByRole('list', { name: 'Rows with problems' });
  await expect(problems).toContainText('Line 5: the annual revenue “lots” is not an amount.');
  await expect(dialog.getByRole('button', { name: 'Import 2 accounts, skip 1 row' })).toBeEnabled();
  const fix = dialog.getByRole('textbox', { name: 'Fix line 5, Annual revenue (ARR)' });
  await fix.fill('$72,000');
  await fix.press('Enter');
  await expect(problems).toBeHidden();
  await expect(dialog.getByRole('status')).toContainText(
    'Ready: 2 accounts to add and 1 account to update.',
  );
  await expect(
    dialog.getByRole('table', { name: 'Accounts as they will be imported' }),
  ).toContainText('€85,000');
  await expect(
    dialog.getByRole('table', { name: 'Accounts as they will be imported' }),
  ).toContainText('$72,000');
  await dialog.getByRole('button', { name: 'Import 3 accounts' }).click();
  await expect(dialog).toBeHidden();
  await expect(accounts).toContainText('Fjord Kaffe AS');
  await expect(accounts.getByRole('row', { name: /Initech/ })).toContainText('$72,000');
  await expect(accounts.getByRole('row', { name: /Northwind Outfitters/ })).toContainText(
    '$500,000',
  );
  await expect(accounts.getByRole('row', { name: /Northwind Outfitters/ })).toContainText(
    '2027-03-15',
  );

  // The account page: its ARR, where it hurts, the incidents that hurt it, its SLOs.
  await accounts.getByRole('button', { name: 'Northwind Outfitters', exact: true }).click();
  const pageRegion = page.getByRole('article', { name: 'Northwind Outfitters' });
  await expect(pageRegion.getByRole('definition').first()).toHaveText('$500,000');
  await expect(pageRegion).toContainText('Renewal call booked;');
  const incidents = pageRegion.getByRole('region', { name: 'Incidents that hurt them' });
  await expect(
    incidents.getByRole('button', { name: 'Payment errors after the card-vault deploy' }),
  ).toBeVisible();
  await expect(incidents).toContainText('Slow catalogue pages in the evening peak');
  await expect(
    pageRegion
      .getByRole('list', { name: 'Quotes from Northwind Outfitters, newest first' })
      .getByRole('listitem'),
  ).toHaveCount(2);
  await expect(pageRegion.getByRole('region', { name: 'SLOs on their steps' })).toContainText(
    'Checkout payment succeeds',
  );
  await expect(page).toHaveURL(/#\/w\/[^/]+\/journeys\/accounts\/[^/]+$/);
  // A reload keeps the place.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Northwind Outfitters', level: 2 })).toBeVisible();

  // The account report, for a business review.
  await page.getByRole('button', { name: 'Account report…' }).click();
  const preview = page.getByRole('article', { name: 'Report preview' });
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(
    'Account: Northwind Outfitters',
  );
  await expect(preview).toContainText('$500,000 ARR; renews 2027-03-15');
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save report…' }).click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe('account-northwind-outfitters.md');
  const saved = path.join(await mkdtemp(path.join(os.tmpdir(), 'account-')), 'report.md');
  await download.saveAs(saved);
  const markdown = await readFile(saved, 'utf8');
  expect(markdown).toContain('## What hurt them');
  expect(markdown).toContain('**Payment errors after the card-vault deploy** (SEV2');
  expect(markdown).toContain('| Checkout payment succeeds | Pay |');

  // The payment SLO does not hear the spinning pay button.
  await openArea(page, 'SLOs');
  await page.getByRole('button', { name: 'Checkout payment succeeds' }).click();
  const hearing = page.getByRole('region', { name: /^Does it hear the customer\?/ });
  await expect(hearing).toContainText('Customers feel pain this SLO does not show');
  await expect(hearing.getByRole('list', { name: 'Evidence' })).toContainText(
    'The pay button just spins',
  );
  await expect(hearing.getByRole('group', { name: 'Revenue at risk on Pay' })).toContainText(
    '$674,000',
  );
  await hearing.getByRole('button', { name: 'Record a validation…' }).click();
  await hearing.getByLabel('Validated with customer success on').fill('2026-11-30');
  await hearing.getByLabel('Next review').fill('2027-02-28');
  await hearing.getByRole('button', { name: 'Record validation' }).click();
  await expect(hearing).toContainText('Validated with customer success on 2026-11-30.');
  await page.getByRole('button', { name: '← All SLOs' }).click();
  await expect(page.getByRole('table', { name: 'SLOs in this workbook' })).toContainText(
    'validated 2026-11-30; next 2027-02-28',
  );

  // The retrospective shows the revenue its incident touched.
  await openArea(page, 'Retrospectives');
  await expect(
    page
      .getByRole('list', { name: 'Retrospectives in this workbook' })
      .getByRole('listitem')
      .first(),
  ).toContainText('touched $650,000 ARR');
  await page.getByRole('button', { name: 'Payment errors after the card-vault deploy' }).click();
  await expect(page.getByRole('group', { name: 'Revenue touched (ARR)' })).toContainText(
    '$650,000',
  );
});

test('the priority list ranks steps by revenue at risk, each with how it was summed', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample workbook' }).click();
  await page.getByRole('button', { name: 'Checkout' }).click();
  await page.getByRole('tab', { name: 'Priority list' }).click();
  const list = page.getByRole('region', { name: 'Priority list' });
  await page.getByRole('combobox', { name: 'Rank steps by' }).selectOption('Revenue at risk');
  const first = list.getByRole('listitem').first();
  await expect(first).toContainText('Pay');
  await expect(first.getByRole('group', { name: 'Revenue at risk on Pay' })).toContainText(
    'Northwind Outfitters $480,000 + Lumen Health Supplies $150,000 + Tidepool Games $24,000 = $654,000',
  );
  // Browse (Northwind and Harbor, $576,000) comes before confirmation ($174,000).
  await expect(list.locator('> ol > li > strong')).toHaveText([
    'Pay',
    'Browse the catalogue',
    'Order confirmation',
    'Review the basket',
  ]);
});

test('a pain point names the incident it is about, and an incident names the accounts it hurt', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample workbook' }).click();
  await page.getByRole('button', { name: 'Checkout' }).click();
  // The spinning pay button was about no incident; now it is about the card-vault one.
  await page.getByRole('button', { name: /^Edit pain point “The pay button just spins/ }).click();
  const form = page.getByRole('form', { name: 'Edit a pain point on Pay' });
  const incident = form.getByRole('combobox', { name: 'About an incident' });
  const option = incident.locator('option', {
    hasText: 'Payment errors after the card-vault deploy',
  });
  await incident.selectOption((await option.getAttribute('value'))!);
  await form.getByRole('button', { name: 'Save pain point' }).click();
  await expect(page.locator('.pain-row', { hasText: 'The pay button just spins' })).toContainText(
    'about Payment errors after the card-vault deploy',
  );

  // Its account now counts in the revenue the incident touched; naming Harbor Books adds it.
  await openArea(page, 'Retrospectives');
  await page.getByRole('button', { name: 'Payment errors after the card-vault deploy' }).click();
  const touched = page.getByRole('group', { name: 'Revenue touched (ARR)' });
  await expect(touched).toContainText('$654,000');
  await page
    .getByRole('group', { name: 'Accounts hurt, by name' })
    .getByRole('checkbox', { name: 'Harbor Books' })
    .check();
  await expect(touched).toContainText('$750,000');
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Harbor Books' })).toBeChecked();

  // Harbor Books' page lists the incident as one that hurt it.
  await openArea(page, 'Journeys');
  await page.getByRole('tab', { name: 'Customer accounts' }).click();
  await page.getByRole('button', { name: 'Harbor Books', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Incidents that hurt them' })).toContainText(
    'Payment errors after the card-vault deploy',
  );
});
