import { expect, test, type Page } from '@playwright/test';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { firstWorkbookAt } from './helpers';

const openSlos = (page: Page) => firstWorkbookAt(page, 'SLOs');

async function yamlFile(name: string, text: string) {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'openslo-')), name);
  await writeFile(file, text);
  return file;
}

async function chooseInImportDialog(page: Page, file: string) {
  const dialog = page.getByRole('dialog', { name: 'Import an OpenSLO file' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: /Choose (an OpenSLO|another) file/ }).click();
  await (await chooser).setFiles(file);
  return dialog;
}

const GOOD = `apiVersion: openslo/v1
kind: SLI
metadata:
  name: checkout-availability
spec:
  ratioMetric:
    counter: true
    good: { metricSource: { type: Prometheus, spec: { query: 'sum(rate(checkout_ok[1m]))' } } }
    total: { metricSource: { type: Prometheus, spec: { query: 'sum(rate(checkout_all[1m]))' } } }
---
apiVersion: openslo/v1
kind: SLO
metadata:
  name: checkout
  displayName: Checkout availability
spec:
  service: checkout-api
  indicatorRef: checkout-availability
  timeWindow:
    - duration: 30d
      isRolling: true
  budgetingMethod: Occurrences
  objectives:
    - target: 0.999
`;

test('importing an OpenSLO file shows its SLO; a bad file changes nothing and says where', async ({
  page,
}) => {
  await openSlos(page);

  await page.getByRole('button', { name: 'Import OpenSLO file' }).click();
  let dialog = await chooseInImportDialog(
    page,
    await yamlFile(
      'bad.yaml',
      GOOD.replace('    - target: 0.999', '    - target: 0.999\n      targetPercent: 99.9'),
    ),
  );
  await expect(dialog.getByRole('alert')).toContainText(
    'Document 2 (SLO checkout), line 24, spec.objectives[0]: an objective needs exactly one of target or targetPercent.',
  );
  await expect(dialog.getByRole('button', { name: 'Import SLO' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('region', { name: 'SLOs' })).toContainText('No SLOs');

  await page.getByRole('button', { name: 'Import OpenSLO file' }).click();
  dialog = await chooseInImportDialog(page, await yamlFile('checkout.yaml', GOOD));
  await expect(dialog.getByRole('list', { name: 'SLOs to import' })).toContainText(
    'Checkout availability: 99.9%',
  );
  await dialog.getByRole('button', { name: 'Import SLO' }).click();
  await expect(dialog).toBeHidden();
  const table = page.getByRole('table', { name: 'SLOs in this workbook' });
  await expect(table.getByRole('row', { name: /Checkout availability/ })).toContainText('99.9%');
});

test('an SLO exported as OpenSLO YAML imports back as the same SLO', async ({ page }) => {
  await openSlos(page);
  await page.getByRole('button', { name: 'New SLO' }).click();
  await page.getByRole('textbox', { name: 'SLO name' }).fill('Search is fast');
  await page.getByRole('radio', { name: /A value within a threshold/ }).check();
  await page.getByRole('textbox', { name: 'Threshold value' }).fill('300');
  await page.getByRole('textbox', { name: 'Target (%)' }).fill('99.5');
  await page.getByRole('button', { name: 'Save SLO' }).click();
  await expect(page.getByRole('heading', { name: 'Search is fast' })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as OpenSLO YAML' }).click();
  const saved = path.join(await mkdtemp(path.join(os.tmpdir(), 'openslo-')), 'search.yaml');
  await (await download).saveAs(saved);
  const text = await readFile(saved, 'utf8');
  expect(text).toContain('apiVersion: openslo/v1');
  expect(text).toContain('name: search-is-fast');
  expect(text).toMatch(/op: lte\n\s+value: 300/);

  await page.getByRole('button', { name: '← All SLOs' }).click();
  await page.getByRole('button', { name: 'Import OpenSLO file' }).click();
  const dialog = await chooseInImportDialog(page, saved);
  await dialog.getByRole('button', { name: 'Import SLO' }).click();
  const rows = page
    .getByRole('table', { name: 'SLOs in this workbook' })
    .getByRole('row', { name: /Search is fast/ });
  await expect(rows).toHaveCount(2);
  await rows.nth(1).getByRole('button', { name: 'Search is fast' }).click();
  await expect(page.getByText('99.5% over a rolling 30 d window')).toBeVisible();
  await expect(page.getByText(/SLI: value ≤ 300 ms/)).toBeVisible();
});
