import { describe, expect, it, vi } from 'vitest';
import {
  denyAllPermissions,
  guardContents,
  type GuardedContents,
} from '../../electron/main/navigationGuards';

type Listener = (event: { preventDefault(): void }, url?: unknown) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: GuardedContents = {
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
    on: (event, listener) => listeners.set(event, listener),
  };
  const fire = (event: string, url?: string) => {
    const preventDefault = vi.fn();
    listeners.get(event)!({ preventDefault }, url);
    return preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => openHandler!({ url }) };
}

describe('navigation guards', () => {
  it('denies every window.open', () => {
    const fake = fakeContents();
    guardContents(fake.contents);
    expect(fake.open('https://example.com')).toEqual({ action: 'deny' });
    expect(fake.open('app://workbook/index.html')).toEqual({ action: 'deny' });
  });

  it('blocks navigation and redirects away from the app, and allows it within', () => {
    const fake = fakeContents();
    guardContents(fake.contents);
    expect(fake.fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(fake.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fake.fire('will-redirect', 'http://127.0.0.1:5173/')).toBe(true);
    expect(fake.fire('will-navigate', 'app://workbook/index.html')).toBe(false);
  });

  it('refuses <webview> outright', () => {
    const fake = fakeContents();
    guardContents(fake.contents);
    expect(fake.fire('will-attach-webview')).toBe(true);
  });

  it('denies every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (h) => {
        request = h;
      },
      setPermissionCheckHandler: (h) => {
        check = h;
      },
    });
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      const callback = vi.fn();
      request!(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(check!(null, 'media')).toBe(false);
  });
});
