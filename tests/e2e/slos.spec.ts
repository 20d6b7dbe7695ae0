import { type Page } from '@playwright/test';
import { E2E_NOW, expect, test } from './test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { firstWorkbookAt, openArea, workbookCommand } from './helpers';

const workbookWithSlosOpen = (page: Page) => firstWorkbookAt(page, 'SLOs');

async function draftSlo(page: Page, name: string) {
  await page.getByRole('button', { name: 'New SLO' }).click();
  await page.getByRole('textbox', { name: 'SLO name' }).fill(name);
  await page.getByRole('button', { name: 'Save SLO' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

/** Per-minute counts from 1 Jan 2026: 100 requests a minute, `failures` of them failing in total. */
async function csvFile(name: string, minutes: number, failures: number): Promise<string> {
  const lines = ['timestamp,good,total'];
  const every = Math.floor(minutes / failures);
  let left = failures;
  for (let i = 0; i < minutes; i += 1) {
    const bad = left > 0 && i % every === 0 ? 1 : 0;
    left -= bad;
    lines.push(`${new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()},${100 - bad},100`);
  }
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'slo-csv-')), name);
  await writeFile(file, lines.join('\n'));
  return file;
}

async function importCsv(page: Page, file: string) {
  await page.getByRole('button', { name: 'Import SLI data (CSV)' }).click();
  const dialog = page.getByRole('dialog');
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: /Choose a CSV file|Choose another file/ }).click();
  await (await chooser).setFiles(file);
  await expect(dialog.getByRole('table', { name: 'File preview' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Import data' }).click();
  return dialog;
}

test('drafting an SLO at 99.9% over 30 days shows 43.2 min allowed downtime while typing', async ({
  page,
}) => {
  await workbookWithSlosOpen(page);
  await expect(page.getByRole('region', { name: 'SLOs' })).toContainText('No SLOs');
  await page.getByRole('button', { name: 'New SLO' }).click();
  const preview = page.getByRole('region', { name: 'Allowed downtime' });
  await expect(preview).toContainText('43.2 min per 30 d window at 99.9%');
  await expect(preview).toContainText('1.44 min per day');

  const target = page.getByRole('textbox', { name: 'Target (%)' });
  await target.fill('99.99');
  await expect(preview).toContainText('4.32 min per 30 d window at 99.99%');
  await target.fill('100');
  await expect(preview).toContainText('Type a target and a window');
  await page.getByRole('button', { name: 'Save SLO' }).click();
  await expect(page.getByText('A 100% target leaves no error budget')).toBeVisible();
  await expect(page.getByText('Give the SLO a name')).toBeVisible();

  await target.fill('99.9');
  await page.getByRole('textbox', { name: 'Window length' }).fill('12');
  await page.getByRole('combobox', { name: 'Window unit' }).selectOption('hours');
  await expect(preview).toContainText('43.2 s per 12 h window');
  await page.getByRole('combobox', { name: 'Window unit' }).selectOption('days');
  await page.getByRole('textbox', { name: 'Window length' }).fill('28');
  await expect(preview).toContainText('40.32 min per 28 d window');
  await page.getByRole('textbox', { name: 'SLO name' }).fill('Checkout completes');
  await page.getByRole('button', { name: 'Save SLO' }).click();
  await expect(page.getByRole('heading', { name: 'Checkout completes' })).toBeVisible();
  await expect(page.getByText('99.9% over a rolling 28 d window')).toBeVisible();

  await page.reload();
  await expect(page.getByText('99.9% over a rolling 28 d window')).toBeVisible();
  await page.getByRole('button', { name: '← All SLOs' }).click();
  const table = page.getByRole('table', { name: 'SLOs in this workbook' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('Checkout completes');
  await expect(table).toContainText('No data yet');
});

test('importing a CSV shows the budget consumed, and a bad file changes nothing', async ({
  page,
}) => {
  await workbookWithSlosOpen(page);
  await draftSlo(page, 'Checkout completes');

  // 10,000 minutes x 100 requests = 1,000,000 requests with 250 failures: 25% of a 99.9% budget.
  const dialog = await importCsv(page, await csvFile('checkout.csv', 10_000, 250));
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('figure-consumed')).toHaveText('25%');
  await expect(page.getByTestId('figure-remaining')).toHaveText('75%');
  await expect(page.getByTestId('figure-sli')).toHaveText('99.975%');
  await expect(page.getByText('Data: 10,000 rows from checkout.csv')).toBeVisible();
  await expect(page.getByRole('figure').filter({ hasText: 'SLI against target' })).toBeVisible();
  await expect(page.locator('.recharts-line-curve').first()).toBeVisible();
  // A week of data: one tick a day, at midnight UTC, every day shown.
  const ticks = (
    await page
      .getByRole('figure')
      .filter({ hasText: 'SLI against target' })
      .locator('.recharts-cartesian-axis-tick-value')
      .allTextContents()
  ).filter((text) => /^\d\d-\d\d$/.test(text));
  expect(ticks.length).toBeGreaterThanOrEqual(6);
  expect(ticks).toEqual(ticks.map((_, i) => `01-0${Number(ticks[0]!.slice(3)) + i}`));

  const broken = path.join(await mkdtemp(path.join(os.tmpdir(), 'slo-csv-')), 'broken.csv');
  await writeFile(
    broken,
    'timestamp,good,total\n2026-02-01T00:00:00Z,100,100\n2026-02-01T00:01:00Z,lots,100\nsoon,1,1\n',
  );
  const again = await importCsv(page, broken);
  const alert = again.getByRole('alert');
  await expect(alert).toContainText('Nothing was imported');
  await expect(alert).toContainText('Line 3, column “good”: “lots” is not a number.');
  await expect(alert).toContainText('Line 4, column “timestamp”');
  await again.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('figure-consumed')).toHaveText('25%');
  await expect(page.getByText('Data: 10,000 rows from checkout.csv')).toBeVisible();

  // After a reload the SLO opens again; its list shows the stored figures.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Checkout completes' })).toBeVisible();
  await page.getByRole('button', { name: '← All SLOs' }).click();
  const row = page.getByRole('row', { name: /Checkout completes/ });
  await expect(row).toContainText('99.975%');
  await expect(row).toContainText('75%');
});

test('an outage pages: the alert table shows it firing', async ({ page }) => {
  await workbookWithSlosOpen(page);
  await draftSlo(page, 'Checkout completes');
  const lines = ['time,errors,requests'];
  for (let i = 0; i < 3 * 1440; i += 1) {
    const down = i >= 3 * 1440 - 30;
    lines.push(
      `${new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()},${down ? 100 : 0},100`,
    );
  }
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'slo-csv-')), 'outage.csv');
  await writeFile(file, lines.join('\n'));
  const dialog = await importCsv(page, file);
  await expect(dialog).toBeHidden();
  const alerts = page.getByRole('table').filter({ hasText: 'Fires above' });
  await expect(alerts.getByRole('row').nth(1)).toContainText('FIRING');
  // 432 bad requests allowed among the 432,000 imported; the outage passes that in its fifth minute.
  await expect(page.getByTestId('figure-exhaustion')).toHaveText('ran out on 2026-01-03 23:35 UTC');
});

test('a workbook exported, deleted and imported back keeps its SLOs and their data', async ({
  page,
}) => {
  await workbookWithSlosOpen(page);
  await draftSlo(page, 'Checkout completes');
  const dialog = await importCsv(page, await csvFile('checkout.csv', 10_000, 250));
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('figure-consumed')).toHaveText('25%');

  const download = page.waitForEvent('download');
  await workbookCommand(page, 'Export workbook');
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'slo-wb-')), 'acme.json');
  await (await download).saveAs(file);

  await workbookCommand(page, 'Delete workbook…');
  const confirm = page.getByRole('dialog', { name: 'Delete “Acme”?' });
  await expect(confirm).toContainText('1 SLO with its SLI data');
  await confirm.getByRole('button', { name: 'Delete workbook' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to SLO Workbook' })).toBeVisible();

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a workbook file' }).click();
  await (await chooser).setFiles(file);
  await openArea(page, 'SLOs');
  await expect(page.getByRole('heading', { name: 'Checkout completes' })).toBeVisible();
  await expect(page.getByTestId('figure-consumed')).toHaveText('25%');
  await expect(page.getByText('Data: 10,000 rows from checkout.csv')).toBeVisible();
});

test('without an export, an incident recorded by hand spends the budget', async ({ page }) => {
  await workbookWithSlosOpen(page);
  await draftSlo(page, 'Checkout completes');
  const form = page.getByRole('form', { name: 'Record an incident' });
  await form.getByRole('button', { name: 'Record incident' }).click();
  await expect(form.getByText('Choose when the incident started.')).toBeVisible();

  const threeDaysAgo = new Date(E2E_NOW - 3 * 86_400_000);
  const local = new Date(threeDaysAgo.getTime() - threeDaysAgo.getTimezoneOffset() * 60_000)
    .toISOString()
    .slice(0, 16);
  await form.getByLabel(/Started at/).fill(local);
  await form.getByRole('textbox', { name: 'Bad minutes' }).fill('20');
  await form.getByRole('textbox', { name: 'Note' }).fill('payment provider timeouts');
  await form.getByRole('button', { name: 'Record incident' }).click();

  await expect(page.getByRole('table', { name: 'Recorded incidents' })).toContainText(
    'payment provider timeouts',
  );
  // 20 of the 43.2 minutes a 99.9% / 30-day SLO allows.
  await expect(page.getByTestId('figure-consumed')).toHaveText('46.3%');
  await page.reload();
  await page.getByRole('button', { name: '← All SLOs' }).click();
  await expect(page.getByRole('row', { name: /Checkout completes/ })).toContainText('53.7%');
});

test('an SLO page says why it exists: its step, what customers said there, owners and review', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample workbook' }).click();
  await openArea(page, 'SLOs');
  await page.getByRole('button', { name: 'Checkout payment succeeds' }).click();
  const why = page.getByRole('region', { name: 'Why this SLO exists' });
  await expect(why).toContainText('Measures the step Pay of Checkout');
  const quotes = why.getByRole('list', { name: 'What customers said on Pay' });
  await expect(quotes.getByRole('listitem')).toHaveCount(3);
  // The worst first: the critical quote from two accounts.
  await expect(quotes.getByRole('listitem').first()).toContainText('customer impact 30');
  await expect(why).toContainText('Payments team');
  await expect(why).toContainText('Next review');
  // The journey is a click away, with the measured step in focus.
  await why.getByRole('button', { name: 'Checkout' }).click();
  await expect(page.getByRole('listitem', { name: 'Step 3: Pay' })).toBeFocused();
});
