import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { firstWorkbookAt, journeyWithStep, openArea } from './helpers';

const CHAT = [
  'copied from #incident-checkout',
  '10:42 alice: restarting the pool',
  '10:44 bob: errors still climbing on checkout, alice are you on it?',
  '10:47 alice: pool back, errors dropping',
].join('\n');

/** A new retrospective, from the list of the Retrospectives area, with a template if given. */
async function createRetro(page: Page, title: string, template?: string) {
  await page.getByRole('textbox', { name: 'Incident title' }).fill(title);
  if (template) await page.getByRole('combobox', { name: 'Template' }).selectOption(template);
  await page.getByRole('button', { name: 'Create retrospective' }).click();
}

async function tab(page: Page, name: RegExp | string) {
  await page
    .getByRole('tablist', { name: 'Parts of the retrospective' })
    .getByRole('tab', { name })
    .click();
}

async function addAccount(page: Page, role: string, saw: string) {
  await page.getByRole('textbox', { name: 'Participant’s role' }).fill(role);
  await page.getByRole('button', { name: 'Add narrative' }).click();
  const card = page.getByRole('article', { name: `Narrative of ${role}` });
  await card.getByRole('textbox', { name: 'What did you see?' }).fill(saw);
  return card;
}

async function addFactor(page: Page, text: string, category: string) {
  const form = page.getByRole('form', { name: 'Add a contributing factor' });
  await form.getByRole('textbox', { name: 'New factor' }).fill(text);
  await form.getByRole('combobox', { name: 'Category of the new factor' }).selectOption(category);
  await form.getByRole('button', { name: 'Add factor' }).click();
  await expect(page.getByRole('article', { name: `Contributing factor: ${text}` })).toBeVisible();
}

test('a facilitator runs a blameless retrospective and finds all of it after a reload', async ({
  page,
}) => {
  await firstWorkbookAt(page, 'SLOs');
  await page.getByRole('button', { name: 'New SLO' }).click();
  await page.getByRole('textbox', { name: 'SLO name' }).fill('Checkout completes');
  await page.getByRole('button', { name: 'Save SLO' }).click();
  await expect(page.getByRole('heading', { name: 'Checkout completes' })).toBeVisible();

  // Create from a template: its prompts ask what and how.
  await openArea(page, 'Retrospectives');
  await expect(page.getByText('No retrospectives are in this workbook yet.')).toBeVisible();
  await createRetro(page, 'Checkout errors, 20 Nov', 'SRE-book style postmortem');
  await expect(page.getByRole('heading', { name: 'Checkout errors, 20 Nov' })).toBeVisible();
  await page.getByLabel('Started').fill('2026-11-20T10:30');
  await page.getByLabel('Mitigated').fill('2026-11-20T10:48');
  await expect(page.getByLabel('Durations')).toContainText('to mitigate: 18 min');
  await page.getByRole('checkbox', { name: 'Checkout completes' }).check();
  await expect(
    page.getByRole('table', { name: 'Error budget spent by this incident' }),
  ).toContainText('From the duration');

  // A blame finding appears as the words are typed, and is dismissed.
  const detection = page.getByRole('textbox', { name: /^Detection: how did we find out/ });
  await detection.fill('Customers told us first. The engineer should have checked the dashboard.');
  const findings = page.getByRole('list', { name: /^Language to reconsider in Detection/ });
  await expect(findings).toContainText('should have checked');
  await expect(findings).toContainText('Ask instead');
  await findings
    .getByRole('button', { name: /^Dismiss the finding/ })
    .first()
    .click();
  await expect(findings).toHaveCount(0);

  // Paste a chat log: names become the roles the facilitator chooses.
  await tab(page, 'Timeline');
  await page.getByRole('button', { name: 'Paste a chat log…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste a chat log' });
  await dialog.getByRole('textbox', { name: 'Chat log' }).fill(CHAT);
  await dialog.getByLabel('Role for “alice”').fill('on-call SRE');
  await dialog.getByLabel('Role for “bob”').fill('support lead');
  await expect(dialog.getByText('1 line was not read')).toBeVisible();
  const drafts = dialog.getByRole('list', { name: 'Draft events' });
  await expect(drafts).toContainText('on-call SRE are you on it?');
  await expect(drafts).not.toContainText('alice');
  await dialog.getByRole('button', { name: 'Drop all' }).click();
  await expect(dialog.getByRole('button', { name: 'Add 0 events to the timeline' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Keep all' }).click();
  await drafts.getByRole('checkbox').nth(1).uncheck();
  await dialog.getByRole('button', { name: 'Add 2 events to the timeline' }).click();
  const timeline = page.getByRole('list', { name: 'Timeline events' });
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  await expect(timeline.getByRole('listitem').first()).toContainText('restarting the pool');
  // Enter on an event opens its fields in place; Escape goes back to reading it.
  const event1042 = timeline.getByRole('listitem', { name: 'event at 10:42' });
  await event1042.focus();
  await page.keyboard.press('Enter');
  await expect(event1042.getByRole('textbox', { name: 'What happened' })).toBeFocused();
  await event1042.getByRole('checkbox', { name: 'Decision point' }).check();
  await page.keyboard.press('Escape');
  await expect(event1042).toBeFocused();
  await expect(event1042).toContainText('Decision point');

  // Two accounts; one sees an event differently, and the timeline shows it.
  await tab(page, /^Narratives/);
  const sre = await addAccount(page, 'on-call SRE', 'Pool saturation on the DB dashboard');
  await addAccount(page, 'support lead', 'Tickets from three accounts');
  const lead = page.getByRole('article', { name: 'Narrative of support lead' });
  await lead.getByText('How this participant sees the timeline').click();
  await lead
    .getByRole('combobox', { name: /view of “restarting the pool”/ })
    .selectOption('differs');
  await lead
    .getByRole('textbox', { name: /note on “restarting the pool”/ })
    .fill('we were not told');
  await expect(sre).toBeVisible();

  // Two contributing factors.
  await tab(page, /^Contributing factors/);
  await addFactor(page, 'Pool size fixed at deploy time', 'technical');
  await addFactor(page, 'Support hears of errors before on-call does', 'process');
  // A factor links its events from a search, not from a wall of checkboxes.
  const factor = page.getByRole('article', {
    name: 'Contributing factor: Pool size fixed at deploy time',
  });
  await factor
    .getByRole('button', { name: 'Edit the factor “Pool size fixed at deploy time”' })
    .click();
  const find = factor.getByRole('combobox', { name: 'Link an event' });
  await find.fill('restarting');
  await expect(
    factor.getByRole('listbox', { name: 'Events to link' }).getByRole('option'),
  ).toHaveCount(1);
  await find.press('Enter');
  await expect(
    factor.getByRole('button', { name: /^Unlink the event 10:42 restarting the pool/ }),
  ).toBeVisible();
  await find.press('Escape');
  await find.press('Escape');
  await expect(factor).toBeFocused();
  await expect(factor.getByRole('list', { name: /^Events related to/ })).toContainText(
    '10:42 restarting the pool',
  );

  await tab(page, /^Timeline/);
  await expect(page.getByLabel('How the participants see the event at 10:42')).toContainText(
    'Differ: support lead (“we were not told”)',
  );
  // The time axis rings the event a participant sees differently.
  await expect(
    page.getByRole('figure', { name: 'Timeline on a time axis' }).getByRole('button', {
      name: /^Go to the event at 10:42 \(decision point; seen differently by support lead\)$/,
    }),
  ).toBeVisible();

  // An action item that protects the SLO.
  await tab(page, /^Action items/);
  const form = page.getByRole('form', { name: 'Add an action item' });
  await form.getByRole('textbox', { name: 'Action' }).fill('Alert on pool saturation');
  await form.getByRole('textbox', { name: 'Owning team or role' }).fill('payments team');
  await form.getByLabel('Due date').fill('2026-12-05');
  await form.getByRole('combobox', { name: 'Protects the SLO' }).selectOption('Checkout completes');
  await form.getByRole('button', { name: 'Add action item' }).click();
  await expect(
    page.getByRole('list', { name: 'Action items of this retrospective' }),
  ).toContainText(
    'owned by payments team · due 2026-12-05 · protects the SLO “Checkout completes”',
  );
  await page
    .getByRole('combobox', { name: 'Status of “Alert on pool saturation”' })
    .selectOption('in progress');

  // Run a session timer: start, pause, extend, reach the end gently, end it; soak follows.
  // The page's clock is Playwright's (see ./test), so the timebox passes in an instant.
  await tab(page, /^Sessions/);
  const first = page.getByRole('listitem', { name: 'Session: Timeline and impact' });
  await first.getByRole('button', { name: 'Start session' }).click();
  await expect(first.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.clock.runFor(60_000);
  await expect(first.getByRole('timer')).toHaveText(/^4[34]:\d\d$/);
  await first.getByRole('button', { name: 'Pause' }).click();
  await expect(first.getByRole('button', { name: 'Resume' })).toBeVisible();
  const paused = (await first.getByRole('timer').textContent())!;
  await page.clock.runFor(5 * 60_000);
  await expect(first.getByRole('timer')).toHaveText(paused);
  await first.getByRole('button', { name: 'Extend by 5 minutes' }).click();
  const [m, sec] = paused.split(':').map(Number);
  await expect(first.getByRole('timer')).toHaveText(`${m! + 5}:${String(sec).padStart(2, '0')}`);
  await first.getByRole('button', { name: 'Resume' }).click();
  await page.clock.runFor(50 * 60_000);
  await expect(first.getByRole('status')).toContainText('Time is up');
  await first.getByRole('button', { name: 'End session' }).click();
  // An ended session shows the time it took, not a countdown.
  await expect(first.getByRole('timer')).toHaveCount(0);
  await expect(first).toContainText(/5\d min( \d+ s)? taken · timebox 45 min \+ 5 min/);
  await expect(page.getByRole('status').filter({ hasText: 'Soak time' })).toContainText(
    'next session not before',
  );
  await expect(page.getByRole('list', { name: 'Agenda' })).toContainText(
    'How did “restarting the pool” look from the seat of support lead?',
  );

  // Reload: everything is still there.
  await page.reload();
  // The address keeps the place: the record opens again as it was, with no click.
  await tab(page, 'Incident');
  await expect(page.getByRole('textbox', { name: /^Detection: how did we find out/ })).toHaveValue(
    /should have checked/,
  );
  await expect(
    page.getByRole('list', { name: /^Language to reconsider in Detection/ }),
  ).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Checkout completes' })).toBeChecked();
  await expect(page.getByRole('tab', { name: 'Timeline (2)' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Narratives (2)' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Contributing factors (2)' })).toBeVisible();
  await tab(page, /^Timeline/);
  await expect(page.getByRole('listitem', { name: 'event at 10:42' })).toContainText(
    'Decision point',
  );
  await tab(page, /^Sessions/);
  await expect(page.getByRole('listitem', { name: 'Session: Timeline and impact' })).toContainText(
    'Ended',
  );
  await page.getByRole('tab', { name: 'Open action items' }).click();
  await expect(page.getByRole('table', { name: 'Open' })).toContainText('Alert on pool saturation');
  await expect(page.getByRole('table', { name: 'Open' })).toContainText('in progress');
  await expect(page.getByRole('table', { name: 'Open' })).toContainText(
    'the SLO “Checkout completes”',
  );
});

test('deleting a retrospective can be undone', async ({ page }) => {
  await firstWorkbookAt(page, 'Retrospectives');
  await createRetro(page, 'Login outage', 'Short review');
  // The parts are tabs: arrow keys move between them, End goes to the last.
  await page.getByRole('tab', { name: 'Incident' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Timeline' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByRole('tab', { name: 'Timeline' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('list', { name: 'Agenda' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete retrospective…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete retrospective' }).click();
  await expect(page.getByText('No retrospectives are in this workbook yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: 'Login outage' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Sessions (1)' })).toBeVisible();
});

test('a retrospective linked to a journey step shows on that step and on the map', async ({
  page,
}) => {
  await journeyWithStep(page, 'Checkout', 'Pay');

  await openArea(page, 'Retrospectives');
  await createRetro(page, 'Payment timeouts');
  await page.getByRole('checkbox', { name: 'Step Pay of Checkout' }).check();
  // A hurt step marks its journey as affected too.
  await expect(page.getByRole('checkbox', { name: 'Checkout', exact: true })).toBeChecked();
  await tab(page, /^Sessions/);
  await page.getByRole('textbox', { name: 'New open question' }).fill('Who restarted the pool?');
  await expect(
    page.getByRole('list', { name: 'Language to reconsider in New open question' }),
  ).toContainText('Person-focused');

  await openArea(page, 'Journeys');
  const step = page.getByRole('listitem', { name: /: Pay$/ });
  await expect(step).toContainText('Hurt in an incident: Payment timeouts');
  await page.getByRole('tab', { name: 'Map' }).click();
  await expect(page.getByRole('article', { name: 'Map step 1: Pay' })).toContainText(
    'Payment timeouts',
  );
  await page
    .getByRole('button', { name: 'Open the retrospective “Payment timeouts” (hurt Pay)' })
    .click();
  await expect(page.getByRole('heading', { name: 'Payment timeouts' })).toBeVisible();
});

test('a half-typed account and a pasted chat log survive a reload', async ({ page }) => {
  await firstWorkbookAt(page, 'Retrospectives');
  await createRetro(page, 'Queue backlog');
  await tab(page, 'Timeline');
  await page.getByRole('button', { name: 'Paste a chat log…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste a chat log' });
  await dialog.getByRole('textbox', { name: 'Chat log' }).fill('09:10 dana: queue depth climbing');
  await dialog.getByLabel('Role for “dana”').fill('platform on-call');

  await page.reload();
  // The address keeps the place: the record opens again as it was, with no click.
  await tab(page, /^Timeline/);
  await page.getByRole('button', { name: 'Paste a chat log…' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Chat log' })).toHaveValue(
    '09:10 dana: queue depth climbing',
  );
  await expect(dialog.getByLabel('Role for “dana”')).toHaveValue('platform on-call');
  await dialog.getByRole('button', { name: 'Add 1 event to the timeline' }).click();
  // Added: the draft is gone.
  await page.getByRole('button', { name: 'Paste a chat log…' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Chat log' })).toHaveValue('');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await openArea(page, 'Journeys');
  await page.getByRole('tab', { name: 'Customer accounts' }).click();
  await page.getByRole('textbox', { name: 'Account name' }).fill('Initech');
  await page.reload();
  await openArea(page, 'Journeys');
  await page.getByRole('tab', { name: 'Customer accounts' }).click();
  await expect(page.getByRole('textbox', { name: 'Account name' })).toHaveValue('Initech');
});

test('an answer typed just before the window closes is there when it opens again', async ({
  page,
}) => {
  await firstWorkbookAt(page, 'Retrospectives');
  await createRetro(page, 'Search outage');
  const impact = page.getByRole('textbox', { name: 'Customer impact in words' });
  await impact.fill('Shoppers could not find products for 20 minutes');
  await page.reload();
  // The address keeps the place: the record opens again as it was, with no click.
  await expect(page.getByRole('textbox', { name: 'Customer impact in words' })).toHaveValue(
    'Shoppers could not find products for 20 minutes',
  );
});

test('an action item edit not yet saved opens again after a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample workbook' }).click();
  await openArea(page, 'Retrospectives');
  const retro = page.getByRole('button', { name: 'Payment errors after the card-vault deploy' });
  await retro.click();
  await page.getByRole('tab', { name: /^Action items/ }).click();
  const action = 'Load-test client library updates before they ship';
  await page.getByRole('button', { name: `Edit the action “${action}”` }).click();
  const form = page.getByRole('form', { name: 'Edit the action item' });
  await form.getByRole('textbox', { name: 'Owning team or role' }).fill('release team');
  await page.reload();
  // The address keeps the place: the record opens again as it was, with no click.
  await page.getByRole('tab', { name: /^Action items/ }).click();
  await expect(form.getByRole('textbox', { name: 'Owning team or role' })).toHaveValue(
    'release team',
  );
  await form.getByRole('button', { name: 'Save action item' }).click();
  await expect(
    page.getByRole('list', { name: 'Action items of this retrospective' }),
  ).toContainText('owned by release team');
});

test('a long pasted chat log: every event on the time axis, the first hundred listed, any other a click away', async ({
  page,
}) => {
  await firstWorkbookAt(page, 'Retrospectives');
  await createRetro(page, 'Long night');
  await tab(page, 'Timeline');
  await page.getByRole('button', { name: 'Paste a chat log…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste a chat log' });
  const log = Array.from({ length: 300 }, (_, i) => {
    const time = `${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
    return `${time} ${i % 2 ? 'alice' : 'bob'}: step ${i} of the long night`;
  });
  await dialog.getByRole('textbox', { name: 'Chat log' }).fill(log.join('\n'));
  await dialog.getByRole('button', { name: 'Add 300 events to the timeline' }).click();
  // No one was given a role: the dialog asks before crediting every event to “participant”.
  await dialog.getByRole('button', { name: 'Add them as “participant”' }).click();

  const glance = page
    .getByRole('figure', { name: 'Timeline on a time axis' })
    .getByRole('button', { name: /^Go to the event at/ });
  const editable = page.getByRole('list', { name: 'Timeline events' }).getByRole('listitem');
  await expect(glance).toHaveCount(300);
  await expect(editable).toHaveCount(100);
  await expect(page.getByRole('status').filter({ hasText: 'The first 100 of 300' })).toBeVisible();

  // An event added by hand at the end is drawn with the first hundred, and the form is ready
  // for the next one.
  const form = page.getByRole('form', { name: 'Add an event' });
  await form.getByRole('textbox', { name: 'What happened' }).fill('Morning: all quiet');
  await form.getByRole('button', { name: 'Add event' }).click();
  await expect(glance).toHaveCount(301);
  await expect(editable).toHaveCount(101);
  await expect(editable.last()).toContainText('Morning: all quiet');
  await expect(form.getByRole('textbox', { name: 'What happened' })).toBeFocused();
  await expect(form.getByRole('textbox', { name: 'What happened' })).toHaveValue('');

  // Dots are one Tab stop, walked with the arrow keys: a dot far along brings its event's row,
  // focused (with the mouse, dots this close pick the nearest).
  await glance.first().focus();
  await page.keyboard.press('End');
  await expect(glance.last()).toBeFocused();
  await glance.nth(250).focus();
  await page.keyboard.press('ArrowRight');
  await expect(glance.nth(251)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(editable).toHaveCount(101);
  await expect(editable.nth(100)).toBeFocused();
  await expect(editable.nth(100)).toContainText('step 250 of the long night');
  await expect(page.getByRole('status').filter({ hasText: 'and the one chosen' })).toBeVisible();
  await page.getByRole('button', { name: 'Show all 301' }).click();
  await expect(editable).toHaveCount(301);

  // Deleted and put back by keyboard: focus goes to Undo, then to the event brought back.
  await editable
    .nth(2)
    .getByRole('button', { name: /^Delete the event at/ })
    .focus();
  await page.keyboard.press('Enter');
  await expect(editable).toHaveCount(300);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editable).toHaveCount(301);
  await expect(editable.nth(2)).toBeFocused();
});

test('open action items across retrospectives can be narrowed to one owning team', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample workbook' }).click();
  await expect(page.getByRole('button', { name: 'Checkout' })).toBeVisible();
  await openArea(page, 'Retrospectives');
  await page.getByRole('tab', { name: 'Open action items' }).click();
  const overview = page.getByRole('region', { name: 'Action items overview' });
  await expect(overview).toContainText('1 overdue, 3 open and on time.');
  await overview.getByRole('combobox', { name: 'Owned by' }).selectOption('payments team');
  await expect(overview).toContainText('0 overdue, 1 open and on time, owned by payments team.');
  await expect(overview.getByRole('table', { name: 'Overdue' })).toHaveCount(0);
  await expect(overview.getByRole('table', { name: 'Open' }).getByRole('row')).toHaveCount(2);
  await overview.getByRole('combobox', { name: 'Owned by' }).selectOption('every team and role');
  await expect(overview).toContainText('1 overdue, 3 open and on time.');

  // From the overview straight to the item, in its retrospective.
  await overview
    .getByRole('table', { name: 'Overdue' })
    .getByRole('button', { name: 'Payment errors after the card-vault deploy' })
    .click();
  await expect(page.getByRole('tab', { name: /^Action items/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Load-test client library updates' }),
  ).toBeFocused();
});
