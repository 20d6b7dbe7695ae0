import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { workbookCommand } from './helpers';

async function createWorkbook(page: Page, name: string, opener?: string) {
  if (opener) await page.getByRole('button', { name: opener }).click();
  else await workbookCommand(page, 'New workbook…');
  const dialog = page.getByRole('dialog', { name: 'New workbook' });
  await dialog.getByRole('textbox', { name: 'Workbook name' }).fill(name);
  await dialog.getByRole('textbox', { name: 'Workbook name' }).press('Enter');
  await expect(dialog).toBeHidden();
}

test('create, switch, rename, reload and delete workbooks', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Welcome to SLO Workbook' })).toBeVisible();

  await createWorkbook(page, 'Acme Corp', 'Create your first workbook');
  const switcher = page.getByRole('combobox', { name: 'Current workbook' });
  await expect(switcher).toHaveValue(/.+/);
  await expect(switcher.locator('option:checked')).toHaveText('Acme Corp');
  await expect(page.getByRole('region', { name: 'Journeys' })).toContainText('No journeys');

  await createWorkbook(page, 'Globex');
  await expect(switcher.locator('option:checked')).toHaveText('Globex');
  await switcher.selectOption({ label: 'Acme Corp' });
  await expect(switcher.locator('option:checked')).toHaveText('Acme Corp');
  await switcher.selectOption({ label: 'Globex' });

  await workbookCommand(page, 'Rename workbook…');
  const rename = page.getByRole('dialog', { name: 'Rename “Globex”' });
  await rename.getByRole('textbox', { name: 'Workbook name' }).fill('Globex Industries');
  await rename.getByRole('button', { name: 'Save name' }).click();
  await expect(switcher.locator('option:checked')).toHaveText('Globex Industries');

  await page.reload();
  await expect(switcher.locator('option')).toHaveText(['Acme Corp', 'Globex Industries']);
  await expect(switcher.locator('option:checked')).toHaveText('Globex Industries');

  await workbookCommand(page, 'Delete workbook…');
  const confirm = page.getByRole('dialog', { name: 'Delete “Globex Industries”?' });
  await expect(confirm).toContainText('cannot be undone');
  await confirm.getByRole('button', { name: 'Delete workbook' }).click();
  await expect(switcher.locator('option')).toHaveText(['Acme Corp']);

  await page.reload();
  await expect(switcher.locator('option')).toHaveText(['Acme Corp']);
  expect(errors).toEqual([]);
});

test('a blank name is explained next to the field and nothing is created', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Create your first workbook' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workbook' });
  await dialog.getByRole('button', { name: 'Create workbook' }).click();
  await expect(dialog.getByText('Give the workbook a name')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Workbook name' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Welcome to SLO Workbook' })).toBeVisible();
});

test('cancelling a delete keeps the workbook', async ({ page }) => {
  await page.goto('/');
  await createWorkbook(page, 'Keep me', 'Create your first workbook');
  await workbookCommand(page, 'Delete workbook…');
  await page.getByRole('dialog').getByRole('button', { name: 'Keep workbook' }).click();
  await expect(
    page.getByRole('combobox', { name: 'Current workbook' }).locator('option'),
  ).toHaveText(['Keep me']);
});

test('areas are reachable by the navigation and by Alt+number', async ({ page }) => {
  await page.goto('/');
  await createWorkbook(page, 'Acme', 'Create your first workbook');
  const nav = page.getByRole('navigation', { name: 'Areas' });
  await nav.getByRole('button', { name: 'SLOs' }).click();
  await expect(page.getByRole('region', { name: 'SLOs' })).toContainText('error budget');
  await expect(nav.getByRole('button', { name: 'SLOs' })).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveTitle('Acme · SLOs — SLO Workbook');
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('region', { name: 'Retrospectives' })).toContainText('Blameless');
  await page.keyboard.press('Alt+4');
  await expect(page.getByRole('region', { name: 'Reports' })).toBeVisible();
  await page.keyboard.press('Alt+5');
  await expect(page.getByRole('heading', { name: 'Settings & About' })).toBeVisible();
  await expect(page.getByTestId('storage-persistence')).toHaveText(
    /Persistent|Not persistent|Unknown/,
  );
  await expect(page.getByTestId('storage-usage')).toHaveText(/available to SLO Workbook/);
  await expect(page.getByText('Web page in a browser')).toBeVisible();
  // The shortcuts are listed where a person can find them.
  const shortcuts = page.getByRole('table', { name: 'Keyboard shortcuts' });
  await expect(shortcuts.getByRole('row', { name: 'Alt+4 Go to Reports' })).toBeVisible();
  await expect(shortcuts).toContainText('undo the last delete');
  await expect(shortcuts.getByRole('row', { name: /^Ctrl\+K/ })).toContainText('run a command');
  // One name for each thing, explained once.
  const glossary = page.getByRole('definition').filter({ hasText: 'severity × accounts affected' });
  await expect(glossary).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: 'Customer impact' })).toBeVisible();
});

test('export a workbook, import it back, and a bad file changes nothing', async ({ page }) => {
  await page.goto('/');
  await createWorkbook(page, 'Acme | Checkout', 'Create your first workbook');

  const downloadPromise = page.waitForEvent('download');
  await workbookCommand(page, 'Export workbook');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('acme-checkout.slo-workbook.json');
  const exported = path.join(await mkdtemp(path.join(os.tmpdir(), 'slo-e2e-')), 'wb.json');
  await download.saveAs(exported);
  const file = JSON.parse(await readFile(exported, 'utf8'));
  expect(file).toMatchObject({
    format: 'slo-workbook',
    version: 4,
    workbook: { name: 'Acme | Checkout' },
  });
  await expect(page.getByRole('status')).toContainText('Exported “Acme | Checkout”');

  const broken = path.join(path.dirname(exported), 'broken.json');
  await writeFile(broken, (await readFile(exported, 'utf8')).slice(0, 60));
  let chooser = page.waitForEvent('filechooser');
  await workbookCommand(page, 'Import workbook…');
  await (await chooser).setFiles(broken);
  await expect(page.getByRole('alert')).toContainText('nothing was changed');
  await expect(page.getByRole('alert')).toContainText('cut short');
  const switcher = page.getByRole('combobox', { name: 'Current workbook' });
  await expect(switcher.locator('option')).toHaveText(['Acme | Checkout']);

  chooser = page.waitForEvent('filechooser');
  await workbookCommand(page, 'Import workbook…');
  await (await chooser).setFiles(exported);
  const choice = page.getByRole('dialog', { name: 'Import “Acme | Checkout”' });
  await choice.getByRole('button', { name: 'Import as a new workbook' }).click();
  await expect(switcher.locator('option')).toHaveText([
    'Acme | Checkout',
    'Acme | Checkout (imported)',
  ]);
  await expect(switcher.locator('option:checked')).toHaveText('Acme | Checkout (imported)');
});

test('the page carries the strict content security policy', async ({ page }) => {
  await page.goto('/');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  // An inline script injected into the page must not run.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
});

test('the Workbook menu keeps the app bar to one row and works by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 600 });
  await page.goto('/');
  await createWorkbook(page, 'Acme Corp', 'Create your first workbook');
  const banner = page.getByRole('banner');
  // One row: the bar is no taller than its tallest control and a little padding.
  expect((await banner.boundingBox())!.height).toBeLessThan(64);
  await expect(page.getByRole('button', { name: 'Delete workbook…' })).toHaveCount(0);
  const menuButton = page.getByRole('button', { name: 'Workbook', exact: true });
  await menuButton.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: 'Workbook' });
  await expect(menu.getByRole('menuitem', { name: 'New workbook…' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Delete workbook…' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'New workbook…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(menuButton).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Rename “Acme Corp”' })).toBeVisible();
});
