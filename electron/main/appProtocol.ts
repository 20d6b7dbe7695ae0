import path from 'node:path';

/** The renderer is served from app://workbook/ rather than file://, which has wider rights. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'workbook';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * What app:// may do. `standard` gives it an origin, so IndexedDB and localStorage work and
 * relative URLs resolve; `secure` makes it a secure context. `corsEnabled` and `supportFetchAPI`
 * let Chromium fetch module scripts and module workers (the CSV and database workers) from it,
 * which it does in CORS mode. Nothing bypasses the CSP, and no service worker is allowed.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: true,
} as const;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an app:// URL to a file inside `rootDir`, or null when it would leave it. Percent-encoded
 * dots and slashes are decoded before the check, so `%2e%2e` cannot climb out either.
 */
export function resolveAppAsset(rootDir: string, requestUrl: string): string | null {
  // The URL parser would quietly collapse `..` (and `%2e%2e`) before we see the path, turning a
  // climb-out into a different file; a request that tries it is refused outright instead.
  let rawDecoded: string;
  try {
    rawDecoded = decodeURIComponent(requestUrl);
  } catch {
    return null;
  }
  if (rawDecoded.split(/[/\\]/).some((segment) => segment === '..')) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, relative);
  const fromRoot = path.relative(root, resolved);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return null;
  return resolved;
}
