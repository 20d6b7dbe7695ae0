import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './test';
import {
  GOOD_COUNTER,
  TEST_NOW_MS,
  TOTAL_COUNTER,
  minuteCounts,
  openMetrics,
} from '../fixtures/prometheus/sliHistory';
import { startPrometheus, type RunningPrometheus } from '../fixtures/prometheus/realPrometheus';
import { firstWorkbookAt, openArea } from './helpers';

let prometheus: RunningPrometheus;
test.beforeAll(async () => {
  test.setTimeout(600_000);
  prometheus = await startPrometheus({ openMetrics: openMetrics(minuteCounts()) });
});
test.afterAll(async () => prometheus?.stop());

test('connect a real Prometheus, draft an SLO in PromQL, pull its history and see its figures', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.clock.install({ time: TEST_NOW_MS });
  await firstWorkbookAt(page, 'Settings & About');
  await page.getByRole('textbox', { name: 'Prometheus address' }).fill(prometheus.url);
  await page.getByRole('button', { name: 'Save and test connection' }).click();
  await expect(page.getByText(/Connected: Prometheus 2\.\d+\.\d+.* answered at/)).toBeVisible();

  await openArea(page, 'SLOs');
  await page.getByRole('button', { name: 'New SLO' }).click();
  await page.getByRole('textbox', { name: 'SLO name' }).fill('API availability');
  // The query is checked against the data source once typing settles: an unclosed parenthesis is
  // a PromQL error in Prometheus' words; the rate by code answers with two series, summed on a
  // click; typing on is never blocked.
  const good = page.getByRole('textbox', { name: 'Good events are' });
  const goodCheck = page.getByRole('status', { name: 'Check of Good events are' });
  await good.pressSequentially('rate(http_requests_total{job="api"}[5m]');
  await expect(goodCheck).toContainText(/^PromQL error: .*unclosed left parenthesis/);
  await good.press(')');
  await expect(goodCheck).toContainText('Returns 2 series; sum them?');
  for (const [width, height] of [
    [1280, 800],
    [900, 600],
  ] as const) {
    await page.setViewportSize({ width, height });
    await good.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/prom-shots/query-check-${width}.png` });
  }
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}`))).toEqual(
    [],
  );
  await goodCheck.getByRole('button', { name: 'Sum them into one series' }).click();
  await expect(good).toHaveValue('sum(rate(http_requests_total{job="api"}[5m]))');
  await expect(goodCheck).toContainText('Returns 1 series.');
  await good.fill('no_such_metric_total');
  await expect(goodCheck).toContainText(/^Returns no series/);
  await good.fill(GOOD_COUNTER);
  await expect(goodCheck).toContainText('Returns 1 series.');
  await page.getByRole('textbox', { name: 'Valid events are' }).fill(TOTAL_COUNTER);
  // Beside each query, what it counts in plain words, for those who do not read PromQL.
  await page
    .getByRole('textbox', { name: 'Good events, in plain words' })
    .fill('API requests answered without a 5xx');
  await page.getByRole('textbox', { name: 'Valid events, in plain words' }).fill('API requests');
  await page.getByRole('textbox', { name: 'Window length' }).fill('7');
  await page.getByRole('button', { name: 'Save SLO' }).click();
  await expect(page.getByRole('heading', { name: 'API availability' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'State now' })).toContainText(
    'of API requests answered without a 5xx / API requests',
  );

  await page.getByRole('button', { name: 'Pull history from Prometheus' }).click();
  const dialog = page.getByRole('dialog', { name: /Pull history/ });
  await expect(dialog).toContainText(`good: ${GOOD_COUNTER}`);
  for (const [width, height] of [
    [1280, 800],
    [900, 600],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `/tmp/prom-shots/pull-dialog-${width}.png` });
  }
  await dialog.getByRole('button', { name: 'Pull history' }).click();
  await expect(dialog).toBeHidden({ timeout: 120_000 });
  await expect(page.getByText(/Pulled [\d,]+ steps from Prometheus/)).toBeVisible();
  await expect(
    page.getByText(/from Prometheus at http:\/\/127\.0\.0\.1:\d+ .*last pulled/),
  ).toBeVisible();
  // The incident in the window spends well over half the budget.
  await expect(page.getByText(/Budget consumed/i).first()).toBeVisible();
  for (const [width, height] of [
    [1280, 800],
    [900, 600],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `/tmp/prom-shots/pulled-${width}.png` });
  }

  // Pulled again: only what is new is fetched.
  await page.getByRole('button', { name: 'Pull history from Prometheus' }).click();
  await dialog.getByRole('button', { name: 'Pull history' }).click();
  await expect(page.getByText(/only what was new/)).toBeVisible({ timeout: 120_000 });

  await openArea(page, 'Settings & About');
  await page.getByRole('heading', { name: 'Data sources' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/prom-shots/settings-900.png' });
});
