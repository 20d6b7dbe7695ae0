import { expect, test } from './test';
import { firstWorkbookAt, workbookCommand } from './helpers';

test('focus follows the person: a skip link, and dialogs give focus back to what opened them', async ({
  page,
}) => {
  await firstWorkbookAt(page, 'Retrospectives');
  // The first Tab reaches the skip link; it takes the focus past the app bar and the areas.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Incident title' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  await page.getByRole('textbox', { name: 'Incident title' }).fill('Pool exhaustion');
  await page.getByRole('button', { name: 'Create retrospective' }).click();
  await page.getByRole('tab', { name: /^Timeline/ }).click();
  const paste = page.getByRole('button', { name: 'Paste a chat log…' });
  await paste.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Paste a chat log' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(paste).toBeFocused();

  // From the Workbook menu: back on the menu's button.
  await workbookCommand(page, 'Rename workbook…');
  await expect(page.getByRole('dialog', { name: /^Rename/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Workbook', exact: true })).toBeFocused();
});
