import { test as base, expect } from '@playwright/test';

/**
 * The instant every end-to-end test starts at. The page's clock runs on from here as real time
 * passes (Playwright's clock, installed before the first script runs), so what a test types as a
 * date ("due 2026-12-05") and what the sample workbook builds from "now" read the same on any day
 * the suite runs, and under `faketime` too. Node's own clock is not used for anything a test
 * asserts on the page: build dates from E2E_NOW.
 */
export const E2E_NOW = Date.parse('2026-12-01T12:00:00.000Z');

/** Playwright's `test` with the page clock fixed at E2E_NOW for every page of the context. */
export const test = base.extend({
  context: async ({ context }, use) => {
    await context.clock.install({ time: E2E_NOW });
    await use(context);
  },
});

export { expect };
