import { expect, test } from './test';
import { firstWorkbookAt, workbookCommand } from './helpers';

// The trips a newcomer took in issue 29, each at the two sizes it was tried at. Screenshots go
// to /tmp/i29 for a person to look at; the assertions are what the person was promised.
const SIZES = [
  [1280, 800],
  [900, 600],
] as const;

for (const [width, height] of SIZES) {
  test(`a failed SLO save lands on the field in trouble, its summary linking to it (${width}x${height})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await firstWorkbookAt(page, 'SLOs');
    await page.getByRole('button', { name: 'New SLO' }).click();
    const editor = page.getByRole('form', { name: 'New SLO' });
    await page.keyboard.type('Checkout completes');
    const target = editor.getByRole('textbox', { name: 'Target (%)' });
    await target.fill('abc');
    // Keyboard only, as the finding was: Save is reached and pressed from the keyboard.
    await editor.getByRole('button', { name: 'Save SLO' }).focus();
    await page.keyboard.press('Enter');
    await expect(target).toBeFocused();
    await expect(target).toBeInViewport();
    const summary = editor.getByRole('alert').filter({ hasText: 'One field needs attention' });
    await expect(summary).toContainText('Type the target as a percentage');
    await page.screenshot({ path: `/tmp/i29/slo-failed-save-${width}.png` });

    // The summary's link takes the focus back to the field from wherever the person is.
    await editor.getByRole('button', { name: 'Save SLO' }).focus();
    await summary.getByRole('link', { name: 'Target (%)' }).focus();
    await page.keyboard.press('Enter');
    await expect(target).toBeFocused();
    await expect(page).not.toHaveURL(/slo-field/);

    await target.fill('99.5');
    await editor.getByRole('button', { name: 'Save SLO' }).focus();
    await page.keyboard.press('Enter');
    await expect(editor).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Checkout completes' })).toBeVisible();
  });
}

test('a failed workbook create lands on the name, with the summary linking to it', async ({
  page,
}) => {
  await firstWorkbookAt(page, 'Journeys');
  await workbookCommand(page, 'New workbook…');
  const dialog = page.getByRole('dialog', { name: 'New workbook' });
  await dialog.getByRole('textbox', { name: 'What this workbook is for (optional)' }).focus();
  await page.keyboard.type('Our checkout team');
  await dialog.getByRole('button', { name: 'Create workbook' }).focus();
  await page.keyboard.press('Enter');
  const name = dialog.getByRole('textbox', { name: 'Workbook name' });
  await expect(name).toBeFocused();
  await expect(
    dialog.getByRole('alert').getByRole('link', { name: 'Workbook name' }),
  ).toBeVisible();
});
