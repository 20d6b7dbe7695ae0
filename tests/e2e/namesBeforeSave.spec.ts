import { readFile } from 'node:fs/promises';
import { expect, test } from './test';
import { firstWorkbookAt, openArea } from './helpers';

test('a person named in a narrative is pointed out before save, and the report saved after “Replace with a role” has no name', async ({
  page,
}) => {
  // Typing, a report made twice and a download: on two busy cores this takes longer than one step.
  test.slow();
  await firstWorkbookAt(page, 'Retrospectives');
  await page.getByRole('textbox', { name: 'Incident title' }).fill('Checkout errors');
  await page.getByRole('button', { name: 'Create retrospective' }).click();
  await page
    .getByRole('tablist', { name: 'Parts of the retrospective' })
    .getByRole('tab', { name: /^Narratives/ })
    .click();
  await page.getByRole('textbox', { name: 'Participant’s role' }).fill('on-call SRE');
  await page.getByRole('button', { name: 'Add narrative' }).click();
  const card = page.getByRole('article', { name: 'Narrative of on-call SRE' });
  await card
    .getByRole('textbox', { name: 'What did you see?' })
    .fill('The dashboard was green at 09:01. Obviously Tom should have caught this.');
  // The field's own check has read it: the text is stored and the checker has loaded.
  await expect(card.getByText('should have caught').first()).toBeVisible();

  await openArea(page, 'Reports');
  await page.getByRole('combobox', { name: 'Report' }).selectOption('Retrospective');
  const preview = page.getByRole('article', { name: 'Report preview' });
  await expect(preview).toContainText('Obviously Tom should have caught this.');
  await page.getByRole('button', { name: 'Save report…' }).click();
  const dialog = page.getByRole('dialog', {
    name: /still has .* that may blame and a person’s name$/,
  });
  const names = dialog.getByRole('list', { name: 'Names in this report' });
  await expect(names.getByRole('listitem')).toHaveCount(1);
  await expect(names).toContainText('Narrative of on-call SRE: what they saw');
  await expect(names.locator('mark')).toHaveText('Tom');
  // Blame language stays listed beside it.
  await expect(dialog.getByRole('list', { name: 'Blame language in this report' })).toContainText(
    'should have caught',
  );

  const role = names.getByRole('combobox', { name: 'Role in place of “Tom”' });
  // A person's name is no role: refused in words, nothing rewritten.
  await role.fill('Sarah');
  await names.getByRole('button', { name: /^Replace “Tom”/ }).click();
  await expect(names.getByRole('alert')).toHaveText(
    '“Sarah” reads as a person’s name: type a role or a team.',
  );
  await expect(role).toHaveAttribute('aria-invalid', 'true');
  await role.fill('on-call SRE');
  await expect(names.getByRole('alert')).toHaveCount(0);
  for (const [width, height] of [
    [1280, 800],
    [900, 600],
  ] as const) {
    await page.setViewportSize({ width, height });
    const replace = names.getByRole('button', { name: /^Replace “Tom”/ });
    await replace.scrollIntoViewIfNeeded();
    await expect(replace).toBeInViewport();
    await expect(role).toBeInViewport();
    await page.screenshot({
      path: test.info().outputPath(`names-before-save-${width}x${height}.png`),
    });
  }
  await page.setViewportSize({ width: 1280, height: 800 });

  await names
    .getByRole('button', {
      name: 'Replace “Tom” in Narrative of on-call SRE: what they saw with a role',
    })
    .click();
  // The report is made again from the rewritten narrative: no name is left to list.
  const after = page.getByRole('dialog', { name: /still has .* that may blame$/ });
  await expect(after).toBeVisible();
  await expect(after.getByRole('list', { name: 'Names in this report' })).toHaveCount(0);
  await expect(preview).toContainText('Obviously the on-call SRE should have caught this.');

  const downloaded = page.waitForEvent('download');
  await after.getByRole('button', { name: 'Save anyway' }).click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe('retro-checkout-errors.md');
  const saved = await readFile((await download.path())!, 'utf8');
  expect(saved).toContain('Obviously the on-call SRE should have caught this.');
  expect(saved).not.toMatch(/\bTom\b/);

  // The narrative itself was rewritten, where it was typed.
  await openArea(page, 'Retrospectives');
  await page
    .getByRole('tablist', { name: 'Parts of the retrospective' })
    .getByRole('tab', { name: /^Narratives/ })
    .click();
  await expect(card.getByRole('textbox', { name: 'What did you see?' })).toHaveValue(
    'The dashboard was green at 09:01. Obviously the on-call SRE should have caught this.',
  );
});
