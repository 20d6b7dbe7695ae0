/* global document, DataTransfer, ClipboardEvent -- run in the page by page.evaluate */
// Part 4 of `npm run bench`: heavy work a person starts in the app, driven through its own
// screens in Chromium, each job timed beside the window's longest task while it ran (Long Tasks
// API). The goal is that no task on the window's thread passes 50 ms, whatever the job's own
// length: the job runs in a worker and the window keeps answering. Printed, never asserted.

import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const STALL_GOAL_MS = 50;

const seconds = (v) => `${(v / 1000).toFixed(1)} s`;

/** Watches the window's long tasks from the first script on, in the page's own clock. */
async function watchLongTasks(page) {
  await page.addInitScript(() => {
    globalThis.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        globalThis.__longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/**
 * Runs `start` (the person's action), then waits, checking every frame in the page, until
 * `done(arg)` holds (it notes the page's clock then), and gives the job's time and the longest
 * window task within it.
 */
async function job(page, start, [done, arg]) {
  const from = await page.evaluate(() => performance.now());
  await start();
  await page.waitForFunction(done, arg, { polling: 'raf', timeout: 600_000 });
  const to = await page.evaluate(() => globalThis.__doneAt);
  const longest = await page.evaluate(
    ([a, b]) =>
      Math.max(
        0,
        ...globalThis.__longTasks
          .filter((t) => t.end > a && t.start < b)
          .map((t) => Math.min(t.end, b) - Math.max(t.start, a)),
      ),
    [from, to],
  );
  return { ms: to - from, longest };
}

/** A status or alert whose text matches `pattern` (a RegExp's source). */
const statusShows = (pattern) => [
  (source) => {
    const re = new RegExp(source);
    const shown = [...document.querySelectorAll('[role=status],[role=alert]')].some((n) =>
      re.test(n.textContent ?? ''),
    );
    if (shown) globalThis.__doneAt = performance.now();
    return shown;
  },
  pattern,
];

/** The element labelled `label` has text matching `pattern`. */
const labelledShows = (label, pattern) => [
  ([name, source]) => {
    const shown = new RegExp(source).test(
      document.querySelector(`[aria-label="${name}"]`)?.textContent ?? '',
    );
    if (shown) globalThis.__doneAt = performance.now();
    return shown;
  },
  [label, pattern],
];

function csvOfSli(rows) {
  const lines = ['Time,good,total'];
  const start = Date.UTC(2026, 9, 1);
  for (let i = 0; i < rows; i += 1) {
    const total = 1000 + (i % 37);
    lines.push(`${new Date(start + i * 60_000).toISOString()},${total - (i % 5)},${total}`);
  }
  return lines.join('\n');
}

function csvOfAccounts(rows) {
  const lines = ['Account Name,ARR,Segment'];
  for (let i = 0; i < rows; i += 1)
    lines.push(
      `Bench account ${i},${10_000 + (i % 900) * 100},${i % 3 ? 'Mid-market' : 'Enterprise'}`,
    );
  return lines.join('\n');
}

/** YAML whose aliases would expand to ~12 million list items: read and refused in a worker. */
function aliasBomb() {
  const list = Array.from({ length: 120_000 }, (_, i) => `  - i${i}\n`).join('');
  const refs = Array.from({ length: 99 }, () => '  - *big\n').join('');
  return `big: &big\n${list}apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: x\nrefs:\n${refs}`;
}

/**
 * Chooses a file from disk, as a person does: handing Playwright the bytes instead would build
 * the file with script in the page, a long task of the bench's own.
 */
async function chooseFile(page, button, name, text) {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-stalls-')), name);
  writeFileSync(file, text);
  const chooser = page.waitForEvent('filechooser');
  await button.click();
  await (await chooser).setFiles(file);
}

/** `browser`: Chromium; `origin`: the bench server; `inputs`: from the bench page's windowStallInputs. */
export async function benchWindowStalls(browser, origin, inputs) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await watchLongTasks(page);
  await page.goto(`${origin}/app/index.html#/`);
  console.log(
    `\nHeavy work in the app, in Chromium: each job's time beside the window's longest task while it ran (goal ${STALL_GOAL_MS} ms)`,
  );
  const rows = [];
  const area = (name) =>
    page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name });

  const { longTimeline, chatPaste } = inputs;
  rows.push([
    `import a workbook of ${longTimeline.total.toLocaleString('en-US')} timeline events (${(longTimeline.text.length / 1e6).toFixed(0)} MB)`,
    await job(
      page,
      () =>
        chooseFile(
          page,
          page.getByRole('button', { name: 'Import a workbook file' }),
          'long.json',
          longTimeline.text,
        ),
      statusShows('Imported “Long timeline”'),
    ),
  ]);

  await area('Retrospectives').click();
  await page.getByRole('button', { name: longTimeline.title }).first().click();
  rows.push([
    `open that retrospective's Timeline tab`,
    await job(
      page,
      () =>
        page
          .getByRole('tablist', { name: 'Parts of the retrospective' })
          .getByRole('tab', { name: /^Timeline/ })
          .click(),
      labelledShows(
        'Timeline on a time axis',
        `${longTimeline.total.toLocaleString('en-US')} events`,
      ),
    ),
  ]);

  await page.getByRole('button', { name: '← All retrospectives' }).click();
  await page.getByRole('textbox', { name: 'Incident title' }).fill('Bench paste');
  await page.getByRole('button', { name: 'Create retrospective' }).click();
  await page
    .getByRole('tablist', { name: 'Parts of the retrospective' })
    .getByRole('tab', { name: /^Timeline/ })
    .click();
  await page.getByRole('button', { name: 'Paste a chat log…' }).click();
  const chat = page.getByRole('dialog', { name: 'Paste a chat log' });
  await chat.getByLabel('Day the log begins on').fill('2026-11-20');
  await chat.getByLabel('Time zone of the log’s times').fill('UTC');
  rows.push([
    `paste a chat log of ${(chatPaste.length / 1_048_576).toFixed(1)} MB with a 1 MB line`,
    await job(
      page,
      () =>
        chat.getByRole('textbox', { name: 'Chat log' }).evaluate((node, value) => {
          const data = new DataTransfer();
          data.setData('text/plain', value);
          node.dispatchEvent(
            new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
          );
        }, chatPaste),
      statusShows('^Read as '),
    ),
  ]);
  await chat.getByRole('button', { name: 'Cancel' }).click();

  await area('SLOs').click();
  await page.getByRole('button', { name: 'Import SLO files' }).click();
  const slo = page.getByRole('dialog', { name: 'Import SLO files' });
  rows.push([
    'read an SLO file of 99 aliases of a 120,000-item list (refused)',
    await job(
      page,
      () =>
        chooseFile(
          page,
          slo.getByRole('button', { name: /Choose (SLO|other) files/ }),
          'aliases.yaml',
          aliasBomb(),
        ),
      statusShows('too many times to read'),
    ),
  ]);
  await slo.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'New SLO' }).click();
  await page.getByRole('textbox', { name: 'SLO name' }).fill('Bench SLI');
  await page.getByRole('textbox', { name: 'Target (%)' }).fill('99.9');
  await page.getByRole('button', { name: 'Save SLO' }).click();
  await page.getByRole('button', { name: 'Import SLI data (CSV)' }).click();
  const sli = page.getByRole('dialog');
  const sliRows = 200_000;
  rows.push([
    `read an SLI CSV of ${sliRows.toLocaleString('en-US')} rows`,
    await job(
      page,
      () =>
        chooseFile(
          page,
          sli.getByRole('button', { name: /Choose a CSV file/ }),
          'sli.csv',
          csvOfSli(sliRows),
        ),
      labelledShows('Rows read', 'rows from'),
    ),
  ]);
  await sli.getByRole('button', { name: 'Cancel' }).click();

  await area('Journeys').click();
  await page.getByRole('tab', { name: 'Customer accounts' }).click();
  await page.getByRole('button', { name: 'Import from a CRM file…' }).click();
  const crm = page.getByRole('dialog', { name: 'Import accounts from a CRM file' });
  const accountRows = 50_000;
  rows.push([
    `read a CRM file of ${accountRows.toLocaleString('en-US')} accounts`,
    await job(
      page,
      () =>
        chooseFile(
          page,
          crm.getByRole('button', { name: /^Choose (a|another) CSV file…$/ }),
          'accounts.csv',
          csvOfAccounts(accountRows),
        ),
      statusShows('^Ready: '),
    ),
  ]);
  await context.close();

  for (const [name, r] of rows)
    console.log(
      `  ${name}: ${seconds(r.ms)}; the window's longest task meanwhile ${r.longest.toFixed(0)} ms (goal ${STALL_GOAL_MS} ms: ${(r.longest / STALL_GOAL_MS).toFixed(2)}x; ${((100 * r.longest) / r.ms).toFixed(1)}% of the job)`,
    );
  // What a CPU profile of the window's thread showed during these jobs (2026-12-08), so the
  // figures above are read with their causes; each is work left, not a limit of the platform.
  console.log(
    [
      "  where the window's time still goes (CPU profile of its thread):",
      '    import: the file is decoded to text in the window and the text copied to the worker twice (checked, then imported), ~240 ms per copy of 16 MB; handing the worker the file itself would leave the window nothing to do',
      "    Timeline tab: Dexie's live query notes the key of each of the 50,000 events it reads, to know when to read again (~300 ms), and IndexedDB hands the records over on the window's thread",
      "    paste: the pasted text is taken from the clipboard event and copied to the worker on the window's thread",
    ].join('\n'),
  );
}
