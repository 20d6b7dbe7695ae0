import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, resolveAppAsset } from '../../electron/main/appProtocol';

const root = path.resolve('/opt/slo-workbook/renderer');

describe('app:// protocol paths', () => {
  it('serves files inside the renderer folder', () => {
    expect(resolveAppAsset(root, 'app://workbook/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://workbook/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://workbook/assets/index-abc.js')).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
  });

  it.each([
    'app://workbook/../secret.txt',
    'app://workbook/%2e%2e/secret.txt',
    'app://workbook/%2E%2E/%2E%2E/etc/passwd',
    'app://workbook/assets/%2e%2e%2f%2e%2e%2fsecret',
    'app://workbook/..%2fsecret',
    'app://workbook/..%5csecret',
    'app://workbook/a%00.js',
    'app://workbook/%E0%A4%A',
    'app://elsewhere/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('never resolves %s outside the app folder', (url) => {
    expect(resolveAppAsset(root, url)).toBeNull();
  });
});

describe('app:// privileges', () => {
  it('give an origin and a secure context that can load module workers, and nothing more', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      corsEnabled: true,
    });
    // Never: these would let content step around the CSP or persist code.
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('bypassCSP');
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('allowServiceWorkers');
  });
});
