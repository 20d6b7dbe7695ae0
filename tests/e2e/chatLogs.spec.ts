import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { firstWorkbookAt, openArea, workbookCommand } from './helpers';
import { statusWhenKeyLanded, workersStarted } from './windowAnswers';
import { bigPaste } from '../fixtures/bigChatPaste';

/** One conversation, as Slack's desktop app and as Microsoft Teams copy it. */
const SLACK = `Today
Ben Okafor  10:42 AM
checkout errors are up, Dana can you look at the pool?
Dana Ruiz  10:43 AM
on it, Ben. restarting the pool (edited)
10:45
@ben.okafor the pool is back; Ben's dashboard shows it
:white_check_mark:
2
3 replies
PagerDutyAPP  10:46 AM
Resolved: checkout 5xx, mail dana.ruiz@acme.example
`;

const TEAMS = `[10:42 AM] Ben Okafor
checkout errors are up, Dana can you look at the pool?
[10:43 AM] Dana Ruiz
on it, Ben. restarting the pool
(Edited)
[10:45 AM] Dana Ruiz
@ben.okafor the pool is back; Ben's dashboard shows it
like 1
[10:46 AM] PagerDuty
Resolved: checkout 5xx, mail dana.ruiz@acme.example
`;

const NAMES = /ben|okafor|dana|ruiz/i;

async function pasteLog(page: Page, log: string, lines: string) {
  await page.getByRole('button', { name: 'Paste a chat log…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste a chat log' });
  await dialog.getByRole('textbox', { name: 'Chat log' }).fill(log);
  await dialog.getByLabel('Day the log begins on').fill('2026-11-20');
  await dialog.getByLabel('Time zone of the log’s times').fill('UTC');
  await dialog.getByLabel('Role for “Ben Okafor”').fill('on-call SRE');
  await dialog.getByLabel('Role for “Dana Ruiz”').fill('database engineer');
  await dialog.getByLabel('Role for “PagerDuty”').fill('paging system');
  await expect(dialog.getByText(lines)).toBeVisible();
  // The facilitator sees every name found and what it becomes.
  const names = dialog.getByRole('group', { name: 'Names found in the messages' });
  await expect(
    names.getByRole('row', { name: /@ben\.okafor.*Ben Okafor.*on-call SRE/ }),
  ).toBeVisible();
  await expect(
    names.getByRole('row', { name: /dana\.ruiz@acme\.example.*Dana Ruiz/ }),
  ).toBeVisible();
  const drafts = dialog.getByRole('list', { name: 'Draft events' });
  await expect(drafts.getByRole('listitem')).toHaveCount(4);
  await expect(drafts).not.toContainText(NAMES);
  await dialog.getByRole('button', { name: 'Add 4 events to the timeline' }).click();
  await expect(dialog).toBeHidden();
}

async function timelineEvents(page: Page): Promise<string[]> {
  const timeline = page.getByRole('list', { name: 'Timeline events' });
  await expect(timeline.getByRole('listitem')).toHaveCount(4);
  const out: string[] = [];
  for (const item of await timeline.getByRole('listitem').all()) {
    const at = await item.getAttribute('aria-label');
    // Each event reads as a row: its role in bold, then what happened.
    const what = await item.locator('.event-what').innerText();
    const roles = item.locator('.event-role');
    const role = (await roles.count()) ? await roles.innerText() : '';
    out.push(`${at} | ${role} | ${what}`);
  }
  return out;
}

async function newRetro(page: Page, title: string) {
  await openArea(page, 'Retrospectives');
  const back = page.getByRole('button', { name: '← All retrospectives' });
  if (await back.isVisible()) await back.click();
  await page.getByRole('textbox', { name: 'Incident title' }).fill(title);
  await page.getByRole('button', { name: 'Create retrospective' }).click();
  await page
    .getByRole('tablist', { name: 'Parts of the retrospective' })
    .getByRole('tab', { name: /^Timeline/ })
    .click();
}

test('a Slack copy and a Teams copy of one conversation give the same events, with no names anywhere', async ({
  page,
}) => {
  // Two pastes, a report and an export: on two busy cores this takes longer than one step.
  test.slow();
  await firstWorkbookAt(page, 'Retrospectives');
  await newRetro(page, 'Pool exhaustion from Slack');
  // “Today”, a reaction, its count and the reply count.
  await pasteLog(page, SLACK, '4 lines were not read');
  const fromSlack = await timelineEvents(page);
  expect(fromSlack[0]).toContain('database engineer can you look at the pool?');
  expect(fromSlack[2]).toContain("on-call SRE the pool is back; on-call SRE's dashboard shows it");

  await newRetro(page, 'Pool exhaustion from Teams');
  await pasteLog(page, TEAMS, '2 lines were not read');
  expect(await timelineEvents(page)).toEqual(fromSlack);

  // Neither the Markdown report nor the workbook file holds a name.
  await openArea(page, 'Reports');
  await page.getByRole('combobox', { name: 'Report' }).selectOption('Retrospective');
  const preview = page.getByRole('article', { name: 'Report preview' });
  await expect(preview).toContainText('database engineer');
  await expect(preview).not.toContainText(NAMES);
  const download = page.waitForEvent('download');
  await workbookCommand(page, 'Export workbook');
  const file = await readFile((await (await download).path())!, 'utf8');
  expect(file).toContain('on-call SRE');
  expect(file).not.toMatch(NAMES);
});

test('a Slack export opened as files: its users.json names people, and no name reaches the timeline', async ({
  page,
}) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'slack-export-'));
  const users = path.join(dir, 'users.json');
  const day = path.join(dir, '2026-11-20.json');
  await writeFile(
    users,
    JSON.stringify([
      { id: 'U1', name: 'ben.okafor', real_name: 'Ben Okafor', profile: { display_name: 'benny' } },
      {
        id: 'U2',
        name: 'dana',
        real_name: 'Dana Ruiz',
        profile: { email: 'dana.ruiz@acme.example' },
      },
    ]),
  );
  await writeFile(
    day,
    JSON.stringify([
      {
        type: 'message',
        subtype: 'channel_join',
        user: 'U1',
        text: '<@U1> has joined the channel',
        ts: '1763633000.000100',
      },
      {
        type: 'message',
        user: 'U1',
        text: 'errors up, <@U2> can you look?',
        ts: '1763633100.000200',
      },
      {
        type: 'message',
        user: 'U2',
        text: 'on it benny, restarting the pool',
        ts: '1763633160.000300',
      },
    ]),
  );
  await firstWorkbookAt(page, 'Retrospectives');
  await newRetro(page, 'Pool exhaustion from a Slack export');
  await page.getByRole('button', { name: 'Paste a chat log…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste a chat log' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Open chat files…' }).click();
  await (await chooser).setFiles([users, day]);
  await expect(dialog.getByRole('status').filter({ hasText: 'Read as' })).toHaveText(
    'Read as Slack export (JSON): 2 messages.',
  );
  await expect(dialog.getByText('1 line was not read')).toBeVisible();
  await dialog.getByLabel('Role for “Ben Okafor”').fill('on-call SRE');
  await dialog.getByLabel('Role for “Dana Ruiz”').fill('database engineer');
  const drafts = dialog.getByRole('list', { name: 'Draft events' });
  await expect(drafts).toContainText('on-call SRE: errors up, database engineer can you look?');
  await expect(drafts).toContainText('database engineer: on it on-call SRE, restarting the pool');
  await dialog.getByRole('button', { name: 'Add 2 events to the timeline' }).click();
  const timeline = page.getByRole('list', { name: 'Timeline events' });
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  await expect(timeline).not.toContainText(NAMES);
});

test('at 900 x 600 the roles come first; adding with no role asks, and the events added can be undone', async ({
  page,
}) => {
  // Two pastes, two adds and an undo: on two busy cores this takes longer than one step.
  test.slow();
  await page.setViewportSize({ width: 900, height: 600 });
  await firstWorkbookAt(page, 'Retrospectives');
  await newRetro(page, 'Pool exhaustion, roles asked');
  await page.getByRole('button', { name: 'Paste a chat log…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste a chat log' });
  await dialog.getByRole('textbox', { name: 'Chat log' }).fill(TEAMS);
  await dialog.getByLabel('Day the log begins on').fill('2026-11-20');
  await dialog.getByLabel('Time zone of the log’s times').fill('UTC');
  // The roles sit right under the log: the first is in view without scrolling.
  await dialog.getByRole('textbox', { name: 'Chat log' }).scrollIntoViewIfNeeded();
  await expect(dialog.getByLabel('Role for “Ben Okafor”')).toBeInViewport();
  await page.screenshot({ path: test.info().outputPath('chat-roles-900x600.png') });

  const add = dialog.getByRole('button', { name: 'Add 4 events to the timeline' });
  await add.click();
  const question = dialog.getByRole('alert').filter({ hasText: 'No one has a role yet' });
  await expect(question).toContainText('all 4 events would say “participant”');
  await expect(question).toBeInViewport({ ratio: 1 });
  await expect(question.getByRole('button', { name: 'Give roles first' })).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('chat-roles-question-900x600.png') });
  await question.getByRole('button', { name: 'Give roles first' }).click();
  await expect(question).toBeHidden();
  const first = dialog.getByLabel('Role for “Ben Okafor”');
  await expect(first).toBeFocused();
  await expect(first).toBeInViewport();
  await first.fill('on-call SRE');
  await dialog.getByLabel('Role for “Dana Ruiz”').fill('database engineer');
  // One role given is enough: the others are “participant” by choice, not by accident.
  await add.click();
  await expect(dialog).toBeHidden();
  const timeline = page.getByRole('list', { name: 'Timeline events' });
  await expect(timeline.getByRole('listitem')).toHaveCount(4);
  await expect(timeline).toContainText('database engineer');

  await expect(page.getByText('Added 4 events from the chat log.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(timeline.getByRole('listitem')).toHaveCount(0);
  await expect(page.getByText('Took back 4 events added from the chat log.')).toBeVisible();

  // Asked again with no role at all, one may still go on, knowingly.
  await page.getByRole('button', { name: 'Paste a chat log…' }).click();
  await dialog.getByRole('textbox', { name: 'Chat log' }).fill(TEAMS);
  await dialog.getByLabel('Day the log begins on').fill('2026-11-20');
  await dialog.getByLabel('Time zone of the log’s times').fill('UTC');
  await add.click();
  await dialog.getByRole('button', { name: 'Add them as “participant”' }).click();
  await expect(dialog).toBeHidden();
  await expect(timeline.getByRole('listitem')).toHaveCount(4);
  await expect(timeline).not.toContainText(NAMES);
});

/** A 2 MB paste: a thousand-odd messages, one 5,000-character message, one line of 1 MB. */

test('a 2 MB paste with a 1 MB line is read in a worker while the window answers; a too-long message is said in words', async ({
  page,
}) => {
  // Handing 2 MB to the page and back is slow on two busy cores; the app's answer is the test.
  test.setTimeout(240_000);
  await firstWorkbookAt(page, 'Retrospectives');
  await newRetro(page, 'A very long chat');
  await page.getByRole('button', { name: 'Paste a chat log…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste a chat log' });
  await dialog.getByLabel('Day the log begins on').fill('2026-11-20');
  await dialog.getByLabel('Time zone of the log’s times').fill('UTC');
  const workers = workersStarted(page);
  const text = bigPaste();
  expect(text.length).toBeGreaterThan(2 * 1_048_576);
  // Pasted as a person pastes: one paste event carrying the clipboard's text. (Playwright's fill
  // would type 2 MB through the editing commands, which takes minutes by itself.)
  const box = dialog.getByRole('textbox', { name: 'Chat log' });
  await box.evaluate((node, value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    const paste = new ClipboardEvent('paste', {
      clipboardData: data,
      bubbles: true,
      cancelable: true,
    });
    node.dispatchEvent(paste);
  }, text);
  // Megabytes are read as a pasted file, never laid out in the text box.
  await expect(dialog.getByRole('group', { name: 'Opened files' })).toContainText(
    'pasted text (2.0 MB)',
  );
  const status = dialog.getByRole('status').filter({ hasText: /^(Reading|Read as)/ });
  // While the worker reads, the window answers: a key pressed now is handled while the status
  // still says the log is being read (it froze the window 14.4 s when read on this thread).
  await expect(status).toHaveText(/^Reading/);
  expect(await statusWhenKeyLanded(page, status)).toMatch(/^Reading/);
  await dialog.getByLabel('Time zone of the log’s times').fill('Europe/Berlin');
  await dialog.getByLabel('Time zone of the log’s times').fill('UTC');
  await expect(status).toHaveText(/^Read as Slack \(copied\): \d[\d,]* messages\.$/, {
    timeout: 120_000,
  });
  expect(workers.some((url) => url.includes('chatPreview.worker'))).toBe(true);

  await dialog.getByText(/lines? (?:was|were) not read/).click();
  const notRead = dialog.getByRole('list', { name: 'Lines not read' });
  await expect(notRead.getByRole('listitem').filter({ hasText: '1,048,576' })).toContainText(
    'Line 55 a line of 1,048,576 characters, longer than the 4,000 a timeline event holds',
  );
  await dialog.getByLabel('Role for “Ben Okafor”').fill('on-call SRE');
  const add = dialog.getByRole('button', { name: /^Add [\d,]+ events to the timeline$/ });
  await add.click();
  const error = dialog.getByRole('alert').filter({ hasText: 'line 3' });
  await expect(error).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: test.info().outputPath('chat-too-long-1280x720.png') });
  await expect(error).toHaveText(
    /The message on line 3 has 5,\d{3} characters; a timeline event holds at most 4,000\. Untick it, or shorten the log, then add\./,
  );
  await expect(dialog).not.toContainText('too_big');
  await expect(dialog).not.toContainText('"origin"');
  await dialog.getByRole('list', { name: 'Draft events' }).getByRole('checkbox').nth(1).uncheck();
  await add.click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  await expect(page.getByText(/^Added [\d,]+ events from the chat log\.$/)).toBeVisible();
});
