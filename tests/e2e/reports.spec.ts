import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { firstWorkbookAt, openArea, workbookCommand } from './helpers';

/**
 * Saves the report on screen: one download, the report alone or an archive of a folder with the
 * report and its charts (read with Debian's unzip). Returns the download's name and what it holds.
 */
async function saveReport(page: Page): Promise<{ download: string; files: string[] }> {
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save report…' }).click();
  const download = await downloaded;
  const name = download.suggestedFilename();
  if (!name.endsWith('.zip')) return { download: name, files: [name] };
  const target = path.join(await mkdtemp(path.join(os.tmpdir(), 'report-zip-')), name);
  await download.saveAs(target);
  const listing = execFileSync('unzip', ['-Z1', target], { encoding: 'utf8' });
  const files = listing.split('\n').filter(Boolean);
  // Every chart the report links is in the archive beside it.
  const folder = name.replace(/\.zip$/, '');
  const markdown = execFileSync('unzip', ['-p', target, `${folder}/${folder}.md`], {
    encoding: 'utf8',
  });
  for (const [, link] of markdown.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g))
    expect(files).toContain(`${folder}/${decodeURI(link!)}`);
  return { download: name, files };
}

test('the sample workbook: preview and save every report, export, delete, import, all back', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample workbook' }).click();
  const switcher = page.getByRole('combobox', { name: 'Current workbook' });
  await expect(switcher.locator('option:checked')).toHaveText('Sample: Brightcart');
  await expect(page.getByRole('button', { name: 'Checkout' })).toBeVisible();

  await openArea(page, 'Reports');
  const preview = page.getByRole('article', { name: 'Report preview' });
  const kind = page.getByRole('combobox', { name: 'Report' });

  // Whole workbook, with both SLO charts and the emotion curve drawn from the SVGs saved beside
  // it, and each retrospective's timeline diagram (drawn in the preview, once mermaid is loaded).
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(
    'Workbook: Sample: Brightcart',
  );
  await expect(preview.getByRole('img', { name: /^Diagram: timeline of / })).toHaveCount(2);
  await expect(preview.getByRole('img')).toHaveCount(5);
  const whole = await saveReport(page);
  expect(whole.download).toBe('workbook-sample-brightcart.zip');
  expect(whole.files.sort()).toEqual([
    'workbook-sample-brightcart/catalogue-pages-load-fast-budget.svg',
    'workbook-sample-brightcart/checkout-emotion.svg',
    'workbook-sample-brightcart/checkout-payment-succeeds-budget.svg',
    'workbook-sample-brightcart/workbook-sample-brightcart.md',
  ]);

  await kind.selectOption('SLO document');
  await page
    .getByRole('combobox', { name: 'SLO document of' })
    .selectOption('Checkout payment succeeds');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(
    'SLO: Checkout payment succeeds',
  );
  await expect(preview.getByRole('table').first()).toContainText('Payments team');
  await expect(
    preview.getByRole('img', { name: 'Error budget remaining for Checkout payment succeeds' }),
  ).toBeVisible();
  expect((await saveReport(page)).files).toContain(
    'slo-checkout-payment-succeeds/slo-checkout-payment-succeeds.md',
  );

  await kind.selectOption('Journey map');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Journey: Checkout');
  await expect(preview).toContainText('critical (5) × 2 accounts × weekly (3) = 30');
  await expect(
    preview.getByRole('img', { name: /How customers feel along Checkout/ }),
  ).toBeVisible();
  expect((await saveReport(page)).files).toEqual([
    'journey-checkout/journey-checkout.md',
    'journey-checkout/checkout-emotion.svg',
  ]);

  await kind.selectOption('Retrospective');
  await page
    .getByRole('combobox', { name: 'Retrospective of' })
    .selectOption('Payment errors after the card-vault deploy');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(
    'Retrospective: Payment errors after the card-vault deploy',
  );
  await expect(preview.getByRole('heading', { name: 'Contributing factors' })).toBeVisible();
  const retroFile = await new Promise<string>((resolve) => {
    page.once('download', async (download) => {
      const target = path.join(os.tmpdir(), `retro-${Date.now()}.md`);
      await download.saveAs(target);
      resolve(target);
    });
    void page.getByRole('button', { name: 'Save report…' }).click();
  });
  const retroMarkdown = await readFile(retroFile, 'utf8');
  expect(retroMarkdown).toMatch(
    /^---\ntitle: "Retrospective: Payment errors after the card-vault deploy"/,
  );
  expect(retroMarkdown).toContain('```mermaid\ntimeline');

  await kind.selectOption('Open action items');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Open action items');
  await expect(preview).toContainText('1 overdue and 3 open');
  expect(await saveReport(page)).toEqual({
    download: 'action-items-sample-brightcart.md',
    files: ['action-items-sample-brightcart.md'],
  });

  // Export the workbook, delete it, import the file: everything is back. (A fresh page first:
  // after ten downloads Chromium starts asking before it lets a tab download more.)
  await page.reload();
  await expect(preview.getByRole('heading', { level: 1 })).toBeVisible();
  const exportDone = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export this workbook as a file' }).click();
  const exported = path.join(await mkdtemp(path.join(os.tmpdir(), 'slo-e2e-')), 'sample.json');
  await (await exportDone).saveAs(exported);

  await workbookCommand(page, 'Delete workbook…');
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('2 SLOs with their SLI data and 2 retrospectives');
  await confirm.getByRole('button', { name: 'Delete workbook' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to SLO Workbook' })).toBeVisible();

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a workbook file' }).click();
  await (await chooser).setFiles(exported);
  await expect(switcher.locator('option:checked')).toHaveText('Sample: Brightcart');

  await openArea(page, 'Journeys');
  await page.getByRole('button', { name: 'Checkout' }).click();
  await expect(page.getByRole('listitem', { name: /: Pay$/ })).toContainText(
    'Hurt in an incident: Payment errors after the card-vault deploy',
  );
  await openArea(page, 'SLOs');
  await expect(page.getByRole('region', { name: 'SLOs' })).toContainText(
    'Catalogue pages load fast',
  );
  await openArea(page, 'Retrospectives');
  await page.getByRole('button', { name: 'Payment errors after the card-vault deploy' }).click();
  await expect(page.getByRole('tab', { name: 'Timeline (6)' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Contributing factors (4)' })).toBeVisible();
  await openArea(page, 'Reports');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(
    'Workbook: Sample: Brightcart',
  );
  // The emotion chart, each SLO's budget chart and each retrospective's timeline diagram.
  await expect(preview.getByRole('img')).toHaveCount(5);
  await expect(
    preview.getByRole('img', {
      name: 'Diagram: timeline of Payment errors after the card-vault deploy',
    }),
  ).toBeVisible();
});

test('a workbook file merged into an existing workbook, keeping local changes', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample workbook' }).click();
  const exportDone = page.waitForEvent('download');
  await workbookCommand(page, 'Export workbook');
  const exported = path.join(await mkdtemp(path.join(os.tmpdir(), 'slo-e2e-')), 'sample.json');
  await (await exportDone).saveAs(exported);

  const chooser = page.waitForEvent('filechooser');
  await workbookCommand(page, 'Import workbook…');
  await (await chooser).setFiles(exported);
  const dialog = page.getByRole('dialog', { name: 'Import “Sample: Brightcart”' });
  await dialog.getByRole('radio', { name: 'Merged into an existing workbook' }).check();
  await expect(dialog.getByRole('status')).toContainText('0 records are only in the file');
  await dialog.getByRole('radio', { name: 'Keep the version on this computer' }).check();
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Merged' })).toContainText(
    '0 records added',
  );
  await expect(
    page.getByRole('combobox', { name: 'Current workbook' }).locator('option'),
  ).toHaveCount(1);
});

test('printing shows the report alone, across the page', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample workbook' }).click();
  await openArea(page, 'Reports');
  const preview = page.getByRole('article', { name: 'Report preview' });
  await expect(preview.getByRole('heading', { level: 1 })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Areas' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Save report…' })).toBeHidden();
  await expect(page.getByText('A fictional shop platform, to show').first()).toBeHidden();
  const box = (await preview.boundingBox())!;
  expect(box.x).toBeLessThan(10);
  expect(box.width).toBeGreaterThan(900);
});

test('a report’s Markdown is copied to paste into an issue, and says its charts stay behind', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample workbook' }).click();
  await expect(page.getByRole('button', { name: 'Checkout' })).toBeVisible();
  await openArea(page, 'Reports');
  await page.getByRole('combobox', { name: 'Report' }).selectOption('Open action items');
  const preview = page.getByRole('article', { name: 'Report preview' });
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(/^Open action items/);

  await page.getByRole('button', { name: 'Copy Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied the Markdown' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^---\ntitle: "Open action items/);
  expect(copied).toContain('| Load-test client library updates before they ship |');

  await page.getByRole('combobox', { name: 'Report' }).selectOption('Whole workbook');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(
    'Workbook: Sample: Brightcart',
  );
  await page.getByRole('button', { name: 'Copy Markdown' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '3 charts are not in the text' }),
  ).toBeVisible();
});

test('a retrospective’s preview draws its timeline, with times and words as typed', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') violations.push(message.text());
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample workbook' }).click();
  await openArea(page, 'Reports');
  await page.getByRole('combobox', { name: 'Report' }).selectOption('Retrospective');
  const preview = page.getByRole('article', { name: 'Report preview' });
  const diagram = preview.getByRole('img', { name: /^Diagram: timeline of Payment errors/ });
  await expect(diagram).toBeVisible({ timeout: 15_000 });
  // Drawn, not shown as code: the image has a size and the code block is gone.
  const box = await diagram.boundingBox();
  expect(box!.width).toBeGreaterThan(300);
  await expect(preview.locator('pre code')).toHaveCount(0);
  // The SVG holds the times as the timeline shows them.
  const svg = decodeURIComponent((await diagram.getAttribute('src'))!.split(',')[1]!);
  const text = svg
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
  expect(text).toMatch(/ \d\d∶\d\d /);
  expect(text).toContain('Payments API rolled back, errors drop to normal');
  expect(text).toContain('ticket∶ “payment failed” at checkout');
  expect(violations.filter((v) => /Content Security Policy|Refused/.test(v))).toEqual([]);
});

test('before a retrospective’s report is saved, the blame language still in it is listed to rewrite or dismiss', async ({
  page,
}) => {
  await firstWorkbookAt(page, 'Retrospectives');
  await page.getByRole('textbox', { name: 'Incident title' }).fill('Checkout errors');
  await page.getByRole('button', { name: 'Create retrospective' }).click();
  await page
    .getByRole('textbox', { name: 'Customer impact in words' })
    .fill('Shoppers could not pay. The engineer should have checked the dashboard.');
  await expect(page.getByText('should have checked').first()).toBeVisible();

  await openArea(page, 'Reports');
  await page.getByRole('combobox', { name: 'Report' }).selectOption('Retrospective');
  await expect(page.getByRole('article', { name: 'Report preview' })).toContainText(
    'should have checked',
  );
  await page.getByRole('button', { name: 'Save report…' }).click();
  const dialog = page.getByRole('dialog', { name: /still has a phrase that may blame/ });
  const list = dialog.getByRole('list', { name: 'Blame language in this report' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('Customer impact');
  await expect(list.locator('mark')).toHaveText('should have checked');
  await dialog
    .getByRole('button', { name: /^Dismiss “should have checked” in Customer impact/ })
    .click();
  const cleared = page.getByRole('dialog', { name: 'No blame language is left in this report' });
  await expect(cleared).toBeVisible();
  const download = page.waitForEvent('download');
  await cleared.getByRole('button', { name: 'Save', exact: true }).click();
  expect((await download).suggestedFilename()).toBe('retro-checkout-errors.md');

  // Dismissed for good: the next save asks nothing, and the field no longer flags it.
  const again = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save report…' }).click();
  await again;
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
