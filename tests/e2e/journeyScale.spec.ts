import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildWorkbookFile, serializeWorkbookFile } from '../../shared/domain/workbookFile';
import { buildScaleWorkbook } from '../fixtures/scaleWorkbook';
import { byPain, journeyPainScores } from '../../shared/journey/journeyPainScores';
import { openArea, workbookCommand } from './helpers';

/** From an empty profile, imports a generated workbook of `journeys` x `steps` x `pains` a step. */
async function importScaleWorkbook(page: Page, journeys: number, steps: number, pains: number) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'slo-scale-'));
  const file = path.join(dir, 'scale.json');
  const contents = buildScaleWorkbook(journeys, steps, pains);
  await writeFile(
    file,
    serializeWorkbookFile(buildWorkbookFile(contents, '0.1.0', '2026-01-01T00:00:00.000Z')),
  );
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a workbook file' }).click();
  await (await chooser).setFiles(file);
}

test('200 journeys: imported with progress, listed a screenful at a time, found and opened', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // 200 journeys x 20 steps, 5 pain points a step (20,000): the full 200,000 is in `npm run bench`.
  // The file is checked, then written, each in a worker, so the window stays live meanwhile.
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const databaseWorker = expect.stringMatching(/database\.worker-[\w-]+\.js$/);
  await importScaleWorkbook(page, 200, 20, 5);
  await expect(
    page.getByRole('progressbar', { name: 'Importing “Scale test”: progress' }),
  ).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Imported “Scale test”' })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByRole('dialog', { name: 'Importing “Scale test”' })).toBeHidden();
  expect(workers).toEqual([databaseWorker, databaseWorker]);

  await openArea(page, 'Journeys');
  const list = page.getByRole('list', { name: 'Journeys in this workbook' });
  await expect(list.getByRole('listitem').first()).toContainText('Journey 000');
  // Only the rows in view (and a few either side) are in the page.
  expect(await list.getByRole('listitem').count()).toBeLessThan(40);
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', '200');
  await expect(list.getByRole('listitem').first()).toContainText(/hurting|at risk|healthy/);

  // Scrolling to the end brings the last journeys in.
  await page.locator('.virtual-list').evaluate((box) => box.scrollTo(0, box.scrollHeight));
  await expect(list.getByRole('button', { name: 'Journey 199' })).toBeVisible();

  // Most customer impact first: 20,000 pain points added up in the worker, the top as expected.
  const scale = buildScaleWorkbook(200, 20, 5);
  const ranked = byPain(scale.journeys, journeyPainScores(scale.painPoints));
  await page.getByRole('combobox', { name: 'Order' }).selectOption('Most customer impact first');
  await page.locator('.virtual-list').evaluate((box) => box.scrollTo(0, 0));
  const top = list.getByRole('listitem').first();
  await expect(top.getByRole('button')).toHaveText(ranked[0]!.name);
  await expect(top).toContainText(
    `customer impact ${journeyPainScores(scale.painPoints)[ranked[0]!.id]}`,
  );
  expect(workers).toHaveLength(3);
  await page.getByRole('combobox', { name: 'Order' }).selectOption('By name');
  await expect(top.getByRole('button')).toHaveText('Journey 000');

  await page.getByRole('searchbox', { name: 'Find a journey' }).fill('Journey 187');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await list.getByRole('button', { name: 'Journey 187' }).click();
  await page.getByRole('tab', { name: 'Map' }).click();
  await expect(page.getByRole('article', { name: /^Map step/ })).toHaveCount(20);
  await expect(page.getByRole('article', { name: 'Map step 20: Step 19' })).toBeVisible();

  // The whole-workbook report of 20,000 pain points: made in a worker, so the window stays
  // live; the preview shows its start, and says so.
  await openArea(page, 'Reports');
  await expect(page.getByRole('status').filter({ hasText: 'Making the report…' })).toBeVisible();
  const preview = page.getByRole('article', { name: 'Report preview' });
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Workbook: Scale test', {
    timeout: 20_000,
  });
  await expect(preview.getByRole('note')).toContainText('Save writes the whole report');
  expect(workers).toHaveLength(4);

  // Exporting it reads and writes out the file in a worker too.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export this workbook as a file' }).click();
  const text = await readFile((await (await download).path())!, 'utf8');
  expect((JSON.parse(text) as { painPoints: unknown[] }).painPoints).toHaveLength(20_000);
  expect(workers).toEqual(Array(5).fill(databaseWorker));
  await expect(page.getByRole('status').filter({ hasText: 'Exported “Scale test”' })).toBeVisible();

  // Deleting all of it is one transaction, with progress shown meanwhile.
  await workbookCommand(page, 'Delete workbook…');
  await page
    .getByRole('dialog', { name: 'Delete “Scale test”?' })
    .getByRole('button', { name: 'Delete workbook' })
    .click();
  await expect(page.getByRole('heading', { name: 'Welcome to SLO Workbook' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('dialog', { name: 'Deleting “Scale test”' })).toBeHidden();
});

test('a step with many pain points lists the most painful first and the rest on request', async ({
  page,
}) => {
  await importScaleWorkbook(page, 1, 2, 12);
  await openArea(page, 'Journeys');
  await page.getByRole('button', { name: 'Journey 000' }).click();
  const pains = page.getByRole('list', { name: 'Pain points on Step 0' });
  await expect(pains.getByRole('listitem')).toHaveCount(8);
  const scores = await pains.getByText(/\(customer impact \d+\)/).allTextContents();
  const numbers = scores.map((t) => Number(/\d+/.exec(t)![0]));
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  await page.getByRole('button', { name: 'Show all 12 pain points on Step 0' }).click();
  await expect(pains.getByRole('listitem')).toHaveCount(12);
});

test('with 300 accounts, a pain point finds its accounts by name and survives a reload', async ({
  page,
}) => {
  await importScaleWorkbook(page, 1, 2, 1);
  await openArea(page, 'Journeys');
  await page.getByRole('button', { name: 'Journey 000' }).click();

  await page.getByRole('button', { name: 'Add a pain point to Step 1' }).click();
  const form = page.getByRole('form', { name: 'Add a pain point to Step 1' });
  const accounts = form.getByRole('group', { name: 'Accounts affected' });
  // Not 300 checkboxes: the first few, and a search for the rest.
  await expect(accounts.getByRole('checkbox')).toHaveCount(30);
  await expect(accounts).toContainText('270 more accounts: type to narrow the list.');
  const find = accounts.getByRole('searchbox', { name: 'Find an account' });
  await find.fill('account 12');
  await expect(accounts.getByRole('checkbox')).toHaveCount(10); // Account 120 to 129
  await find.fill('Account 123');
  await find.press('Enter');
  await expect(find).toHaveValue('');
  await expect(accounts.getByRole('checkbox', { name: 'Account 123' })).toBeChecked();
  await expect(accounts.getByRole('checkbox').first()).toHaveAccessibleName('Account 123');
  await find.fill('no such customer');
  await expect(accounts).toContainText('No other account has “no such customer” in its name.');
  await form.getByRole('textbox', { name: 'What the customer said' }).fill('Exports time out');

  // A reload keeps the half-made pain point, open, with its account.
  await page.reload();
  // The address keeps the place: the record opens again as it was, with no click.
  const again = page.getByRole('form', { name: 'Add a pain point to Step 1' });
  await expect(again.getByRole('textbox', { name: 'What the customer said' })).toHaveValue(
    'Exports time out',
  );
  await expect(again.getByRole('checkbox', { name: 'Account 123' })).toBeChecked();
  await again.getByRole('button', { name: 'Add pain point' }).click();
  await expect(page.getByRole('list', { name: 'Pain points on Step 1' })).toContainText(
    'Exports time out',
  );
  await expect(page.getByRole('list', { name: 'Pain points on Step 1' })).toContainText(
    'Account 123',
  );
  // Saved, the draft is gone: the form does not open by itself after another reload.
  await page.reload();
  // The address keeps the place: the record opens again as it was, with no click.
  await expect(page.getByRole('button', { name: 'Add a pain point to Step 1' })).toBeVisible();
});

test('in a workbook of many journeys, a retrospective finds the hurt step by name', async ({
  page,
}) => {
  await importScaleWorkbook(page, 20, 3, 0);
  await openArea(page, 'Retrospectives');
  await page.getByRole('textbox', { name: 'Incident title' }).fill('Exports stalled');
  await page.getByRole('button', { name: 'Create retrospective' }).click();

  const affected = page.getByRole('group', { name: 'Journeys and steps affected' });
  // Not 20 journeys of checkboxes: a search, and nothing listed until something is linked.
  await expect(affected.getByRole('checkbox')).toHaveCount(0);
  await expect(affected).toContainText(
    '20 more journeys: type to find the ones this incident hurt.',
  );
  const find = affected.getByRole('searchbox', { name: 'Find a journey or step' });
  await find.fill('journey 017');
  await expect(affected.getByRole('checkbox')).toHaveCount(4); // the journey and its 3 steps
  await affected.getByRole('checkbox', { name: 'Step Step 1 of Journey 017' }).check();
  await find.fill('nothing like it');
  await expect(affected).toContainText(
    'No other journey or step has “nothing like it” in its name.',
  );
  await find.fill('');
  // Linked, it stays in view, with its journey ticked too.
  await expect(affected.getByRole('checkbox', { name: 'Journey 017', exact: true })).toBeChecked();
  await expect(affected.getByRole('checkbox')).toHaveCount(4);
  await page.reload();
  // The address keeps the place: the record opens again as it was, with no click.
  await expect(
    page
      .getByRole('group', { name: 'Journeys and steps affected' })
      .getByRole('checkbox', { name: 'Step Step 1 of Journey 017' }),
  ).toBeChecked();
});
