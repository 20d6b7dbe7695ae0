/* global document, indexedDB, location, requestAnimationFrame, addEventListener -- run in the page by page.evaluate */
// Part 3 of `npm run bench`: the app itself, built, in Chromium, on the 200-journey workbook that
// part 2 left in IndexedDB (same origin). Interaction latency is read from the Event Timing API
// as INP reads it (the longest event of each interaction), and the time from a click to its
// content on screen from the page's own clock. Printed beside their goals; never asserted.

const INTERACTION_GOAL_MS = 50;
const ON_SCREEN_GOAL_MS = 150;

const p95 = (xs) => {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
};
const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : 'n/a');

/** Watches every interaction from here on; `take()` returns and forgets their durations. */
async function watchInteractions(page) {
  await page.evaluate(() => {
    const byInteraction = new Map();
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.interactionId) continue;
        byInteraction.set(
          entry.interactionId,
          Math.max(byInteraction.get(entry.interactionId) ?? 0, entry.duration),
        );
      }
    }).observe({ type: 'event', buffered: false, durationThreshold: 16 });
    globalThis.__takeInteractions = async () => {
      // Event Timing entries arrive after the next frame is painted.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 60)));
      const durations = [...byInteraction.values()];
      byInteraction.clear();
      return durations;
    };
    // The time of the last pointer or key press, and a wait for what it should bring.
    globalThis.__lastInput = 0;
    for (const type of ['pointerdown', 'keydown'])
      addEventListener(type, (e) => (globalThis.__lastInput = e.timeStamp), true);
    globalThis.__onScreenAfterInput = (selector) =>
      new Promise((resolve) => {
        const check = () => {
          if (document.querySelector(selector)) resolve(performance.now() - globalThis.__lastInput);
          else requestAnimationFrame(check);
        };
        check();
      });
  });
  return {
    take: () => page.evaluate(() => globalThis.__takeInteractions()),
    onScreen: (selector) => page.evaluate((s) => globalThis.__onScreenAfterInput(s), selector),
  };
}

/**
 * Time to the first screen, on the page's own clock: from navigation start to the first frame
 * in which the watched selector has a size (a blank page: its first frame). Checked every frame by the
 * page itself; Playwright's own waiting (a round trip per poll) would add hundreds of ms.
 */
async function firstScreen(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => globalThis.__shownAt !== undefined, null, { timeout: 60_000 });
  return page.evaluate(() => globalThis.__shownAt);
}

/** In the page: opens the app's database and reads the workbooks and one workbook's journeys. */
async function readListRaw() {
  const request = (req) =>
    new Promise((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const start = performance.now();
  const db = await request(indexedDB.open('slo-workbook'));
  const tx = db.transaction(['workbooks', 'journeys'], 'readonly');
  const workbooks = await request(tx.objectStore('workbooks').getAll());
  await request(tx.objectStore('journeys').index('workbookId').getAll(workbooks[0].id));
  const elapsed = performance.now() - start;
  db.close();
  return elapsed;
}

/** Watches, from the first script on each page, for the frame in which `selector` shows. */
async function watchFirstScreen(page, selector) {
  await page.addInitScript((wanted) => {
    const blank = location.pathname.endsWith('blank.html');
    const check = () => {
      const el = blank ? document.body : document.querySelector(wanted);
      if (el && (blank || el.getBoundingClientRect().height > 0))
        globalThis.__shownAt = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, selector);
}

/** `context`: the browser context whose IndexedDB holds the 200-journey workbook. */
export async function benchInteractions(context, origin) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  console.log('\nThe app on the 200-journey workbook, in Chromium (Event Timing, as INP reads it)');

  // Cold start of the app beside a blank page of the same build and server.
  const blank = [];
  const app = [];
  const list = '[aria-label="Journeys in this workbook"] li';
  await watchFirstScreen(page, list);
  const rawRead = [];
  for (let i = 0; i < 5; i += 1) {
    blank.push(await firstScreen(page, `${origin}/app/blank.html`));
    // What the first screen reads, straight from IndexedDB on a page that just loaded: the
    // workbooks and the open workbook's journeys.
    rawRead.push(await page.evaluate(readListRaw));
    app.push(await firstScreen(page, `${origin}/app/index.html#/`));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(
    `  first screen (the journey list drawn): ${ms(median(app))} vs a blank page of the same build ${ms(median(blank))}: ratio ${(median(app) / median(blank)).toFixed(1)}x; vs the blank page plus reading the list's records raw from IndexedDB ${ms(median(blank) + median(rawRead))}: ratio ${(median(app) / (median(blank) + median(rawRead))).toFixed(1)}x (medians of 5)`,
  );

  const watch = await watchInteractions(page);
  const rows = [];
  const record = async (name, run, repeat = 8) => {
    const latencies = [];
    const onScreen = [];
    for (let i = 0; i < repeat; i += 1) {
      const shown = await run(i);
      // A run returns the time to its content on screen, or that with the interactions it
      // measured itself (when it does more, unmeasured, after them).
      const own = typeof shown === 'object' ? shown : null;
      const screenMs = own ? own.onScreen : shown;
      if (typeof screenMs === 'number') onScreen.push(screenMs);
      latencies.push(...(own ? own.measured : await watch.take()));
    }
    rows.push({ name, p95: p95(latencies), count: latencies.length, onScreen: p95(onScreen) });
  };
  const journeyButton = (i) =>
    page.getByRole('button', { name: `Journey ${String(i).padStart(3, '0')}`, exact: true });

  await record('open a journey from the list', async (i) => {
    await journeyButton(i + 1).click();
    const shown = await watch.onScreen('#journey-title');
    await page.getByRole('button', { name: '← All journeys' }).click();
    await page.waitForSelector(list);
    return shown;
  });
  await record('open the journey list', async (i) => {
    await journeyButton(i + 1).click();
    await page.waitForSelector('#journey-title');
    await watch.take(); // only the click back to the list is measured here
    await page.getByRole('button', { name: '← All journeys' }).click();
    return watch.onScreen(list);
  });
  await journeyButton(1).click();
  await page.getByRole('button', { name: 'Edit step Step 1', exact: true }).click();
  const stage = page.getByRole('textbox', { name: 'Stage', exact: true });
  await stage.click();
  await watch.take();
  await record(
    'type in a step',
    async () => {
      await page.keyboard.type('abcde', { delay: 30 });
    },
    4,
  );
  await page.keyboard.press('Escape');
  await watch.take();
  for (const [tab, shown] of [
    ['Map', '[aria-label="Journey map"]'],
    ['Priority list', '[aria-label="Priority list"]'],
    ['Steps and pain points', '[aria-label="Steps"]'],
  ]) {
    await record(
      `switch to the ${tab} tab`,
      async () => {
        await page.getByRole('tab', { name: tab }).click();
        const onScreen = await watch.onScreen(shown);
        const measured = await watch.take();
        // Back to another tab, unmeasured, so the next click switches again.
        await page.getByRole('tab', { name: tab === 'Map' ? 'Priority list' : 'Map' }).click();
        await page.waitForTimeout(50);
        await watch.take();
        return { onScreen, measured };
      },
      // Twenty switches each: with four, p95 was the single slowest one.
      20,
    );
  }
  await page.keyboard.press('Control+k');
  const find = page.getByRole('combobox', { name: 'Go to or run' });
  await find.waitFor();
  await watch.take();
  await record(
    'filter in the palette',
    async () => {
      await find.fill('');
      await page.keyboard.type('Journey 1', { delay: 40 });
    },
    3,
  );
  await page.keyboard.press('Escape');
  await page.close();

  for (const row of rows) {
    const onScreen = Number.isFinite(row.onScreen)
      ? `; on screen ${ms(row.onScreen)} after the input (goal ${ON_SCREEN_GOAL_MS} ms: ${(row.onScreen / ON_SCREEN_GOAL_MS).toFixed(2)}x)`
      : '';
    console.log(
      `  ${row.name}: p95 interaction ${ms(row.p95)} over ${row.count} interactions (goal ${INTERACTION_GOAL_MS} ms: ${(row.p95 / INTERACTION_GOAL_MS).toFixed(2)}x)${onScreen}`,
    );
  }
}
