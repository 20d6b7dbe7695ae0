/* global document, requestAnimationFrame, addEventListener -- run in the page by page.evaluate */
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

/** Time to the first screen: navigation start to the journey list drawn, as the page saw it. */
async function firstScreen(page, url, selector) {
  await page.goto(url);
  // An empty page's body has no size: attached is all it can be.
  await page.waitForSelector(selector, { state: selector === 'body' ? 'attached' : 'visible' });
  return page.evaluate(() => performance.now());
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
  for (let i = 0; i < 5; i += 1) {
    blank.push(await firstScreen(page, `${origin}/app/blank.html`, 'body'));
    app.push(await firstScreen(page, `${origin}/app/index.html#/`, list));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(
    `  first screen (journey list with health): ${ms(median(app))} vs a blank page of the same build ${ms(median(blank))}: ratio ${(median(app) / median(blank)).toFixed(1)}x (median of 5)`,
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
      4,
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
