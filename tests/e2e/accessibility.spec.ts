import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { openArea, workbookCommand } from './helpers';

/** Every WCAG 2.1 A and AA rule axe checks, on what is on screen now; each finding in words. */
async function findings(page: Page, screen: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${screen}: ${v.id} (${v.impact}) at ${n.target.join(' ')}: ${v.help}`),
  );
}

/** Opens the sample workbook and calls `check` on every screen of it, named. */
async function everyScreenOfTheSample(
  page: Page,
  check: (screen: string) => Promise<void>,
): Promise<void> {
  await page.goto('/');
  await check('welcome');
  await page.getByRole('button', { name: 'Open the sample workbook' }).click();
  await expect(page.getByRole('button', { name: 'Checkout' })).toBeVisible();
  await check('journey list');

  await page.getByRole('tab', { name: 'Customer accounts' }).click();
  await check('accounts');
  await page.getByRole('button', { name: 'Import from a CRM file…' }).click();
  await check('CRM import dialog');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Northwind Outfitters', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Incidents that hurt them' })).toBeVisible();
  await check('account page');
  await page.getByRole('tab', { name: 'Journeys' }).click();
  await page.getByRole('button', { name: 'Checkout' }).click();
  for (const tab of ['Steps and pain points', 'Map', 'Priority list']) {
    await page.getByRole('tab', { name: tab }).click();
    await check(`journey: ${tab}`);
  }

  await openArea(page, 'SLOs');
  await check('SLO list');
  await page.getByRole('button', { name: 'Checkout payment succeeds' }).click();
  await expect(page.getByRole('heading', { name: 'Burn rates' })).toBeVisible();
  await check('SLO');

  await openArea(page, 'Retrospectives');
  await check('retrospective list');
  await page.getByRole('tab', { name: 'Open action items' }).click();
  await check('open action items');
  await page.getByRole('tab', { name: 'Retrospectives' }).click();
  await page.getByRole('button', { name: 'Payment errors after the card-vault deploy' }).click();
  for (const tab of [
    /^Incident/,
    /^Timeline/,
    /^Narratives/,
    /^Contributing factors/,
    /^Business questions/,
    /^Action items/,
    /^Sessions/,
  ]) {
    await page.getByRole('tab', { name: tab }).click();
    await check(`retrospective: ${tab.source.slice(1)}`);
  }

  await openArea(page, 'Reports');
  await expect(page.getByRole('article', { name: 'Report preview' })).toBeVisible();
  await check('reports');
  await openArea(page, 'Settings & About');
  await check('settings');
}

test('every screen of the sample workbook passes the WCAG A and AA checks', async ({ page }) => {
  test.setTimeout(240_000);
  const found: string[] = [];
  await everyScreenOfTheSample(page, async (screen) => {
    found.push(...(await findings(page, screen)));
  });
  expect(found).toEqual([]);
});

test('at the window’s smallest size (900 × 600) no screen runs off to the right', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 900, height: 600 });
  const wide: string[] = [];
  await everyScreenOfTheSample(page, async (screen) => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 900) wide.push(`${screen}: ${width} px wide`);
  });
  expect(wide).toEqual([]);
});

test('forms showing their errors, and the dialogs, pass the same checks', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample workbook' }).click();
  await expect(page.getByRole('button', { name: 'Checkout' })).toBeVisible();
  const found: string[] = [];

  // A new SLO saved with its name left empty: the errors are read out with their fields.
  await openArea(page, 'SLOs');
  await page.getByRole('button', { name: 'New SLO' }).click();
  await page.getByRole('textbox', { name: 'Target' }).fill('101');
  await page.getByRole('button', { name: 'Save SLO' }).click();
  await expect(page.getByRole('textbox', { name: 'SLO name' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  found.push(...(await findings(page, 'SLO form with errors')));
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Checkout payment succeeds' }).click();
  await page.getByRole('button', { name: 'Import SLI data (CSV)' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  found.push(...(await findings(page, 'CSV import dialog')));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  await openArea(page, 'Retrospectives');
  await page.getByRole('button', { name: 'Payment errors after the card-vault deploy' }).click();
  await page.getByRole('tab', { name: /^Timeline/ }).click();
  await page.getByRole('button', { name: 'Paste a chat log…' }).click();
  const chat = page.getByRole('dialog', { name: 'Paste a chat log' });
  await chat.getByRole('textbox').first().fill('10:42 alice: restarting the pool\n10:44 bob: ok');
  found.push(...(await findings(page, 'chat log dialog')));
  await page.keyboard.press('Escape');
  await expect(chat).toBeHidden();

  await workbookCommand(page, 'Delete workbook…');
  await expect(page.getByRole('dialog')).toBeVisible();
  found.push(...(await findings(page, 'delete confirmation')));

  expect(found).toEqual([]);
});
