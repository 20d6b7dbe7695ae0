import { type Locator, type Page } from '@playwright/test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildWorkbookFile, serializeWorkbookFile } from '../../shared/domain/workbookFile';
import { buildSampleWorkbook } from '../../shared/sample/sampleWorkbook';
import { openArea } from './helpers';
import { E2E_NOW, expect, test } from './test';

const RETRO = 'sample-retro-card-vault';

/**
 * The sample workbook whose card-vault retrospective is the incident of issue 28: the deploy
 * that triggered it the evening before at 17:30, the incident next morning from 09:01, the
 * decision that ended it at 09:52. Times are this computer's local time, as the page shows them
 * (the browser runs in the same time zone as this test).
 */
function eveningBeforeWorkbook() {
  const sample = buildSampleWorkbook({ endMs: E2E_NOW });
  const day = new Date(E2E_NOW - 5 * 86_400_000);
  const local = (dayOffset: number, h: number, m: number) =>
    new Date(day.getFullYear(), day.getMonth(), day.getDate() + dayOffset, h, m).toISOString();
  const times = [local(-1, 17, 30), local(0, 9, 1), local(0, 9, 8), local(0, 9, 19)];
  times.push(local(0, 9, 31), local(0, 9, 52));
  let i = 0;
  const contents = {
    ...sample,
    workbook: { ...sample.workbook, name: 'Evening before' },
    retros: sample.retros.map((r) =>
      r.id === RETRO
        ? {
            ...r,
            startedAt: local(0, 9, 1),
            detectedAt: local(0, 9, 8),
            mitigatedAt: local(0, 9, 55),
            resolvedAt: local(0, 10, 40),
          }
        : r,
    ),
    timelineEvents: sample.timelineEvents.map((e) =>
      e.retroId === RETRO ? { ...e, at: times[i++]! } : e,
    ),
  };
  const title = sample.retros.find((r) => r.id === RETRO)!.title;
  const text = serializeWorkbookFile(
    buildWorkbookFile(contents, '0.1.0', new Date(E2E_NOW).toISOString()),
  );
  const dayMonth = (offset: number) =>
    new Date(day.getFullYear(), day.getMonth(), day.getDate() + offset).toLocaleDateString(
      'en-GB',
      { day: 'numeric', month: 'short' },
    );
  return { text, title, evening: dayMonth(-1), morning: dayMonth(0) };
}

async function openTimeline(page: Page, text: string, title: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'slo-multiday-'));
  const file = path.join(dir, 'evening-before.json');
  await writeFile(file, text);
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a workbook file' }).click();
  await (await chooser).setFiles(file);
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported “Evening before”' }),
  ).toBeVisible({
    timeout: 30_000,
  });
  await openArea(page, 'Retrospectives');
  await page.getByRole('button', { name: title }).first().click();
  await page
    .getByRole('tablist', { name: 'Parts of the retrospective' })
    .getByRole('tab', { name: /^Timeline/ })
    .click();
}

interface Box {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every piece of text drawn on the axis, where it is on the page. */
async function axisTexts(axis: Locator): Promise<Box[]> {
  return axis
    .locator('.axis-label, .axis-moment-label, .axis-tick, .axis-break-label')
    .evaluateAll((elements) =>
      elements.map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
}

const intersect = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function expectNoOverlap(axis: Locator) {
  const boxes = await axisTexts(axis);
  expect(boxes.length).toBeGreaterThan(4);
  const clashes: string[] = [];
  for (let i = 0; i < boxes.length; i += 1)
    for (let j = i + 1; j < boxes.length; j += 1)
      if (intersect(boxes[i]!, boxes[j]!)) clashes.push(`${boxes[i]!.text} × ${boxes[j]!.text}`);
  expect(clashes).toEqual([]);
  // Nothing runs past the axis's box either.
  const frame = (await axis.locator('.axis-plot').boundingBox())!;
  for (const box of boxes) {
    expect(box.x).toBeGreaterThanOrEqual(frame.x - 24);
    expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 24);
  }
  // Each label shows its whole text: none is cut short by its box.
  const cut = await axis
    .locator('.axis-label, .axis-moment-label')
    .evaluateAll((els) =>
      els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent),
    );
  expect(cut).toEqual([]);
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 900, height: 600 },
]) {
  test(`an incident with its deploy the evening before reads with dates and a zoomed axis at ${size.width}x${size.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    const { text, title, evening, morning } = eveningBeforeWorkbook();
    await openTimeline(page, text, title);
    const axis = page.getByRole('figure', { name: 'Timeline on a time axis' });
    await axis.scrollIntoViewIfNeeded();
    await page.screenshot({
      path: test.info().outputPath(`multiday-zoomed-${size.width}x${size.height}.png`),
    });

    // The list says which day each time is on.
    const times = page.getByRole('list', { name: 'Timeline events' }).locator('time.event-time');
    await expect(times.first()).toHaveText(`${evening} 17:30`);
    await expect(times.nth(1)).toHaveText(`${morning} 09:01`);
    await expect(times.last()).toHaveText(`${morning} 09:52`);
    // Each date and time stays clear of the words beside it.
    const clear = await page
      .getByRole('list', { name: 'Timeline events' })
      .locator('.event-reading')
      .evaluateAll((rows) =>
        rows.map((row) => {
          // The text's own extent: the element's box is its grid column, whatever spills.
          const range = document.createRange();
          range.selectNodeContents(row.querySelector('time')!);
          const time = range.getBoundingClientRect();
          const body = row.querySelector('.event-body')!.getBoundingClientRect();
          return time.right + 6 <= body.left;
        }),
      );
    expect(clear).toEqual(clear.map(() => true));

    // The axis is zoomed to the morning; the deploy sits in a marked break at its left edge.
    await expect(axis.locator('.axis-break-label')).toHaveText('⋯ 16 h earlier');
    await expect(axis).toContainText(`1 moment 16 h before the customer impact (${evening} 17:30)`);
    const dot = (name: string) => axis.getByRole('button', { name }).boundingBox();
    const deploy = (await dot(`Go to the event at ${evening} 17:30 (key moment)`))!;
    const start = (await dot(`Go to the event at ${morning} 09:01`))!;
    const decision = (await dot(`Go to the event at ${morning} 09:52 (decision point)`))!;
    const plot = (await axis.locator('.axis-plot').boundingBox())!;
    const breakBox = (await axis.locator('.axis-break').boundingBox())!;
    expect(deploy.x + deploy.width / 2).toBeLessThan(breakBox.x + breakBox.width);
    expect(start.x).toBeGreaterThan(breakBox.x + breakBox.width);
    // The morning's fifty-one minutes take a good part of the width (in the whole span of
    // seventeen hours they would take a twentieth of it).
    expect(decision.x - start.x).toBeGreaterThan(plot.width * 0.35);

    // The 9:52 decision keeps its label; the moments each have theirs; nothing overlaps.
    await expect(axis.locator('.axis-label', { hasText: '09:52 Decision point' })).toBeVisible();
    for (const moment of ['Started', 'Detected', 'Mitigated', 'Resolved'])
      await expect(axis.locator('.axis-moment-label', { hasText: moment })).toHaveText(moment);
    await expectNoOverlap(axis);

    // The whole span, on request: no break, days on the ticks, labels still apart.
    await axis.getByRole('button', { name: 'Show the whole span' }).click();
    await expect(axis.locator('.axis-break')).toHaveCount(0);
    await expect(axis.locator('.axis-tick', { hasText: morning })).toHaveCount(1);
    await expectNoOverlap(axis);
    await expect(axis.locator('.axis-label', { hasText: '09:52 Decision point' })).toBeVisible();
    await axis.screenshot({
      path: test.info().outputPath(`multiday-whole-${size.width}x${size.height}.png`),
    });
    await axis.getByRole('button', { name: 'Zoom to the customer impact' }).click();
    await expect(axis.locator('.axis-break')).toHaveCount(1);
  });
}

test('a one-day incident keeps times alone in the list and on the axis', async ({ page }) => {
  const sample = buildSampleWorkbook({ endMs: E2E_NOW });
  const text = serializeWorkbookFile(
    buildWorkbookFile(
      { ...sample, workbook: { ...sample.workbook, name: 'Evening before' } },
      '0.1.0',
      new Date(E2E_NOW).toISOString(),
    ),
  );
  const retro = sample.retros.find((r) => r.id === RETRO)!;
  await openTimeline(page, text, retro.title);
  const times = page.getByRole('list', { name: 'Timeline events' }).locator('time.event-time');
  await expect(times.first()).toHaveText(/^\d\d:\d\d$/);
  const axis = page.getByRole('figure', { name: 'Timeline on a time axis' });
  await expect(axis.locator('.axis-break')).toHaveCount(0);
  await expect(axis.getByRole('button', { name: 'Show the whole span' })).toHaveCount(0);
  await expectNoOverlap(axis);
});
