import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { firstWorkbookAt } from './helpers';
import { statusWhenKeyLanded, workersStarted } from './windowAnswers';

const openSlos = (page: Page) => firstWorkbookAt(page, 'SLOs');

async function yamlFile(name: string, text: string) {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'openslo-')), name);
  await writeFile(file, text);
  return file;
}

async function chooseInImportDialog(page: Page, ...files: string[]) {
  const dialog = page.getByRole('dialog', { name: 'Import SLO files' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: /Choose (SLO|other) files/ }).click();
  await (await chooser).setFiles(files);
  return dialog;
}

/** Saves the open SLO, or all SLOs, in a format from the export dialog; gives the file's text. */
async function exportAs(page: Page, format: RegExp) {
  const dialog = page.getByRole('dialog', { name: /^Export/ });
  await dialog.getByRole('radio', { name: format }).check();
  await expect(dialog.getByLabel('Preview')).toBeVisible();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^Save / }).click();
  const file = await download;
  const saved = path.join(
    await mkdtemp(path.join(os.tmpdir(), 'export-')),
    file.suggestedFilename(),
  );
  await file.saveAs(saved);
  await expect(dialog).toBeHidden();
  return { saved, text: await readFile(saved, 'utf8') };
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

  await page.getByRole('button', { name: 'Import SLO files' }).click();
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

  await page.getByRole('button', { name: 'Import SLO files' }).click();
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

  await page.getByRole('button', { name: 'Export…' }).click();
  const { saved, text } = await exportAs(page, /OpenSLO YAML/);
  expect(text).toContain('apiVersion: openslo/v1');
  expect(text).toContain('name: search-is-fast');
  expect(text).toMatch(/op: lte\n\s+value: 300/);

  await page.getByRole('button', { name: '← All SLOs' }).click();
  await page.getByRole('button', { name: 'Import SLO files' }).click();
  const dialog = await chooseInImportDialog(page, saved);
  await dialog.getByRole('button', { name: 'Import SLO' }).click();
  const rows = page
    .getByRole('table', { name: 'SLOs in this workbook' })
    .getByRole('row', { name: /Search is fast/ });
  await expect(rows).toHaveCount(2);
  await rows.nth(1).getByRole('button', { name: 'Search is fast' }).click();
  await expect(page.getByText('99.5% over a rolling 30 d window')).toBeVisible();
  const sli = page.locator('dl[aria-label="SLI"]');
  await expect(sli).toContainText('Good when≤ 300 ms');
});

const SLOTH = `version: prometheus/v1
service: payments
labels:
  owner: payments-team
slos:
  - name: card-authorisations
    objective: 99.5
    description: Card authorisations answered without a 5xx.
    sli:
      events:
        error_query: sum(rate(auth_requests_total{code=~"5.."}[{{.window}}]))
        total_query: sum(rate(auth_requests_total[{{.window}}]))
    alerting:
      name: CardAuthorisationsBurn
      page_alert:
        labels:
          severity: critical
      ticket_alert:
        labels:
          severity: warning
`;

test('a Sloth file imports with its queries, and goes out as Prometheus rules and as OpenSLO', async ({
  page,
}) => {
  await openSlos(page);
  await page.getByRole('button', { name: 'Import SLO files' }).click();
  const dialog = await chooseInImportDialog(page, await yamlFile('payments.sloth.yaml', SLOTH));
  const list = dialog.getByRole('list', { name: 'SLOs to import' });
  await expect(list).toContainText('card-authorisations: 99.5% over a rolling 30 d window');
  await expect(list).toContainText('(Sloth, document 1)');
  await expect(list).toContainText('sum(rate(auth_requests_total[{{.window}}]))');
  await dialog.getByRole('button', { name: 'Import SLO' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'card-authorisations' }).click();
  const sli = page.locator('dl[aria-label="SLI"]');
  await expect(sli).toContainText(
    'Bad events' + 'sum(rate(auth_requests_total{code=~"5.."}[{{.window}}]))',
  );
  await expect(sli).toContainText('imported from a Sloth spec');

  await page.getByRole('button', { name: 'Export…' }).click();
  const rules = await exportAs(page, /Prometheus rule file/);
  expect(path.basename(rules.saved)).toBe('card-authorisations.rules.yaml');
  expect(rules.text).toContain('alert: CardAuthorisationsBurn');
  expect(rules.text).toContain('sum(rate(auth_requests_total{code=~"5.."}[1h]))');
  // Prometheus itself reads the file the app saved.
  const checked = spawnSync('promtool', ['check', 'rules', rules.saved], { encoding: 'utf8' });
  expect(checked.status, `${checked.stdout}${checked.stderr}`).toBe(0);

  await page.getByRole('button', { name: 'Export…' }).click();
  const openslo = await exportAs(page, /OpenSLO YAML/);
  expect(openslo.text).toContain('apiVersion: openslo/v1');
  // OpenSLO has no {{.window}}: Sloth's rate over the window goes out as the counter it measures.
  expect(openslo.text).toContain('query: sum(auth_requests_total)');
  expect(openslo.text).toContain('query: sum(auth_requests_total{code=~"5.."})');
  expect(openslo.text).not.toContain('{{');
  expect(openslo.text).not.toContain('error-budget-policy');
  expect(openslo.text).toContain('target: 0.995');

  await page.getByRole('button', { name: 'Export…' }).click();
  const sloth = await exportAs(page, /Sloth spec/);
  // The spec goes back out as it came in.
  expect(parse(sloth.text)).toEqual(parse(SLOTH));
});

test('OpenSLO files that refer to each other import together; the export dialog says what it leaves out', async ({
  page,
}) => {
  await openSlos(page);
  const [sli, slo] = GOOD.split('---\n');
  await page.getByRole('button', { name: 'Import SLO files' }).click();
  const dialog = await chooseInImportDialog(
    page,
    await yamlFile('slis.yaml', sli!),
    await yamlFile('slos.yaml', slo!),
  );
  await expect(
    dialog.getByRole('heading', { name: '2 files: 1 SLO can be imported' }),
  ).toBeVisible();
  await expect(dialog.getByLabel('Also kept')).toContainText(
    'SLI checkout-availability (with Checkout availability)',
  );
  await dialog.getByRole('button', { name: 'Import SLO' }).click();
  await expect(page.getByRole('status').getByText('Imported 1 SLO from 2 files.')).toBeVisible();

  await page.getByRole('button', { name: 'New SLO' }).click();
  await page.getByRole('textbox', { name: 'SLO name' }).fill('Orders arrive');
  await page.getByRole('textbox', { name: 'Target (%)' }).fill('99');
  await page.getByRole('button', { name: 'Save SLO' }).click();
  await page.getByRole('button', { name: '← All SLOs' }).click();

  await page.getByRole('button', { name: 'Export all SLOs…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export SLOs' });
  await exportDialog.getByRole('radio', { name: /PrometheusRule/ }).check();
  await expect(exportDialog.getByRole('list', { name: 'Left out' })).toContainText(
    'Orders arrive: the SLI has no query for good events.',
  );
  const resource = await exportAs(page, /PrometheusRule/);
  expect(resource.text).toContain('kind: PrometheusRule');
  expect(resource.text).toContain('slo_id: checkout');
  expect(resource.text).not.toContain('Orders arrive');
});

test('a calendar that starts on a Saturday at noon shows, and can be changed, in the editor', async ({
  page,
}) => {
  await openSlos(page);
  await page.getByRole('button', { name: 'Import SLO files' }).click();
  const weekly = GOOD.replace(
    '    - duration: 30d\n      isRolling: true',
    '    - duration: 1w\n      isRolling: false\n      calendar:\n        startTime: 2024-01-06 12:00:00\n        timeZone: Europe/Berlin',
  );
  const dialog = await chooseInImportDialog(page, await yamlFile('weekly.yaml', weekly));
  await expect(dialog.getByRole('list', { name: 'SLOs to import' })).toContainText(
    '99.9% per calendar week starting Saturday 12:00 (Europe/Berlin)',
  );
  await dialog.getByRole('button', { name: 'Import SLO' }).click();
  await page.getByRole('button', { name: 'Checkout availability' }).click();
  await page.getByRole('button', { name: 'Edit SLO' }).click();
  const start = page.getByRole('textbox', { name: 'Periods start' });
  await expect(start).toHaveValue('2024-01-06 12:00:00');
  await expect(page.getByText('Each week starts Saturday 12:00.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Calendar period' }).selectOption('month');
  await start.fill('2024-01-15');
  await expect(page.getByText('Each month starts on the 15th at 00:00.')).toBeVisible();
  await page.getByRole('button', { name: 'Save SLO' }).click();
  await expect(
    page.getByText('99.9% per calendar month starting on the 15th (Europe/Berlin)'),
  ).toBeVisible();
});

test('an SLO file of 99 aliases of a long list is read off the window’s thread and refused in words', async ({
  page,
}) => {
  // Parsing 1.2 MB of YAML takes seconds, more on a busy machine; the window must answer meanwhile.
  test.setTimeout(180_000);
  await openSlos(page);
  const list = Array.from({ length: 120_000 }, (_, i) => `  - i${i}\n`).join('');
  const refs = Array.from({ length: 99 }, () => '  - *big\n').join('');
  const file = await yamlFile(
    'aliases.yaml',
    `big: &big\n${list}apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: x\nrefs:\n${refs}`,
  );
  const workers = workersStarted(page);
  await page.getByRole('button', { name: 'Import SLO files' }).click();
  const dialog = await chooseInImportDialog(page, file);
  const reading = dialog.getByRole('status');
  await expect(reading).toHaveText('Reading the files…');
  // A key pressed while the files are read is handled at once: the window's thread is free.
  expect(await statusWhenKeyLanded(page, reading)).toBe('Reading the files…');
  await expect(dialog.getByRole('alert')).toContainText(
    'its aliases (*name) repeat the same content too many times to read',
    { timeout: 150_000 },
  );
  await expect(dialog.getByRole('button', { name: 'Import SLO' })).toBeDisabled();
  expect(workers.some((url) => url.includes('sloFilesImport.worker'))).toBe(true);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('region', { name: 'SLOs' })).toContainText('No SLOs');
});
