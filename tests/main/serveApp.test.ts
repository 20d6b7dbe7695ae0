import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveAppRequest } from '../../electron/main/serveApp';
import { contentSecurityPolicy } from '../../shared/csp';

describe('app:// responses', () => {
  it('serves the page with the CSP header and the right type', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'slo-app-'));
    await writeFile(path.join(root, 'index.html'), '<!doctype html>');
    const response = await serveAppRequest(root, 'app://workbook/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toBe('<!doctype html>');
  });

  it('answers 404 for a path that climbs out of the app folder', async () => {
    const parent = await mkdtemp(path.join(os.tmpdir(), 'slo-app-'));
    const root = path.join(parent, 'renderer');
    await mkdir(root);
    await writeFile(path.join(parent, 'secret.txt'), 'secret');
    for (const url of ['app://workbook/../secret.txt', 'app://workbook/%2e%2e/secret.txt']) {
      const response = await serveAppRequest(root, url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
  });
});
