import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { firstWorkbookAt, journeyWithStep, openArea, workbookCommand } from './helpers';

async function addAccount(page: Page, name: string) {
  await page.getByRole('textbox', { name: 'Account name' }).fill(name);
  await page.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByRole('table', { name: 'Accounts' })).toContainText(name);
}

async function addPain(
  page: Page,
  step: string,
  quote: string,
  accounts: string[],
  severity: string,
) {
  await page.getByRole('button', { name: `Add a pain point to ${step}` }).click();
  const form = page.getByRole('form', { name: `Add a pain point to ${step}` });
  await form.getByRole('textbox', { name: 'What the customer said' }).fill(quote);
  for (const account of accounts) await form.getByRole('checkbox', { name: account }).check();
  await form.getByRole('combobox', { name: 'Severity' }).selectOption(severity);
  await form.getByRole('button', { name: 'Add pain point' }).click();
  await expect(page.getByRole('list', { name: `Pain points on ${step}` })).toContainText(quote);
}

const stepOrder = (page: Page) =>
  page.getByRole('list', { name: 'Steps' }).getByRole('listitem', { name: /^Step \d+: / });

/** Opens a step's fields in place, from its card. */
async function editStep(page: Page, step: string) {
  await page.getByRole('button', { name: `Edit step ${step}`, exact: true }).click();
  return page.getByRole('group', { name: `Edit step ${step}` });
}

test('a CSM maps a journey, adds pain from two accounts, reorders by keyboard and links an SLO', async ({
  page,
}) => {
  await firstWorkbookAt(page, 'Journeys');
  await page.getByRole('tab', { name: 'Customer accounts' }).click();
  await addAccount(page, 'Acme Corp');
  await addAccount(page, 'Globex');

  await page.getByRole('tab', { name: 'Journeys' }).click();
  await page.getByRole('textbox', { name: 'Journey name' }).fill('Checkout');
  await page.getByRole('textbox', { name: 'Persona' }).fill('Shop admin');
  await page.getByRole('button', { name: 'Create journey' }).click();
  await expect(page.getByRole('heading', { name: 'Checkout' })).toBeVisible();

  for (const name of ['Browse', 'Cart', 'Pay']) {
    await page.getByRole('textbox', { name: 'New step' }).fill(name);
    await page.getByRole('textbox', { name: 'New step' }).press('Enter');
    await expect(page.getByRole('listitem', { name: new RegExp(`: ${name}$`) })).toBeVisible();
  }
  // A step reads as a card; Enter on it opens its fields in place, Escape goes back to reading.
  const payCard = page.getByRole('listitem', { name: 'Step 3: Pay' });
  await payCard.focus();
  await page.keyboard.press('Enter');
  const payFields = page.getByRole('group', { name: 'Edit step Pay' });
  await expect(payFields.getByRole('textbox', { name: 'Step name' })).toBeFocused();
  await payFields.getByRole('combobox', { name: 'Customer feels' }).selectOption('-2');
  await page.keyboard.press('Escape');
  await expect(payFields).toBeHidden();
  await expect(payCard).toBeFocused();
  await expect(payCard).toContainText('Feels angry (−2)');

  await addPain(page, 'Pay', 'The pay button spins forever', ['Acme Corp', 'Globex'], 'critical');
  await addPain(page, 'Cart', 'Coupons vanish', ['Globex'], 'low');

  // A customer heard of for the first time is added from the pain point's form, and picked.
  await page.getByRole('button', { name: 'Add a pain point to Browse' }).click();
  const browseForm = page.getByRole('form', { name: 'Add a pain point to Browse' });
  await browseForm.getByRole('textbox', { name: 'New account' }).fill(' ');
  await browseForm.getByRole('textbox', { name: 'New account' }).press('Enter');
  await expect(browseForm.getByRole('alert')).toHaveText('Give the account a name.');
  await browseForm.getByRole('textbox', { name: 'New account' }).fill('Initech');
  await browseForm.getByRole('textbox', { name: 'New account' }).press('Enter');
  await expect(browseForm.getByRole('checkbox', { name: 'Initech' })).toBeChecked();
  await browseForm.getByRole('textbox', { name: 'New account' }).fill('globex');
  await browseForm.getByRole('button', { name: 'Add and pick' }).click();
  await expect(browseForm.getByRole('status')).toContainText(
    '“Globex” was already in the workbook',
  );
  await expect(browseForm.getByRole('checkbox', { name: 'Globex' })).toBeChecked();
  await browseForm.getByRole('button', { name: 'Cancel' }).click();
  // The focus goes back to what opened the form; wait for it, or it lands after the next move.
  await expect(page.getByRole('button', { name: 'Add a pain point to Browse' })).toBeFocused();

  // Reorder with the keyboard: Pay moves to the front, and keeps the focus.
  await stepOrder(page).nth(2).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(stepOrder(page).nth(1)).toHaveAccessibleName('Step 2: Pay');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(stepOrder(page).nth(0)).toHaveAccessibleName('Step 1: Pay');
  await expect(stepOrder(page).nth(0)).toBeFocused();
  // ↓ goes to the next card.
  await page.keyboard.press('ArrowDown');
  await expect(stepOrder(page).nth(1)).toBeFocused();
  // Browse and Cart share a stage, typed two ways.
  await (await editStep(page, 'Browse')).getByRole('textbox', { name: 'Stage' }).fill('Shop');
  // There is no Save button: the top bar says when typing is stored.
  const saveStatus = page.getByRole('banner').getByText(/Saving…|All changes saved/);
  await expect(saveStatus).toHaveText('Saving…');
  await expect(saveStatus).toHaveText('All changes saved on this computer');
  await (await editStep(page, 'Cart')).getByRole('textbox', { name: 'Stage' }).fill('shop');

  // From the painful step with no SLO, draft one prefilled with the step.
  await page.getByRole('button', { name: 'Draft an SLO for Pay' }).click();
  await expect(page.getByRole('textbox', { name: 'SLO name' })).toHaveValue('Pay works');
  await expect(page.getByRole('combobox', { name: 'Journey step it measures' })).toHaveValue(/.+/);
  await page.getByRole('button', { name: 'Save SLO' }).click();
  await expect(page.getByRole('heading', { name: 'Pay works' })).toBeVisible();

  await page.reload();
  await openArea(page, 'Journeys');
  await page.getByRole('button', { name: 'Checkout' }).click();
  await expect(stepOrder(page).nth(0)).toHaveAccessibleName('Step 1: Pay');

  await page.getByRole('tab', { name: 'Map' }).click();
  const pay = page.getByRole('article', { name: 'Map step 1: Pay' });
  await expect(pay).toContainText('Feels −2 angry');
  await expect(pay).toContainText('1 pain point · 2 accounts');
  await expect(pay).toContainText('Pay works: no data yet');
  await expect(page.getByRole('article', { name: 'Map step 3: Cart' })).toContainText(
    'No SLO measures this step',
  );
  // The stage spans the two cards of its steps, above them.
  const map = page.getByRole('region', { name: 'Journey map' });
  const band = (await map.getByText('Shop', { exact: true }).boundingBox())!;
  const browse = (await page.getByRole('article', { name: 'Map step 2: Browse' }).boundingBox())!;
  const cart = (await page.getByRole('article', { name: 'Map step 3: Cart' }).boundingBox())!;
  expect(Math.abs(band.x - browse.x)).toBeLessThan(2);
  expect(Math.abs(band.x + band.width - (cart.x + cart.width))).toBeLessThan(2);
  expect(band.y + band.height).toBeLessThanOrEqual(browse.y);
  // The emotion curve runs under the cards: each point below the centre of its step's card.
  const curve = page.getByRole('img', { name: /^Emotion curve: Pay -2/ });
  await expect(curve.getByText('−2 angry')).toBeVisible();
  const dots = curve.locator('.recharts-line-dots circle');
  await expect(dots).toHaveCount(3);
  const cards = page.getByRole('article', { name: /^Map step/ });
  for (let i = 0; i < 3; i += 1) {
    const card = (await cards.nth(i).boundingBox())!;
    const dot = (await dots.nth(i).boundingBox())!;
    expect(Math.abs(dot.x + dot.width / 2 - (card.x + card.width / 2))).toBeLessThan(12);
  }

  await page.getByRole('tab', { name: 'Priority list' }).click();
  const priorityTab = page.getByRole('region', { name: 'Priority list' });
  await expect(priorityTab).toBeVisible();

  // The journey list rolls the health up: Pay's SLO has no data yet, so Cart's pain is unwatched.
  await page.getByRole('button', { name: '← All journeys' }).click();
  await expect(page.getByRole('list', { name: 'Journeys in this workbook' })).toContainText(
    'at risk · 2 pain points on 2 steps · 1 painful step without an SLO · 1 SLO',
  );
  await page.getByRole('button', { name: 'Checkout' }).click();
  const priority = page.getByRole('region', { name: 'Priority list' });
  await expect(priority.getByRole('listitem').first()).toContainText('Pay: customer impact 30');
  await expect(priority).toContainText('critical (5) × 2 accounts × weekly (3) = 30');
  await expect(priority).toContainText('low (1) × 1 account × weekly (3) = 3');
  // Each ranked step says what measures it; an unmeasured one offers to start an SLO.
  await expect(priority.getByRole('listitem').first()).toContainText(
    'Measured by Pay works: no data yet',
  );
  await priority.getByRole('button', { name: 'Draft an SLO for Cart' }).click();
  await expect(page.getByRole('textbox', { name: 'SLO name' })).toHaveValue('Cart works');
});

test('pain points filter by account, and a deleted step comes back with undo', async ({ page }) => {
  await firstWorkbookAt(page, 'Journeys');
  await page.getByRole('tab', { name: 'Customer accounts' }).click();
  await addAccount(page, 'Acme Corp');
  await addAccount(page, 'Globex');
  await page.getByRole('tab', { name: 'Journeys' }).click();
  await page.getByRole('textbox', { name: 'Journey name' }).fill('Sign-up');
  await page.getByRole('button', { name: 'Create journey' }).click();
  await page.getByRole('textbox', { name: 'New step' }).fill('Verify email');
  await page.getByRole('button', { name: 'Add step' }).click();
  await addPain(page, 'Verify email', 'The email never arrives', ['Acme Corp'], 'high');
  await addPain(page, 'Verify email', 'Link expired', ['Globex'], 'medium');

  await page.getByRole('combobox', { name: 'Account' }).selectOption({ label: 'Globex' });
  const pains = page.getByRole('list', { name: 'Pain points on Verify email' });
  await expect(pains.getByRole('listitem')).toHaveCount(1);
  await expect(pains).toContainText('Link expired');
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(pains.getByRole('listitem')).toHaveCount(2);

  // Pain points stay editable: the severity changes, and the impact with it.
  await page.getByRole('button', { name: 'Edit pain point “Link expired”' }).click();
  const edit = page.getByRole('form', { name: 'Edit a pain point on Verify email' });
  await expect(edit.getByRole('textbox', { name: 'What the customer said' })).toHaveValue(
    'Link expired',
  );
  await edit.getByRole('combobox', { name: 'Severity' }).selectOption('critical');
  // An edit not yet saved survives a reload: the form opens again with the change in it.
  await page.reload();
  // The address keeps the place: the record opens again as it was, with no click.
  await expect(edit.getByRole('combobox', { name: 'Severity' })).toHaveValue('critical');
  await edit.getByRole('button', { name: 'Save pain point' }).click();
  await expect(pains.getByRole('listitem').filter({ hasText: 'Link expired' })).toContainText(
    'critical',
  );
  await expect(pains.getByRole('listitem').filter({ hasText: 'Link expired' })).toContainText(
    'customer impact 15',
  );

  await page.getByRole('tab', { name: 'Customer accounts' }).click();
  await page.getByRole('button', { name: 'Delete Globex' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted “Globex”' })).toContainText(
    'took it off 1 pain point',
  );
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('table', { name: 'Accounts' })).toContainText('Globex');
  await page.getByRole('tab', { name: 'Journeys' }).click();
  await expect(pains.getByRole('listitem').filter({ hasText: 'Link expired' })).toContainText(
    'Globex',
  );

  // By keyboard: the pressed Delete goes with its row, and focus lands on Undo, not nowhere.
  await (
    await editStep(page, 'Verify email')
  )
    .getByRole('button', { name: 'Delete step Verify email' })
    .focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('No steps yet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(pains.getByRole('listitem')).toHaveCount(2);
  // The step put back has the focus, as its card.
  await expect(page.getByRole('listitem', { name: 'Step 1: Verify email' })).toBeFocused();

  // Ctrl+Z undoes a delete too, but not while typing: there it undoes the typing.
  await page.getByRole('button', { name: 'Delete pain point “Link expired”' }).click();
  await expect(pains.getByRole('listitem')).toHaveCount(1);
  // Deleting a pain point leaves the focus on its step, not at the top of the page.
  await expect(page.getByRole('listitem', { name: 'Step 1: Verify email' })).toBeFocused();
  const stepName = (await editStep(page, 'Verify email')).getByRole('textbox', {
    name: 'Step name',
  });
  await stepName.focus();
  await page.keyboard.press('Control+z');
  await expect(pains.getByRole('listitem')).toHaveCount(1);
  await expect(stepName).toHaveValue('Verify email');
  await page.getByRole('heading', { name: 'Sign-up' }).click();
  await page.keyboard.press('Control+z');
  await expect(pains.getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeHidden();

  // Deleting the workbook names everything it would take with it.
  await workbookCommand(page, 'Delete workbook…');
  const confirm = page.getByRole('dialog', { name: 'Delete “Acme”?' });
  await expect(confirm).toContainText('1 journey with 2 pain points and 2 customer accounts.');
  await confirm.getByRole('button', { name: 'Keep workbook' }).click();
});

test('steps reorder by drag and drop, and deleting a journey asks first', async ({ page }) => {
  await firstWorkbookAt(page, 'Journeys');
  await page.getByRole('textbox', { name: 'Journey name' }).fill('Onboarding');
  await page.getByRole('button', { name: 'Create journey' }).click();
  for (const name of ['Invite team', 'Connect data', 'First report']) {
    await page.getByRole('textbox', { name: 'New step' }).fill(name);
    await page.getByRole('button', { name: 'Add step' }).click();
    await expect(page.getByRole('listitem', { name: new RegExp(`: ${name}$`) })).toBeVisible();
  }
  await page
    .getByRole('listitem', { name: 'Step 3: First report' })
    .locator('.drag-handle')
    .dragTo(page.getByRole('listitem', { name: 'Step 1: Invite team' }));
  await expect(stepOrder(page).nth(0)).toHaveAccessibleName('Step 1: First report');
  // A step deleted from the middle hands the focus to the step after it, where it was.
  await (
    await editStep(page, 'Invite team')
  )
    .getByRole('button', { name: 'Delete step Invite team' })
    .click();
  await expect(page.getByRole('listitem', { name: 'Step 2: Connect data' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('listitem', { name: 'Step 2: Invite team' })).toBeFocused();

  // The journey's own fields: Escape leaves them as they were, a blank name is refused.
  await page.getByRole('button', { name: 'Edit journey' }).click();
  const header = page.getByRole('form', { name: 'Edit journey' });
  await header.getByRole('textbox', { name: 'Persona' }).fill('Data lead');
  await header.getByRole('textbox', { name: 'Persona' }).press('Escape');
  await expect(header).toBeHidden();
  await expect(page.getByText('Data lead')).toBeHidden();
  await page.getByRole('button', { name: 'Edit journey' }).click();
  await expect(header.getByRole('textbox', { name: 'Persona' })).toHaveValue('');
  await header.getByRole('textbox', { name: 'Journey name' }).fill(' ');
  await header.getByRole('button', { name: 'Save journey' }).click();
  await expect(header).toContainText('Give the journey a name');
  await header.getByRole('textbox', { name: 'Journey name' }).fill('Onboarding');
  await header.getByRole('textbox', { name: 'Persona' }).fill('Data lead');
  await header.getByRole('button', { name: 'Save journey' }).click();
  await expect(page.getByText('Data lead ·')).toBeVisible();

  await page.getByRole('button', { name: 'Delete journey' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete the journey “Onboarding”?' });
  await expect(confirm).toContainText('its 3 steps and 0 pain points');
  await confirm.getByRole('button', { name: 'Keep journey' }).click();
  await expect(page.getByRole('heading', { name: 'Onboarding' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete journey' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete journey' }).click();
  await expect(page.getByRole('heading', { name: 'Journeys', exact: true })).toBeVisible();
  await expect(page.getByText('No journeys are mapped in this workbook yet')).toBeVisible();
});

test('typing saved as you type survives closing the page at once', async ({ page }) => {
  await journeyWithStep(page, 'Renewal', 'Get the invoice');
  const expects = (await editStep(page, 'Get the invoice')).getByRole('textbox', {
    name: 'The customer expects',
  });
  await expects.fill('The invoice names our PO number');
  // No pause for the autosave: the page goes away straight after the typing.
  await page.reload();
  // The address keeps the place: the record opens again as it was, with no click.
  await expect(page.getByRole('listitem', { name: 'Step 1: Get the invoice' })).toContainText(
    'Expects: The invoice names our PO number',
  );
});

test('typing the disk has no room for stays on screen, is said not saved, and is stored after a reload', async ({
  page,
}) => {
  await journeyWithStep(page, 'Checkout', 'Pay');
  const expects = (await editStep(page, 'Pay')).getByRole('textbox', {
    name: 'The customer expects',
  });

  // The disk fills up: every IndexedDB write is refused as the browser refuses it then.
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    (window as unknown as { restorePut: () => void }).restorePut = () => {
      IDBObjectStore.prototype.put = put;
    };
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    };
  });
  await expects.fill('Paid in one click');
  await expect(page.getByRole('alert').filter({ hasText: 'no room left' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Last change not saved');
  await expect(expects).toHaveValue('Paid in one click');

  // Room again; the window is reloaded: the typing kept aside is stored and shown.
  await page.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
  await page.reload();
  // The address keeps the place: the record opens again as it was, with no click.
  await expect(page.getByRole('listitem', { name: 'Step 1: Pay' })).toContainText(
    'Expects: Paid in one click',
  );
  await expect(page.getByRole('banner')).toContainText('All changes saved');
});

test('Ctrl+S stores what was just typed at once and says how saving works', async ({ page }) => {
  await journeyWithStep(page, 'Checkout', 'Pay');
  // Timers stand still from here: the autosave's pause after typing never ends by itself.
  const pageNow = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(pageNow + 60_000);
  await (
    await editStep(page, 'Pay')
  )
    .getByRole('textbox', { name: 'The customer expects' })
    .fill('Paid in one click');
  const saveStatus = page.getByRole('banner').getByText(/Saving…|All changes saved/);
  await expect(saveStatus).toHaveText('Saving…');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'as you go' })).toBeVisible();
  await expect(saveStatus).toHaveText('All changes saved on this computer');
});
