import type { Locator, Page } from '@playwright/test';

/**
 * Whether heavy work stays off the window's thread is checked by what a person sees, not by a
 * stopwatch: a stopwatch fails on a busy machine and passes a slow fast one. Two facts prove it:
 * the work ran in a worker the page started, and a keystroke typed while the status still said
 * the work was under way landed at once (had the read run on the window's thread, the key would
 * wait in the queue until the read ended and the status had moved on). How long the window's
 * longest task took is the bench's to measure.
 */

/** Names of the workers the page starts from now on (Vite names each chunk after its source). */
export function workersStarted(page: Page): string[] {
  const started: string[] = [];
  page.on('worker', (worker) => started.push(worker.url()));
  return started;
}

/**
 * Presses Shift (which changes nothing) and returns the status's text at the moment the key's
 * keydown event ran on the window's thread.
 */
export async function statusWhenKeyLanded(page: Page, status: Locator): Promise<string> {
  const statusHandle = await status.elementHandle();
  await page.evaluate((statusNode) => {
    const w = window as unknown as { statusAtKey?: string };
    delete w.statusAtKey;
    window.addEventListener(
      'keydown',
      () => {
        w.statusAtKey = statusNode?.textContent ?? '';
      },
      { once: true, capture: true },
    );
  }, statusHandle);
  await page.keyboard.press('Shift');
  await page.waitForFunction(
    () => (window as unknown as { statusAtKey?: string }).statusAtKey !== undefined,
  );
  return page.evaluate(() => (window as unknown as { statusAtKey?: string }).statusAtKey ?? '');
}
