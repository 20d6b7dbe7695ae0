import { promises as fsp } from 'node:fs';
import { contentSecurityPolicy } from '../../shared/csp';
import { contentTypeFor, resolveAppAsset } from './appProtocol';

/** Answers one app:// request from the built renderer folder, with the CSP on every page. */
export async function serveAppRequest(rendererDir: string, url: string): Promise<Response> {
  const file = resolveAppAsset(rendererDir, url);
  if (!file) return new Response('Not found', { status: 404 });
  try {
    const body = await fsp.readFile(file);
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': contentTypeFor(file),
        'Content-Security-Policy': contentSecurityPolicy(),
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
