import { type Page } from '@playwright/test';
import { expect, test } from './test';
import {
  GOOD_COUNTER,
  HISTORY_MINUTES,
  TEST_NOW_MS,
  TOTAL_COUNTER,
  minuteCounts,
  openMetrics,
} from '../fixtures/prometheus/sliHistory';
import { startPrometheus, type RunningPrometheus } from '../fixtures/prometheus/realPrometheus';
import { journeyWithStep, openArea } from './helpers';

/**
 * The month of minutes the other Prometheus tests pull, with its last hour failing at 40%: at
 * the newest sample every candidate target is paging.
 */
function burningCounts() {
  const counts = minuteCounts();
  for (let k = HISTORY_MINUTES - 60; k < HISTORY_MINUTES; k += 1)
    counts.good[k] = Math.round(counts.total[k]! * 0.6);
  return counts;
}

let prometheus: RunningPrometheus;
test.beforeAll(async () => {
  test.setTimeout(600_000);
  prometheus = await startPrometheus({ openMetrics: openMetrics(burningCounts()) });
});
test.afterAll(async () => prometheus?.stop());

async function addPain(page: Page, quote: string, date: string) {
  await page.getByRole('button', { name: 'Add a pain point to Pay' }).click();
  const form = page.getByRole('form', { name: 'Add a pain point to Pay' });
  await form.getByRole('textbox', { name: 'What the customer said' }).fill(quote);
  await form.getByLabel('Date heard').fill(date);
  await form.getByRole('button', { name: 'Add pain point' }).click();
  await expect(page.getByRole('list', { name: 'Pain points on Pay' })).toContainText(quote);
}

test('from a real Prometheus: draft in PromQL, pull 90 days, pick the target from the table, see it paging on the first screen', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.clock.install({ time: TEST_NOW_MS });
  await journeyWithStep(page, 'Checkout', 'Pay');
  // The incident of 20 October (40% failing from 14:00 UTC) was heard.
  await addPain(page, 'Half our payments failed this afternoon', '2026-10-20');

  await openArea(page, 'Settings & About');
  await page.getByRole('textbox', { name: 'Prometheus address' }).fill(prometheus.url);
  await page.getByRole('button', { name: 'Save and test connection' }).click();
  await expect(page.getByText(/Connected: Prometheus 2\.\d+\.\d+.* answered at/)).toBeVisible();

  await openArea(page, 'SLOs');
  await page.getByRole('button', { name: 'New SLO' }).click();
  await page.getByRole('textbox', { name: 'SLO name' }).fill('Checkout answers');
  await page.getByRole('combobox', { name: 'Journey step it measures' }).selectOption({
    label: 'Checkout › Pay',
  });
  await page.getByRole('textbox', { name: 'Good events are' }).fill(GOOD_COUNTER);
  await page.getByRole('textbox', { name: 'Valid events are' }).fill(TOTAL_COUNTER);
  for (const field of ['Good events are', 'Valid events are'])
    await expect(page.getByRole('status', { name: `Check of ${field}` })).toContainText(
      'Returns 1 series.',
    );
  await page.getByRole('textbox', { name: 'Target (%)' }).fill('99.95');
  await page.getByRole('textbox', { name: 'Window length' }).fill('7');
  await page.getByRole('button', { name: 'Save SLO' }).click();
  await expect(page.getByRole('heading', { name: 'Checkout answers' })).toBeVisible();

  await page.getByRole('button', { name: 'Pull history from Prometheus' }).click();
  const dialog = page.getByRole('dialog', { name: /Pull history/ });
  await dialog.getByRole('combobox', { name: 'Range' }).selectOption({ label: 'The last 90 days' });
  await dialog.getByRole('button', { name: 'Pull history' }).click();
  await expect(dialog).toBeHidden({ timeout: 180_000 });
  // 90 days at a minute are 129,600 steps; the two months before the data are gaps, not good time.
  await expect(
    page.getByText(/Pulled [\d,]+ steps from Prometheus; [\d,]+ without data/),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Compare targets against the history' }).click();
  const table = page.getByRole('table', { name: 'Candidate targets against the history' });
  await expect(table.getByRole('row')).toHaveCount(6);
  const lowest = table.getByRole('row').filter({ hasText: 'hears them, lowest' });
  await expect(lowest).toHaveCount(1);
  const target = /^99(?:\.\d+)?%/.exec(
    (await lowest.getByRole('rowheader').textContent()) ?? '',
  )?.[0];
  if (!target) throw new Error('the lowest target that hears them is not a usual one');
  await lowest.getByRole('button', { name: `Use this target: ${target}` }).click();
  const use = page.getByRole('dialog', { name: `Use ${target} as the target?` });
  await expect(use.getByRole('textbox', { name: 'Rationale' })).toHaveValue(
    /^The lowest target that still hears our customers\./,
  );
  await use.getByRole('button', { name: 'Record target and validation' }).click();
  await expect(use).toBeHidden();

  const state = page.getByRole('region', { name: 'State now' });
  await expect(state).toContainText(`${target} over a rolling 7 d window`);
  // The last hour fails at 40%: 40 times the budget of a 99% target, 400 times a 99.9% one.
  await expect(state.getByTestId('state-burn')).toContainText(target === '99%' ? '40.0' : /\d{3}/);
  for (const [width, height] of [
    [1280, 800],
    [900, 600],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('main').evaluate((el) => el.scrollTo?.(0, 0));
    const alerts = state.getByTestId('state-alerts');
    await expect(alerts).toContainText('Page firing');
    await expect(alerts).toBeInViewport({ ratio: 1 });
    await expect(
      state.getByText(/^Newest data 2026-10-25 23:59 UTC \(~4 h ago\)/),
    ).toBeInViewport();
    await page.screenshot({ path: `test-results/prometheus-target-${width}x${height}.png` });
  }
});
