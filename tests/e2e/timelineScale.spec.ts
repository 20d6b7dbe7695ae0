import { type Page } from '@playwright/test';
import { E2E_NOW, expect, test } from './test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { longTimelineWorkbook } from '../fixtures/longTimelineWorkbook';
import { openArea } from './helpers';

const EVENTS = 50_000;

/** The sample workbook with a retrospective of 50,000 timeline events (a very long chat log). */
async function importLongTimeline(
  page: Page,
): Promise<{ title: string; total: number; decisionTime: string }> {
  const { text, ...long } = longTimelineWorkbook(E2E_NOW, EVENTS);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'slo-timeline-'));
  const file = path.join(dir, 'long.json');
  await writeFile(file, text);
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a workbook file' }).click();
  await (await chooser).setFiles(file);
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported “Long timeline”' }),
  ).toBeVisible({
    timeout: 90_000,
  });
  return long;
}

test('a retrospective of 50,000 timeline events opens its timeline, scrolls and stays answering', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const { title, total, decisionTime } = await importLongTimeline(page);
  await openArea(page, 'Retrospectives');
  await page.getByRole('button', { name: title }).first().click();
  await page
    .getByRole('tablist', { name: 'Parts of the retrospective' })
    .getByRole('tab', { name: /^Timeline/ })
    .click();

  const axis = page.getByRole('figure', { name: 'Timeline on a time axis' });
  await expect(axis).toContainText(`${total.toLocaleString('en-US')} events`, {
    timeout: 60_000,
  });
  // The list draws a page of rows, not fifty thousand.
  const rows = page.getByRole('list', { name: 'Timeline events' }).getByRole('listitem');
  expect(await rows.count()).toBeLessThanOrEqual(120);
  await expect(page.getByRole('status').filter({ hasText: /open for editing/ })).toContainText(
    `of ${total.toLocaleString('en-US')} events`,
  );

  // The marked decision is a dot to pick on the axis, and brings its row into view.
  const decisionAt = new Date(Date.parse(decisionTime)).toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
  // Its date goes before the time when the long log runs past midnight ("9 Nov 23:33").
  await axis
    .getByRole('button', {
      name: new RegExp(`^Go to the event at (\\d+ \\w+ )?${decisionAt} \\(decision point\\)$`),
    })
    .click();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Message 20001 in the incident channel' }),
  ).toBeFocused();

  // The window still answers typing at once.
  await page.mouse.wheel(0, 4000);
  const words = page.getByRole('textbox', { name: 'What happened' }).last();
  await words.fill('Checked the long timeline');
  await expect(words).toHaveValue('Checked the long timeline');
});
