import { expect, test } from './test';
import { firstWorkbookAt } from './helpers';

test('the blame checker reads with its language model: a person’s “should have quickly reverted”, not a system’s “should have taken over”', async ({
  page,
}) => {
  const failures: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') failures.push(m.text());
  });
  // The language model is its own chunk, fetched when a checked field first shows.
  const model = page.waitForResponse((r) => /\/assets\/model-[^/]+\.js$/.test(r.url()) && r.ok());
  await firstWorkbookAt(page, 'Retrospectives');
  await page.getByRole('textbox', { name: 'Incident title' }).fill('Failover did not happen');
  await page.getByRole('combobox', { name: 'Template' }).selectOption('SRE-book style postmortem');
  await page.getByRole('button', { name: 'Create retrospective' }).click();
  const detection = page.getByRole('textbox', { name: /^Detection: how did we find out/ });
  await detection.fill(
    'The standby should have taken over. What could we have done better? ' +
      'The graph clearly showed the spike. We should have quickly reverted the deploy.',
  );
  await model;
  const findings = page.getByRole('list', { name: /^Language to reconsider in Detection/ });
  await expect(findings.getByRole('listitem')).toHaveCount(1);
  await expect(findings).toContainText('should have quickly reverted');
  await expect(findings).toContainText('Counterfactual');
  // Loading the model broke nothing: no script error, no blocked script under the CSP.
  expect(failures).toEqual([]);
});
