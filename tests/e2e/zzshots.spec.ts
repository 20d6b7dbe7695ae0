import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './test';
import { firstWorkbookAt } from './helpers';

for (const [w, h] of [
  [1280, 800],
  [900, 600],
] as const) {
  test(`shots ${w}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: w, height: h });
    await firstWorkbookAt(page, 'SLOs');
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'shot-')), 'home-wifi.yml');
    await writeFile(file, readFileSync('../shared/corpus/real/slo/sloth-home-wifi.yml', 'utf8'));
    await page.getByRole('button', { name: 'Import SLO files' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import SLO files' });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: /Choose SLO files/ }).click();
    await (await chooser).setFiles(file);
    await expect(dialog.getByRole('list', { name: 'SLOs to import' })).toBeVisible();
    await page.screenshot({ path: `/tmp/shot-import-${w}.png` });
    await dialog.getByRole('button', { name: /Import 2 SLOs/ }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: /Export all/ }).click();
    const exp = page.getByRole('dialog', { name: /^Export/ });
    await exp.getByRole('radio', { name: /OpenSLO YAML/ }).check();
    await expect(exp.getByRole('list', { name: 'Written differently' })).toBeVisible();
    await page.screenshot({ path: `/tmp/shot-export-${w}.png` });
  });
}
