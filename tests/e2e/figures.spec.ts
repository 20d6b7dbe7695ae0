import { expect, test } from './test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { firstWorkbookAt, openArea } from './helpers';

test.use({ timezoneId: 'UTC' });

const HOUR = 3_600_000;
const FROM = Date.UTC(2026, 10, 1);
/** The outage: 3 November 14:00–16:00 UTC, 2.6 days into the month of data. */
const OUTAGE = FROM + (2 * 24 + 14) * HOUR;

/** November 2026, hourly: 1,000 requests an hour, 200 failing in each outage hour. */
async function monthOfHourlyData(): Promise<string> {
  const lines = ['timestamp,good,total'];
  for (let t = FROM; t < FROM + 30 * 24 * HOUR; t += HOUR) {
    const bad = t >= OUTAGE && t < OUTAGE + 2 * HOUR ? 200 : 0;
    lines.push(`${new Date(t).toISOString()},${1000 - bad},1000`);
  }
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'slo-csv-')), 'november.csv');
  await writeFile(file, lines.join('\n'));
  return file;
}

test('an incident early in a month of data spends its share of the whole 28-day window, and says so', async ({
  page,
}) => {
  await firstWorkbookAt(page, 'SLOs');
  await page.getByRole('button', { name: 'New SLO' }).click();
  await page.getByRole('textbox', { name: 'SLO name' }).fill('Checkout completes');
  await page.getByRole('textbox', { name: 'Target (%)' }).fill('99.5');
  await page.getByRole('textbox', { name: 'Window length' }).fill('28');
  await page.getByRole('button', { name: 'Save SLO' }).click();
  await expect(page.getByRole('heading', { name: 'Checkout completes' })).toBeVisible();

  await page.getByRole('button', { name: 'Import SLI data (CSV)' }).click();
  const dialog = page.getByRole('dialog');
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: /Choose a CSV file/ }).click();
  await (await chooser).setFiles(await monthOfHourlyData());
  await dialog.getByRole('button', { name: 'Import data' }).click();
  await expect(dialog).toBeHidden();

  // The whole window is 28 days of the 30 imported: full coverage, 400 of 3,360 allowed.
  await expect(page.getByTestId('figure-consumed')).toHaveText('11.9%');
  await page.getByRole('button', { name: 'How is each figure worked out?' }).click();
  const why = page.getByRole('region', { name: 'How the figures are worked out' });
  await expect(why).toContainText('400 bad of 3,360 allowed: 400 / 3,360 = 11.9%');
  await expect(why).toContainText('not 100% at any particular start');

  // History: November, met, with its own figures.
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByRole('row', { name: /Nov 2026/ })).toContainText('400 / 720,000');
  await expect(history.getByRole('listitem', { name: /^Nov 2026: 99\.944%, met/ })).toBeVisible();
  await history.getByText('By week').click();
  await expect(history.getByRole('row', { name: /^2 Nov 2026/ })).toContainText('400 / 168,000');

  // The retrospective of the outage: 400 bad of the 3,360 a 28-day window of this traffic allows,
  // though only 2.7 days of data precede the incident's end.
  await openArea(page, 'Retrospectives');
  await page.getByRole('textbox', { name: 'Incident title' }).fill('Checkout errors, 3 Nov');
  await page.getByRole('button', { name: 'Create retrospective' }).click();
  await page.getByLabel('Started').fill('2026-11-03T14:00');
  await page.getByLabel('Mitigated').fill('2026-11-03T16:00');
  await page.getByRole('checkbox', { name: 'Checkout completes' }).check();
  const spent = page.getByRole('table', { name: 'Error budget spent by this incident' });
  await expect(spent.getByRole('row', { name: /Checkout completes/ })).toContainText('11.9%');
  await expect(spent).toContainText(
    "400 bad events in the impact window, of 3,360 the window allows: 400 / 3,360 = 11.9%; the window's events estimated from 2.7 days of data in a 28-day window.",
  );
  await expect(spent).not.toContainText('P0');
});

test('the sample’s SLOs show their monthly history, in the app and in the SLO report', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample workbook' }).click();
  await openArea(page, 'SLOs');
  await page.getByRole('button', { name: 'Checkout payment succeeds' }).first().click();
  const history = page.getByRole('region', { name: 'History' });
  const strip = history.getByRole('list', { name: 'Each month: met or missed' });
  // The sample holds about three months of data, ending now.
  await expect(strip.getByRole('listitem').nth(2)).toBeVisible();
  await expect(history.getByRole('table')).toContainText('met');

  await openArea(page, 'Reports');
  await page.getByRole('combobox', { name: 'Report' }).selectOption('SLO document');
  await page
    .getByRole('combobox', { name: 'SLO document of' })
    .selectOption('Checkout payment succeeds');
  const preview = page.getByRole('article', { name: 'Report preview' });
  await expect(preview.getByRole('heading', { name: 'By month' })).toBeVisible();
  await expect(preview).toContainText(/Met in every month with data|Missed in \d+ of \d+ months/);
});
