import { expect, test } from './test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { firstWorkbookAt } from './helpers';

const realSli = path.resolve(import.meta.dirname, '../fixtures/real/sli');

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
  const reading = dialog.getByRole('region', { name: 'How the file is read' });
  await expect(reading).toContainText(
    'Read as long (series as rows). “Series” names 2 series in text, each repeating with the times in “Time”',
  );
  const preview = dialog.getByRole('table', { name: 'File preview' });
  const long = [
    'Time',
    'sum(rate(http_requests_total{code!~"5.."}[1m]))',
    'sum(rate(http_requests_total[1m]))',
  ];
  await expect(preview.getByRole('columnheader')).toHaveText(long);
  // The other reading is offered, and taken back.
  await reading.getByRole('button', { name: 'Read as wide (series as columns) instead' }).click();
  await expect(reading).toContainText('Read as wide (series as columns). As you chose.');
  await expect(preview.getByRole('columnheader')).toHaveText(['Time', 'Series', 'Value']);
  await reading.getByRole('button', { name: 'Read as long (series as rows) instead' }).click();
  await expect(preview.getByRole('columnheader')).toHaveText(long);
  // Equal in the first rows: the total is the series with fewer label matchers.
  await expect(dialog.getByRole('combobox', { name: 'Good column' })).toHaveValue('1');
  await expect(dialog.getByRole('combobox', { name: 'Total column' })).toHaveValue('2');
  await dialog.getByRole('combobox', { name: 'Good column' }).selectOption({ index: 1 });
  await dialog.getByRole('combobox', { name: 'Total column' }).selectOption({ index: 2 });
  await expect(dialog.getByRole('status', { name: 'Rows read' })).toHaveText(
    '2,880 rows from 2026-11-01 00:00 UTC in 1-minute steps; no gaps.',
  );
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
  await expect(
    dialog.getByRole('status').filter({ hasText: 'these look like percentages' }),
  ).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: /The values are percentages/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Import data' }).click();
  await expect(dialog).toBeHidden();
  // One hour at 50% of 48: 98.958% good.
  await expect(page.getByTestId('figure-sli')).toHaveText('98.958%');
});

async function newSloAndImportDialog(page: import('@playwright/test').Page, name: string) {
  await firstWorkbookAt(page, 'SLOs');
  await page.getByRole('button', { name: 'New SLO' }).click();
  await page.getByRole('textbox', { name: 'SLO name' }).fill(name);
  await page.getByRole('textbox', { name: 'Target (%)' }).fill('99');
  await page.getByRole('button', { name: 'Save SLO' }).click();
  await page.getByRole('button', { name: 'Import SLI data (CSV)' }).click();
  return page.getByRole('dialog');
}

test('a Grafana “series joined by time” export with PromQL selectors stays wide, its columns named as in the file', async ({
  page,
}) => {
  const dialog = await newSloAndImportDialog(page, 'Targets up');
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: /Choose a CSV file/ }).click();
  // A real download (see tests/fixtures/real/sli/SOURCES.md): its cells are 1, 0 and never names.
  await (await chooser).setFiles(path.join(realSli, 'sonda-grafana-export-joined.csv'));
  const reading = dialog.getByRole('region', { name: 'How the file is read' });
  await expect(reading).toContainText(
    'Read as wide (series as columns). “Time” holds the times and 2 columns hold numbers',
  );
  await expect(reading).toContainText(
    'Not long (series as rows): Neither “{__name__="up", instance="localhost:9090", job="prometheus"}” nor',
  );
  await expect(reading.getByRole('button', { name: /instead/ })).toHaveCount(0);
  await expect(
    dialog.getByRole('table', { name: 'File preview' }).getByRole('columnheader'),
  ).toHaveText([
    'Time',
    '{__name__="up", instance="localhost:9090", job="prometheus"}',
    '{__name__="up", instance="localhost:9100", job="node"}',
  ]);
  await expect(dialog.getByRole('combobox', { name: 'The file has' })).toHaveValue('value');
  await expect(dialog).toContainText(
    'One value per interval in “{__name__="up", instance="localhost:9090"',
  );
  await expect(dialog.getByRole('status', { name: 'Rows read' })).toHaveText(
    '10 rows from 2024-01-01 00:00 UTC in 15-second steps; no gaps.',
  );
  await dialog.getByRole('button', { name: 'Import data' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Data: 10 rows from sonda-grafana-export-joined\.csv/)).toBeVisible();
});

test('a local hour written twice at a clock change is summed into its intervals, and the preview says how many', async ({
  page,
}) => {
  const dialog = await newSloAndImportDialog(page, 'Checkout');
  // Europe/Berlin, 25 October 2026: 02:00 to 02:45 happen twice; the file writes local times.
  const lines = ['time,good,total'];
  const wall = ['01:00', '01:15', '01:30', '01:45', '02:00', '02:15', '02:30', '02:45'];
  for (const t of [...wall, ...wall.slice(4), '03:00', '03:15'])
    lines.push(`2026-10-25 ${t},${t === '02:15' ? 90 : 100},100`);
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'dst-')), 'checkout.csv');
  await writeFile(file, lines.join('\n'));
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: /Choose a CSV file/ }).click();
  await (await chooser).setFiles(file);
  const rows = dialog.getByRole('status', { name: 'Rows read' });
  // Read in UTC, each repeated quarter hour lands on its first reading.
  await expect(rows).toHaveText(
    '14 rows from 2026-10-25 01:00 UTC in 15-minute steps; no gaps. 4 intervals held more than one row (a time written twice, a local hour repeated at a clock change, or irregular sampling): their counts are summed.',
  );
  // In the file's own zone every row has its own interval.
  await dialog.getByRole('textbox', { name: /Time zone/ }).fill('Europe/Berlin');
  await expect(rows).toHaveText('14 rows from 2026-10-24 23:00 UTC in 15-minute steps; no gaps.');
  await dialog.getByRole('button', { name: 'Import data' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Data: 14 rows from checkout\.csv/)).toBeVisible();
  // 20 bad of 1,400 (02:15 read twice, 10 bad each time).
  await expect(page.getByTestId('figure-sli')).toHaveText('98.571%');
});
