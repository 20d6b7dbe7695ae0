import { expect, test } from './test';
import { journeyWithStep, openArea } from './helpers';

test('every screen has an address: a reload keeps the place, Back and Forward work, a link opens a record', async ({
  page,
}) => {
  await journeyWithStep(page, 'Checkout', 'Pay');
  await page
    .getByRole('tablist', { name: 'Journey views' })
    .getByRole('tab', { name: 'Map' })
    .click();
  await expect(page).toHaveURL(/#\/w\/[^/]+\/journeys\/[^/]+\/map$/);
  const mapUrl = page.url();

  // A reload opens the same journey on the same view.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Checkout' })).toBeVisible();
  await expect(
    page.getByRole('tablist', { name: 'Journey views' }).getByRole('tab', { name: 'Map' }),
  ).toHaveAttribute('aria-selected', 'true');

  // A retrospective on its timeline, then elsewhere; Back returns, Forward goes again.
  await openArea(page, 'Retrospectives');
  await page.getByRole('textbox', { name: 'Incident title' }).fill('Pool exhaustion');
  await page.getByRole('button', { name: 'Create retrospective' }).click();
  await page
    .getByRole('tablist', { name: 'Parts of the retrospective' })
    .getByRole('tab', { name: /^Timeline/ })
    .click();
  await expect(page).toHaveURL(/\/retros\/[^/]+\/timeline$/);
  const timelineUrl = page.url();
  await openArea(page, 'Reports');
  await expect(page).toHaveURL(/\/reports$/);
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Pool exhaustion' })).toBeVisible();
  await expect(page.getByRole('tab', { name: /^Timeline/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.goForward();
  await expect(page).toHaveURL(/\/reports$/);
  await expect(page.getByRole('heading', { name: 'Reports' })).toBeVisible();

  // Addresses open records directly, as a link would.
  await page.goto(mapUrl);
  await expect(page.getByRole('heading', { name: 'Checkout' })).toBeVisible();
  await page.goto(timelineUrl);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Pool exhaustion' })).toBeVisible();
  await expect(page.getByRole('tab', { name: /^Timeline/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );

  // An address that names nothing here falls back to the list, and says where it is.
  await page.goto(timelineUrl.replace(/retros\/[^/]+\/timeline$/, 'retros/no-such-retro/timeline'));
  await expect(page.getByRole('textbox', { name: 'Incident title' })).toBeVisible();
});
