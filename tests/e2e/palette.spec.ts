import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { journeyWithStep, openArea } from './helpers';

async function palette(page: Page, query: string) {
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Command palette' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('combobox', { name: 'Go to or run' });
  await expect(input).toBeFocused();
  await input.fill(query);
  return dialog;
}

test('the command palette opens any record by name and runs commands, by keyboard', async ({
  page,
}) => {
  await journeyWithStep(page, 'Checkout', 'Pay by card');
  await openArea(page, 'Retrospectives');
  await page.getByRole('textbox', { name: 'Incident title' }).fill('Card vault outage');
  await page.getByRole('button', { name: 'Create retrospective' }).click();
  await openArea(page, 'Reports');

  // A step, by part of its name: its journey opens.
  let dialog = await palette(page, 'pay card');
  await expect(dialog.getByRole('option').first()).toContainText('Pay by cardStep of Checkout');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Checkout' })).toBeVisible();
  await expect(page).toHaveURL(/\/journeys\/[^/]+\/steps$/);

  // A retrospective, chosen with the arrow keys among several matches.
  dialog = await palette(page, 'c');
  const options = dialog.getByRole('option');
  const titles = await options.allTextContents();
  const index = titles.findIndex((t) => t.startsWith('Card vault outage'));
  expect(index).toBeGreaterThan(0);
  for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
  await expect(options.nth(index)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Card vault outage' })).toBeVisible();

  // Commands show their shortcuts; a command runs.
  dialog = await palette(page, 'go to slos');
  await expect(dialog.getByRole('option').first()).toContainText('Alt+2');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/slos$/);
  await palette(page, 'export workbook');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.slo-workbook\.json$/);

  // Nothing found says so; Escape closes and gives the focus back to what had it.
  const opener = page.getByRole('button', { name: /^Go to…/ });
  await opener.click();
  dialog = page.getByRole('dialog', { name: 'Command palette' });
  await dialog.getByRole('combobox').fill('zzz');
  await expect(dialog.getByRole('status')).toHaveText('Nothing here is called “zzz”.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});
