import { type Locator, type Page } from '@playwright/test';
import { expect, test } from './test';

/** Key presses made through it are counted, so a test can say how many an action took. */
class Keys {
  count = 0;
  constructor(private readonly page: Page) {}
  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i += 1) {
      await this.page.keyboard.press(key);
      this.count += 1;
    }
  }
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }
  /** Tab (or Shift+Tab) until `target` has the focus; fails past `max` presses. */
  async tabTo(target: Locator, max = 40, key = 'Tab'): Promise<void> {
    for (let i = 0; i < max; i += 1) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await this.press(key);
    }
    await expect(target).toBeFocused();
  }
}

test('by keyboard alone, a journey of three steps and two pain points is mapped; any step’s main action is at most 10 presses away', async ({
  page,
}) => {
  await page.goto('/');
  const keys = new Keys(page);
  // The welcome screen's first action, then the workbook's name.
  await keys.tabTo(page.getByRole('button', { name: 'Create your first workbook' }));
  await keys.press('Enter');
  await keys.type('Acme');
  await keys.press('Enter');
  await expect(page.getByRole('heading', { name: 'Journeys', exact: true })).toBeVisible();

  await keys.tabTo(page.getByRole('textbox', { name: 'Journey name' }));
  await keys.type('Checkout');
  await keys.press('Enter');
  await expect(page.getByRole('heading', { name: 'Checkout' })).toBeVisible();
  await keys.tabTo(page.getByRole('textbox', { name: 'New step' }));
  for (const step of ['Browse', 'Cart', 'Pay']) {
    await keys.type(step);
    await keys.press('Enter');
    await expect(page.getByRole('listitem', { name: new RegExp(`: ${step}$`) })).toBeVisible();
  }
  const card = (n: number, name: string) =>
    page.getByRole('listitem', { name: `Step ${n}: ${name}` });

  // From a step's card: Tab reaches its main action, Add a pain point; the form takes the focus.
  await keys.tabTo(card(3, 'Pay'), 40, 'Shift+Tab');
  const addPain = async (step: string, quote: string) => {
    const before = keys.count;
    await keys.press('Tab');
    await expect(page.getByRole('button', { name: `Add a pain point to ${step}` })).toBeFocused();
    await keys.press('Enter');
    const form = page.getByRole('form', { name: `Add a pain point to ${step}` });
    await expect(form.getByRole('textbox', { name: 'What the customer said' })).toBeFocused();
    expect(keys.count - before).toBeLessThanOrEqual(10);
    await keys.type(quote);
    await keys.press('Control+Enter');
    await expect(page.getByRole('list', { name: `Pain points on ${step}` })).toContainText(quote);
  };
  await addPain('Pay', 'The pay button spins forever');
  // The new pain point has the focus; back to its step, then ↑ to the one before.
  await keys.tabTo(card(3, 'Pay'), 10, 'Shift+Tab');
  await keys.press('ArrowUp');
  await expect(card(2, 'Cart')).toBeFocused();
  await addPain('Cart', 'Coupons vanish at checkout');

  // Every step's main action, from its card, within 10 presses.
  for (const [n, name] of [
    [1, 'Browse'],
    [2, 'Cart'],
    [3, 'Pay'],
  ] as const) {
    await card(n, name).focus();
    const before = keys.count;
    await keys.press('Tab');
    await keys.press('Enter');
    const form = page.getByRole('form', { name: `Add a pain point to ${name}` });
    await expect(form.getByRole('textbox', { name: 'What the customer said' })).toBeFocused();
    expect(keys.count - before).toBeLessThanOrEqual(10);
    await keys.press('Escape');
    await expect(form).toBeHidden();
  }

  // Enter edits a step in place; Escape goes back; Alt+↑ moves it.
  await card(3, 'Pay').focus();
  await keys.press('Enter');
  await keys.tabTo(page.getByRole('textbox', { name: 'Stage', exact: true }), 3);
  await keys.type('Buy');
  await keys.press('Escape');
  await expect(card(3, 'Pay')).toBeFocused();
  await expect(card(3, 'Pay')).toContainText('Buy');
  await keys.press('Alt+ArrowUp');
  await expect(card(2, 'Pay')).toBeFocused();
  await expect(page.getByRole('list', { name: 'Pain points on Pay' })).toContainText(
    'The pay button spins forever',
  );
});
