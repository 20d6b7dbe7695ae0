import AxeBuilder from '@axe-core/playwright';
import { type Browser, type Page } from '@playwright/test';
import { git, startGitServer, type GitServer } from '../main/git/gitHttpServer';
import { E2E_NOW, expect, test } from './test';
import { journeyWithStep, openArea } from './helpers';

/** Where the screenshots of the dialogs and the top bar go, to be looked at. */
const SHOTS = process.env['GIT_SHARE_SHOTS'] ?? '';
const TOKEN = 'e2e-token-7c1d';
let server: GitServer;

test.beforeAll(async () => {
  // Real git http-backend on loopback; pushing needs the token (as hosts take one: any user name).
  server = await startGitServer('x-access-token', TOKEN);
});
test.afterAll(async () => server?.close());

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const [w, h] of [
    [1280, 800],
    [900, 600],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `${SHOTS}/${name}-${w}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** A second person's browser: its own profile (storage), its clock at the same instant. */
async function secondProfile(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await context.clock.install({ time: E2E_NOW });
  return context.newPage();
}

async function gitCommand(page: Page, name: string) {
  await page.getByRole('button', { name: 'Workbook', exact: true }).click();
  await page.getByRole('menu', { name: 'Workbook' }).getByRole('menuitem', { name }).click();
}

async function fillConnect(page: Page, who: string, url: string, token = TOKEN) {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Repository address (HTTPS)' }).fill(url);
  await dialog.getByLabel('Access token').fill(token);
  await dialog.getByRole('textbox', { name: /Your name/ }).fill(who);
  await dialog
    .getByRole('textbox', { name: 'Your email' })
    .fill(`${who.toLowerCase()}@example.com`);
}

/** What axe finds on the page as it is (a dialog open, or the top bar with its words). */
async function axe(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}`));
}

const bar = (page: Page) => page.getByRole('group', { name: 'Git sync' });

async function addPain(page: Page, step: string, quote: string) {
  await page.getByRole('button', { name: `Add a pain point to ${step}` }).click();
  const form = page.getByRole('form', { name: `Add a pain point to ${step}` });
  await form.getByRole('textbox', { name: 'What the customer said' }).fill(quote);
  await form.getByRole('button', { name: 'Add pain point' }).click();
  await expect(page.getByRole('list', { name: `Pain points on ${step}` })).toContainText(quote);
}

async function rename(page: Page, name: string) {
  await gitCommand(page, 'Rename workbook…');
  await page.getByRole('textbox', { name: 'Workbook name' }).fill(name);
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

test('two profiles share a workbook through a git server, see each other’s work, and settle a conflict', async ({
  page: a,
  browser,
}) => {
  test.setTimeout(240_000);
  // A: a workbook with a journey, shared into the empty repository.
  await journeyWithStep(a, 'Checkout', 'Pay');
  await gitCommand(a, 'Share through git…');
  const share = a.getByRole('dialog', { name: 'Share “Acme” through git' });
  await expect(share).toContainText('SSH addresses (git@…) are not supported');
  await expect(share).toContainText('for this session only');
  await fillConnect(a, 'Ana', 'git@github.com:team/workbook.git');
  await share.getByRole('button', { name: 'Share' }).click();
  await expect(share.getByRole('alert')).toContainText('SSH addresses are not supported');
  await share.getByRole('textbox', { name: 'Repository address (HTTPS)' }).fill(server.url);
  await shot(a, 'share-dialog');
  expect(await axe(a)).toEqual([]);
  await share.getByRole('button', { name: 'Share' }).click();
  await expect(share).toHaveCount(0);
  await expect(bar(a).getByRole('status')).toHaveText('Synced just now');
  await shot(a, 'topbar-synced');

  // Sharing again into the now full repository is refused, pointing to "Open a shared workbook…".
  await gitCommand(a, 'Share through git…');
  await fillConnect(a, 'Ana', server.url);
  await a.getByRole('dialog').getByRole('button', { name: 'Share' }).click();
  await expect(a.getByRole('dialog').getByRole('alert')).toContainText('already holds a workbook');
  await expect(a.getByRole('dialog').getByRole('alert')).toContainText('Open a shared workbook…');
  await a.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  // B: another profile opens it as a new workbook, with the same journey.
  const b = await secondProfile(browser);
  // From the welcome screen: a new person has no workbook yet.
  await b.goto('/');
  await b.getByRole('button', { name: 'Open a shared workbook…' }).click();
  // Reading needs no token on this server: B's wrong one shows only when B first pushes.
  await fillConnect(b, 'Bo', server.url, 'not-the-token');
  await shot(b, 'open-dialog');
  await b.getByRole('dialog').getByRole('button', { name: 'Open' }).click();
  await expect(b.getByRole('dialog')).toHaveCount(0);
  await expect(bar(b).getByRole('status')).toHaveText('Synced just now');
  await openArea(b, 'Journeys');
  await b.getByRole('button', { name: 'Checkout', exact: true }).click();
  await expect(b.getByRole('listitem', { name: /: Pay$/ })).toBeVisible();

  // A adds a pain point: the top bar counts it, Ctrl+Shift+S sends it.
  await addPain(a, 'Pay', 'The pay button spins forever');
  await expect(bar(a).getByRole('status')).toHaveText(/^\d+ changes? not pushed$/);
  await shot(a, 'topbar-unpushed');
  expect(await axe(a)).toEqual([]);
  await a.keyboard.press('Control+Shift+S');
  await expect(bar(a).getByRole('status')).toHaveText('Synced just now');

  // B syncs and sees it.
  await bar(b).getByRole('button', { name: 'Sync' }).click();
  await expect(bar(b).getByRole('status')).toHaveText('Synced just now');
  await expect(b.getByRole('list', { name: 'Pain points on Pay' })).toContainText(
    'The pay button spins forever',
  );

  // Both rename the workbook; A syncs first; B is asked, and keeps its own.
  await rename(a, 'Acme EU');
  await rename(b, 'Acme US');
  await bar(a).getByRole('button', { name: 'Sync' }).click();
  await expect(bar(a).getByRole('status')).toHaveText('Synced just now');
  await bar(b).getByRole('button', { name: 'Sync' }).click();
  const review = b.getByRole('dialog', { name: 'Needs your choice: 1 conflict' });
  await expect(review).toContainText('Acme EU');
  await expect(review).toContainText('Acme US');
  await expect(review.getByRole('button', { name: 'Sync with these choices' })).toBeDisabled();
  await shot(b, 'conflict-review');
  expect(await axe(b)).toEqual([]);
  await review
    .getByRole('group', { name: /: name$/ })
    .getByRole('radio', { name: /Keep mine/ })
    .check();
  await review.getByRole('button', { name: 'Sync with these choices' }).click();
  // The host refuses B's token: B is asked again, and the choice made is sent once it is given.
  const again = b.getByRole('dialog', { name: 'Give the token again' });
  await expect(again).toContainText('did not accept the token');
  // Behind the dialog (inert while it is open), the top bar says it too.
  await expect(b.locator('header.topbar')).toContainText('did not accept the token');
  await shot(b, 'token-again');
  await again.getByLabel('Access token').fill(TOKEN);
  await again.getByRole('button', { name: 'Use this token' }).click();
  await expect(bar(b).getByRole('status')).toHaveText('Synced just now');
  await bar(a).getByRole('button', { name: 'Sync' }).click();
  await expect(a.getByRole('banner')).toContainText('Acme US');

  // The repository holds one commit per sync, each with its words and its author.
  const log = await git(server.bare, 'log', '--format=%an: %s', 'main');
  expect(log).toContain('Ana: Added a pain point “The pay button spins forever”');
  expect(log).toMatch(/Bo: .*workbook’s name/);
  await git(server.bare, 'fsck', '--strict');
});
