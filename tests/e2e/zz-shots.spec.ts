import { test } from '@playwright/test';
import { openArea } from './helpers';
for (const [w, h] of [
  [1280, 800],
  [900, 600],
] as const) {
  test(`shots ${w}`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the sample workbook' }).click();
    await page.getByRole('tab', { name: 'Customer accounts' }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/shots/accounts-${w}.png` });
    await page.getByRole('button', { name: 'Import from a CRM file…' }).click();
    await page.waitForTimeout(200);
    await page.screenshot({ path: `/tmp/shots/import-${w}.png` });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Northwind Outfitters', exact: true }).click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/shots/account-${w}.png`, fullPage: true });
    await openArea(page, 'SLOs');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/shots/slolist-${w}.png` });
    await page.getByRole('button', { name: 'Checkout payment succeeds' }).click();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/shots/slo-${w}.png`, fullPage: true });
    await openArea(page, 'Retrospectives');
    await page.getByRole('button', { name: 'Payment errors after the card-vault deploy' }).click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/shots/retro-${w}.png`, fullPage: true });
    await openArea(page, 'Journeys');
    await page.getByRole('tab', { name: 'Journeys', exact: true }).click();
    await page.getByRole('button', { name: 'Checkout' }).click();
    await page.getByRole('tab', { name: 'Priority list' }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/shots/priority-${w}.png`, fullPage: true });
    await page.getByRole('tab', { name: 'Map' }).click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/shots/map-${w}.png` });
  });
}
