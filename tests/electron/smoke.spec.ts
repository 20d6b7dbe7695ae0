import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
// The same lookup the start and postinstall scripts use.
import { electronBinaryPath } from '../../scripts/electronBinary.mjs';
import { bridgeKeys } from '../../shared/ipcChannels';

const binary = electronBinaryPath();
const reason =
  'Electron smoke test skipped: no Electron binary on this machine (it downloads from GitHub ' +
  'releases, which this network cannot reach). It runs wherever `npm install` could fetch it.';

test.describe('Electron shell', () => {
  test.skip(!binary, reason);
  if (!binary) console.log(reason);

  test('starts into the workbook shell with the bridge and a hardened window', async () => {
    expect(existsSync('out/main/index.js')).toBe(true);
    const app = await electron.launch({
      executablePath: binary!,
      args: ['.', '--no-sandbox'],
      env: { ...process.env, ELECTRON_RENDERER_URL: '' },
    });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('heading', { name: 'Welcome to SLO Workbook' })).toBeVisible();
      expect(page.url()).toBe('app://workbook/index.html');
      const keys = await page.evaluate(() => Object.keys(window.sloWorkbook ?? {}).sort());
      expect(keys).toEqual([...bridgeKeys].sort());
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
        'undefined',
      );
      const info = await page.evaluate(() => window.sloWorkbook!.getAppInfo({}));
      expect(info.shell).toBe('electron');

      // IndexedDB and the module workers load from app://: the sample workbook's report is made
      // in the database worker.
      await page.getByRole('button', { name: 'Open the sample workbook' }).click();
      await page.keyboard.press('Alt+4');
      await expect(
        page.getByRole('article', { name: 'Report preview' }).getByRole('heading', { level: 1 }),
      ).toHaveText('Workbook: Sample: Brightcart', { timeout: 20_000 });
      await expect(page.getByRole('button', { name: 'Print to PDF…' })).toBeVisible();
    } finally {
      await app.close();
    }
  });
});
