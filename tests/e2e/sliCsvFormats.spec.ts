import { expect, test } from './test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { firstWorkbookAt } from './helpers';

test.use({ timezoneId: 'UTC' });

/** Two days of Grafana's long CSV: a row per minute for each of two series. */
async function grafanaLongCsv(): Promise<string> {
  const lines = ['"Time","Series","Value"'];
  const from = Date.UTC(2026, 10, 1);
  for (let m = 0; m < 2 * 1440; m += 1) {
    const time = new Date(from + m * 60_000).toISOString().replace('T', ' ').slice(0, 19);
    const bad = m >= 600 && m < 630 ? 50 : 0;
    lines.push(`${time},"sum(rate(http_requests_total{code!~""5..""}[1m]))",${1000 - bad}`);
    lines.push(`${time},"sum(rate(http_requests_total[1m]))",1000`);
  }
  const file = path.join(
    await mkdtemp(path.join(os.tmpdir(), 'grafana-')),
    'grafana_data_export.csv',
  );
  await writeFile(file, lines.join('\n'));
  return file;
}

test('a Grafana long CSV imports with a column per series, good and total picked from them', async ({
  page,
}) => {
  await firstWorkbookAt(page, 'SLOs');
  await page.getByRole('button', { name: 'New SLO' }).click();
  await page.getByRole('textbox', { name: 'SLO name' }).fill('API availability');
  await page.getByRole('textbox', { name: 'Target (%)' }).fill('99');
  await page.getByRole('button', { name: 'Save SLO' }).click();

  await page.getByRole('button', { name: 'Import SLI data (CSV)' }).click();
  const dialog = page.getByRole('dialog');
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: /Choose a CSV file/ }).click();
  await (await chooser).setFiles(await grafanaLongCsv());
  await expect(dialog.getByRole('status')).toContainText(
    'One row per time and series (Grafana’s long format): read with a column for each of its 2 series.',
  );
  const preview = dialog.getByRole('table', { name: 'File preview' });
  await expect(preview.getByRole('columnheader')).toHaveText([
    'Time',
    'sum(rate(http_requests_total{code!~"5.."}[1m]))',
    'sum(rate(http_requests_total[1m]))',
  ]);
  await dialog.getByRole('combobox', { name: 'Good column' }).selectOption({ index: 1 });
  await dialog.getByRole('combobox', { name: 'Total column' }).selectOption({ index: 2 });
  await dialog.getByRole('button', { name: 'Import data' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Data: 2,880 rows from grafana_data_export\.csv/)).toBeVisible();
  // 30 minutes at 5% errors: 1,500 bad of 2,880,000.
  await expect(page.getByTestId('figure-sli')).toHaveText('99.948%');
});

test('a column of percentages is said to be one, and read as a ratio', async ({ page }) => {
  await firstWorkbookAt(page, 'SLOs');
  await page.getByRole('button', { name: 'New SLO' }).click();
  await page.getByRole('textbox', { name: 'SLO name' }).fill('Uptime');
  await page.getByRole('textbox', { name: 'Target (%)' }).fill('99');
  await page.getByRole('button', { name: 'Save SLO' }).click();
  await page.getByRole('button', { name: 'Import SLI data (CSV)' }).click();
  const dialog = page.getByRole('dialog');
  const lines = ['sep=;', 'Zeit;Verfügbarkeit'];
  for (let h = 0; h < 48; h += 1)
    lines.push(
      `2026-11-${String(1 + Math.floor(h / 24)).padStart(2, '0')} ${String(h % 24).padStart(2, '0')}:00;${h === 10 ? '50,0' : '100,0'}`,
    );
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'pct-')), 'uptime.csv');
  await writeFile(file, lines.join('\r\n'));
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: /Choose a CSV file/ }).click();
  await (await chooser).setFiles(file);
  await dialog.getByRole('combobox', { name: 'The file has' }).selectOption('value');
  await dialog.getByRole('combobox', { name: 'Value column' }).selectOption({ index: 1 });
  await expect(dialog.getByRole('status')).toContainText('these look like percentages');
  await expect(dialog.getByRole('checkbox', { name: /The values are percentages/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Import data' }).click();
  await expect(dialog).toBeHidden();
  // One hour at 50% of 48: 98.958% good.
  await expect(page.getByTestId('figure-sli')).toHaveText('98.958%');
});
