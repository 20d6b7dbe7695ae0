import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { firstWorkbookAt, openArea } from './helpers';

async function newRetro(page: Page, title: string) {
  await openArea(page, 'Retrospectives');
  const back = page.getByRole('button', { name: '← All retrospectives' });
  if (await back.isVisible()) await back.click();
  await page.getByRole('textbox', { name: 'Incident title' }).fill(title);
  await page.getByRole('combobox', { name: 'Template' }).selectOption('SRE-book style postmortem');
  await page.getByRole('button', { name: 'Create retrospective' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

const tab = (page: Page, name: RegExp) =>
  page
    .getByRole('tablist', { name: 'Parts of the retrospective' })
    .getByRole('tab', { name })
    .click();

test('the session timer stays in view on every tab and in the app bar, and one session runs at a time', async ({
  page,
}) => {
  await firstWorkbookAt(page, 'Retrospectives');
  await newRetro(page, 'Checkout errors');
  const bar = page.getByRole('group', { name: 'Session under way' });
  await expect(bar).toHaveCount(0);
  await tab(page, /^Sessions/);
  await page
    .getByRole('listitem', { name: 'Session: Timeline and impact' })
    .getByRole('button', { name: 'Start session' })
    .click();

  // Every tab of the retrospective shows it.
  for (const name of [
    /^Incident/,
    /^Timeline/,
    /^Contributing factors|^Factors/,
    /^Action items|^Actions/,
  ]) {
    await tab(page, name);
    await expect(bar).toContainText('Timeline and impact');
    await expect(bar.getByRole('timer')).toHaveText(/^4\d:\d\d$/);
  }

  // Elsewhere, the app bar shows it with its retrospective, and opens it again.
  await openArea(page, 'Journeys');
  await expect(bar).toContainText('Timeline and impact · Checkout errors');
  await bar.getByRole('button', { name: 'Pause' }).click();
  await expect(bar).toContainText('Paused: Timeline and impact');
  await bar.getByRole('button', { name: 'Resume' }).click();
  await bar.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { name: 'Checkout errors' })).toBeVisible();
  await expect(page.getByRole('tab', { name: /^Sessions/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );

  // Starting a session elsewhere pauses this one.
  await newRetro(page, 'Login outage');
  await tab(page, /^Sessions/);
  await page
    .getByRole('listitem', { name: 'Session: Timeline and impact' })
    .getByRole('button', { name: 'Start session' })
    .click();
  await expect(
    page.getByRole('status').filter({ hasText: 'one session runs at a time' }),
  ).toContainText('Paused “Timeline and impact”');
  await openArea(page, 'Reports');
  await expect(bar).toContainText('Timeline and impact · Login outage');
  await expect(bar.getByRole('button', { name: 'Pause' })).toBeVisible();
});
