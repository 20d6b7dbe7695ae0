import { test } from '@playwright/test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { firstWorkbookAt } from './helpers';

const corpus = '/work/shared/corpus/openslo-sloth/';
for (const [w, h] of [
  [1280, 800],
  [900, 600],
] as const) {
  test(`shots ${w}`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await firstWorkbookAt(page, 'SLOs');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shots-'));
    const files = [];
    for (const f of [
      'sloth/sloth-getting-started.yml',
      'openslo/gosdk-v1-examples-slos.yaml',
      'sloth/sloth-alertwindows-google-28d.yaml',
    ]) {
      const p = path.join(dir, path.basename(f));
      await writeFile(p, readFileSync(corpus + f, 'utf8'));
      files.push(p);
    }
    await page.getByRole('button', { name: 'Import SLO files' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose SLO files…' }).click();
    await (await chooser).setFiles(files);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/shots/import-${w}.png` });
    await page.getByRole('button', { name: /Import 2 SLOs/ }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/shots/list-${w}.png` });
    await page.getByRole('button', { name: 'requests-availability' }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/shots/detail-${w}.png` });
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByRole('radio', { name: /Prometheus rule file/ }).check();
    await page.waitForTimeout(200);
    await page.screenshot({ path: `/tmp/shots/export-${w}.png` });
  });
}
