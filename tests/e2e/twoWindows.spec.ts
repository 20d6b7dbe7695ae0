import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { journeyWithStep, openArea } from './helpers';

async function saved(page: Page) {
  await expect(page.getByRole('banner')).toContainText('All changes saved on this computer');
}

async function openStep(page: Page) {
  await page.goto('/');
  await openArea(page, 'Journeys');
  await page.getByRole('button', { name: 'Checkout', exact: true }).click();
}

test('two windows editing one step keep both edits; the same field is shown, not overwritten', async ({
  page,
  context,
}) => {
  await journeyWithStep(page, 'Checkout', 'Pay');
  const other = await context.newPage();
  await openStep(other);
  // Each window opens the step's fields in place, from its card.
  const edit = (p: Page) => p.getByRole('button', { name: /^Edit step / }).click();
  const name = (p: Page) => p.getByRole('textbox', { name: 'Step name', exact: true });
  const stage = (p: Page) => p.getByRole('textbox', { name: 'Stage', exact: true });
  const expects = (p: Page) => p.getByRole('textbox', { name: 'The customer expects' });
  await edit(page);
  await edit(other);

  // Different fields at once: both are kept, and each window shows the other's.
  await name(page).fill('Pay by card');
  await stage(other).fill('Purchase');
  await saved(page);
  await saved(other);
  await expect(stage(page)).toHaveValue('Purchase');
  await expect(name(other)).toHaveValue('Pay by card');

  // The same field in both before either is saved: the second to save is told, not overwritten.
  await expects(page).fill('One click');
  await expects(other).fill('Two clicks');
  const told = other.getByRole('alert').filter({ hasText: 'was changed in another window' });
  await expect(told).toContainText('The customer expects');
  await expect(told).toContainText('One click');
  await expect(expects(other)).toHaveValue('Two clicks');
  await expect(other.getByRole('banner')).toContainText('A change waits for your choice');
  await page.reload();
  // The address keeps the place: the record opens again as it was, with no click.
  const card = page.getByRole('listitem', { name: 'Step 1: Pay by card' });
  await expect(card).toContainText('Expects: One click');
  await expect(card).toContainText('Purchase');
  await edit(page);
  await expect(expects(page)).toHaveValue('One click');

  // Choosing to keep this window's text stores it, and the other window follows.
  await told.getByRole('button', { name: 'Keep mine for The customer expects' }).click();
  await expect(told).toHaveCount(0);
  await expect(expects(page)).toHaveValue('Two clicks');
});

test('two windows editing one retrospective keep both edits; the same field is shown', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Create your first workbook' }).click();
  await page.getByRole('textbox', { name: 'Workbook name' }).fill('Acme');
  await page.getByRole('button', { name: 'Create workbook' }).click();
  await openArea(page, 'Retrospectives');
  await page.getByRole('textbox', { name: 'Incident title' }).fill('Login outage');
  await page.getByRole('button', { name: 'Create retrospective' }).click();
  await expect(page.getByRole('heading', { name: 'Login outage' })).toBeVisible();

  const other = await context.newPage();
  await other.goto('/');
  await openArea(other, 'Retrospectives');
  await other.getByRole('button', { name: 'Login outage' }).click();
  await expect(other.getByRole('heading', { name: 'Login outage' })).toBeVisible();
  const title = (p: Page) => p.getByRole('textbox', { name: 'Title', exact: true });
  const impact = (p: Page) => p.getByRole('textbox', { name: 'Customer impact in words' });

  await title(page).fill('Login outage, 20 Nov');
  await impact(other).fill('Nobody could sign in for 12 minutes');
  await saved(page);
  await saved(other);
  await expect(impact(page)).toHaveValue('Nobody could sign in for 12 minutes');
  await expect(title(other)).toHaveValue('Login outage, 20 Nov');

  await impact(page).fill('Sign-in failed for 12 minutes');
  await impact(other).fill('About 400 accounts could not sign in');
  const told = other.getByRole('alert').filter({ hasText: 'was changed in another window' });
  await expect(told).toContainText('Sign-in failed for 12 minutes');
  await told.getByRole('button', { name: 'Use the other window’s' }).click();
  await expect(impact(other)).toHaveValue('Sign-in failed for 12 minutes');
  await page.reload();
  // The address keeps the place: the record opens again as it was, with no click.
  await expect(impact(page)).toHaveValue('Sign-in failed for 12 minutes');
  await expect(title(page)).toHaveValue('Login outage, 20 Nov');
});
