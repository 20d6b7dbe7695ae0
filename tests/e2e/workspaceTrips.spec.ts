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
    await expect(summary.getByRole('link')).toHaveText(['Target (%)']);
    await expect(target).toHaveAccessibleDescription(/Type the target as a percentage/);
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

test('what was just created takes the focus: a workbook, a journey, a retrospective (keyboard only)', async ({
  page,
}) => {
  await firstWorkbookAt(page, 'Journeys');

  await workbookCommand(page, 'New workbook…');
  await page.keyboard.type('Globex');
  await page.keyboard.press('Enter');
  const journeyName = page.getByRole('textbox', { name: 'Journey name' });
  await expect(journeyName).toBeFocused();
  await expect(page.getByRole('main')).toHaveAccessibleName(/^Globex/);

  // A new journey: the focus is on "New step", its first action.
  await page.keyboard.type('Checkout');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Checkout', level: 2 })).toBeVisible();
  const newStep = page.getByRole('textbox', { name: 'New step' });
  await expect(newStep).toBeFocused();
  await page.keyboard.type('Pay');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listitem', { name: /: Pay$/ })).toBeVisible();

  // A new retrospective: the focus is on its title.
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('button', { name: 'Retrospectives' })
    .click();
  await page.getByRole('textbox', { name: 'Incident title' }).focus();
  await page.keyboard.type('Pool exhaustion');
  await page.keyboard.press('Enter');
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('Pool exhaustion');
});

for (const [width, height] of SIZES) {
  test(`a journey with no steps shows "New step" first, on the first screen, with no filter bar (${width}x${height})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await firstWorkbookAt(page, 'Journeys');
    await page.getByRole('textbox', { name: 'Journey name' }).fill('Onboarding');
    await page.getByRole('button', { name: 'Create journey' }).click();
    const newStep = page.getByRole('textbox', { name: 'New step' });
    await expect(newStep).toBeFocused();
    await expect(newStep).toBeInViewport({ ratio: 1 });
    // Nothing to filter yet: no filter bar.
    await expect(page.getByRole('group', { name: 'Show pain points' })).toHaveCount(0);
    await page.screenshot({ path: `/tmp/i29/empty-journey-${width}.png` });

    // From the top of the journey, "New step" is a few Tab presses away.
    await page.getByRole('button', { name: '← All journeys' }).focus();
    let presses = 0;
    while (presses < 8) {
      await page.keyboard.press('Tab');
      presses += 1;
      if (await newStep.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(newStep).toBeFocused();
    expect(presses).toBeLessThanOrEqual(6);

    // The step goes in from the same field, still with the keyboard.
    await page.keyboard.type('Sign up');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('listitem', { name: /: Sign up$/ })).toBeVisible();
    await expect(newStep).toBeFocused();
  });
}

for (const [width, height] of SIZES) {
  test(`Ctrl+K to a step lands on its card: scrolled into view, focused and highlighted (${width}x${height})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height });
    await firstWorkbookAt(page, 'Journeys');
    await page.getByRole('textbox', { name: 'Journey name' }).fill('Checkout');
    await page.getByRole('button', { name: 'Create journey' }).click();
    const newStep = page.getByRole('textbox', { name: 'New step' });
    await expect(newStep).toBeFocused();
    // Enough steps that the last is far below the fold.
    const names = Array.from({ length: 14 }, (_, i) => `Step number ${i + 1}`);
    names.push('Confirm the refund');
    for (const name of names) {
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
      await expect(newStep).toHaveValue('');
    }
    await expect(page.getByRole('listitem', { name: /: Confirm the refund$/ })).toBeAttached();
    await page
      .getByRole('navigation', { name: 'Areas' })
      .getByRole('button', { name: 'Reports' })
      .click();

    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Command palette' });
    await expect(dialog.getByRole('combobox', { name: 'Go to or run' })).toBeFocused();
    await page.keyboard.type('confirm refund');
    await expect(dialog.getByRole('option').first()).toContainText('Confirm the refund');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();

    const card = page.getByRole('listitem', { name: 'Step 15: Confirm the refund' });
    await expect(card).toBeFocused();
    await expect(card).toBeInViewport({ ratio: 0.5 });
    const plainCard = page.getByRole('listitem', { name: 'Step 14: Step number 14' });
    const background = (locator: typeof card) =>
      locator.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background(card)).not.toBe(await background(plainCard));
    await page.screenshot({ path: `/tmp/i29/palette-step-${width}.png` });

    // The mark goes when the person moves on.
    await page.keyboard.press('Shift+Tab');
    await expect(card).not.toBeFocused();
    await expect.poll(() => background(card)).toBe(await background(plainCard));
  });
}

for (const [width, height] of SIZES) {
  test(`a journey's report carries the revenue at risk its page shows, dated in words (${width}x${height})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the sample workbook' }).click();
    await page.getByRole('button', { name: 'Checkout' }).click();
    const figure = page.getByRole('group', { name: 'Revenue at risk on this journey' });
    const amount = (await figure.locator('strong').textContent()) ?? '';
    expect(amount).toMatch(/^\$[\d,]+$/);

    await page
      .getByRole('navigation', { name: 'Areas' })
      .getByRole('button', { name: 'Reports' })
      .click();
    await page.getByRole('combobox', { name: 'Report', exact: true }).selectOption('Journey map');
    await page.getByRole('combobox', { name: 'Journey map of' }).selectOption('Checkout');
    const preview = page.getByRole('article', { name: 'Report preview' });
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Journey: Checkout');
    await expect(preview).toContainText(`Revenue at risk on this journey: ${amount} (`);
    // When it was made, as people read a date, not "2026-12-01T12:00:00.000Z".
    await expect(preview).toContainText(/Made on\s*1 December 2026 at \d\d:\d\d/);
    await expect(preview).not.toContainText('T12:00:00');
    await page.screenshot({ path: `/tmp/i29/journey-report-${width}.png` });
  });
}

test('the Reports page says what this workbook has none of, for each kind', async ({ page }) => {
  await firstWorkbookAt(page, 'Reports');
  const kind = page.getByRole('combobox', { name: 'Report', exact: true });
  const words: [string, string][] = [
    ['Account review', 'no customer accounts yet'],
    ['SLO document', 'no SLOs yet'],
    ['Journey map', 'no journeys yet'],
    ['Retrospective', 'no retrospectives yet'],
  ];
  for (const [label, none] of words) {
    await kind.selectOption(label);
    const empty = page.getByText(/^This workbook has no /);
    await expect(empty).toContainText(none);
    for (const [, other] of words) if (other !== none) await expect(empty).not.toContainText(other);
  }
  await kind.selectOption('Account review');
  await page.screenshot({ path: `/tmp/i29/reports-empty-accounts.png` });
});

for (const [width, height] of SIZES) {
  test(`labels for every value, one look for Delete, one primary action (${width}x${height})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the sample workbook' }).click();
    await page.getByRole('button', { name: 'Checkout' }).click();

    // Step chips say what they are; "backed by none" says what is missing.
    const payCard = page.getByRole('listitem', { name: /^Step \d+: Pay$/ });
    await expect(payCard).toContainText(/Feels \w+ \([−+]?\d\)/);
    await expect(page.getByRole('main')).not.toContainText('backed by none');
    await payCard.focus();
    await page.keyboard.press('Enter');
    const fields = page.getByRole('group', { name: 'Edit step Pay' });
    await expect(fields.getByRole('textbox', { name: 'Step name' })).toBeFocused();
    const stage = await fields.getByRole('textbox', { name: 'Stage' }).boundingBox();
    const feels = await fields.getByRole('combobox', { name: 'Customer feels' }).boundingBox();
    // Side by side or one under the other, never one running under the other.
    const overlap =
      stage!.x < feels!.x + feels!.width &&
      feels!.x < stage!.x + stage!.width &&
      stage!.y < feels!.y + feels!.height &&
      feels!.y < stage!.y + stage!.height;
    expect(overlap).toBe(false);
    await fields.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/i29/step-edit-${width}.png` });
    await page.keyboard.press('Escape');

    // The account page says which is the segment and which the plan.
    await page.getByRole('tab', { name: 'Customer accounts' }).click();
    await page.getByRole('button', { name: 'Northwind Outfitters' }).first().click();
    await expect(page.getByRole('main')).toContainText('Segment: Retail · Plan: Enterprise');

    // One look for Delete: an action item's as a factor's.
    await page
      .getByRole('navigation', { name: 'Areas' })
      .getByRole('button', { name: 'Retrospectives' })
      .click();
    await page
      .getByRole('button', { name: /card-vault deploy/ })
      .first()
      .click();
    const color = (name: RegExp) =>
      page
        .getByRole('button', { name })
        .first()
        .evaluate((el) => getComputedStyle(el).color);
    await page.getByRole('tab', { name: /^Contributing factors/ }).click();
    const factorDelete = await color(/^Delete factor/);
    await page.getByRole('tab', { name: /^Action items/ }).click();
    expect(await color(/^Delete the action/)).toBe(factorDelete);

    // A session that ran says its unit.
    await page.getByRole('tab', { name: /^Sessions/ }).click();
    await expect(
      page.getByRole('listitem', { name: 'Session: Learn: what happened and how' }),
    ).toContainText('55 min taken');
  });
}

test('with one session running, the next one’s "Start session" is not the primary button', async ({
  page,
}) => {
  await firstWorkbookAt(page, 'Retrospectives');
  await page.getByRole('textbox', { name: 'Incident title' }).fill('Pool exhaustion');
  await page.getByRole('button', { name: 'Create retrospective' }).click();
  await page.getByRole('tab', { name: /^Sessions/ }).click();
  const sessions = page.getByRole('listitem', { name: /^Session: / });
  await expect(sessions.nth(1)).toBeVisible();
  const start = (n: number) => sessions.nth(n).getByRole('button', { name: 'Start session' });
  await expect(start(1)).toHaveClass(/primary/);
  await start(0).click();
  await expect(sessions.nth(0).getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(start(1)).not.toHaveClass(/primary/);
  await page.screenshot({ path: '/tmp/i29/sessions-one-running.png' });
});
