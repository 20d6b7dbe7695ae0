// The web build's way to Prometheus: a same-origin proxy in the start:web server, so the page
// needs no CORS from Prometheus and never keeps a password. The page sets the data source once
// (POST /__prometheus/source: the address and the sign-in headers), the server keeps it in its
// memory only, and forwards /__prometheus/api/v1/... to that address and nowhere else.
// Loopback only: the server listens on 127.0.0.1, and refuses requests whose Host or Origin is
// not its own (another site in the same browser, or DNS rebinding).

import { fromThisPage, json, readBody } from './loopbackRequests.mjs';

export const PROXY_PREFIX = '/__prometheus';
const ALLOWED_API = new Set(['/api/v1/query', '/api/v1/query_range', '/api/v1/status/buildinfo']);
const MAX_BODY = 64 * 1024;

/** The source set by the page: { baseUrl, headers, view }, or null. */
let source = null;

function validSource(body) {
  if (!body || typeof body !== 'object') return null;
  let url;
  try {
    url = new URL(String(body.baseUrl));
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash)
    return null;
  const headers = {};
  for (const [name, value] of Object.entries(body.headers ?? {})) {
    if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$/.test(name)) return null;
    if (typeof value !== 'string' || /[\r\n\0]/.test(value) || value.length > 8000) return null;
    headers[name] = value;
  }
  return {
    baseUrl: `${url.origin}${url.pathname.replace(/\/+$/, '')}`,
    headers,
    view: body.view && typeof body.view === 'object' ? body.view : null,
  };
}

/** Handles a request under PROXY_PREFIX; returns false for any other path. */
export async function handlePrometheusProxy(req, res, port) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(`${PROXY_PREFIX}/`)) return false;
  if (!fromThisPage(req, port)) {
    json(res, 403, { status: 'error', error: 'refused: not from this page' });
    return true;
  }
  const path = url.pathname.slice(PROXY_PREFIX.length);
  if (path === '/source') {
    if (req.method === 'GET') return (json(res, 200, { source: source?.view ?? null }), true);
    // JSON only: a form on another site cannot send it without the browser asking first.
    if (req.method !== 'POST' || !/^application\/json/.test(req.headers['content-type'] ?? ''))
      return (json(res, 405, { status: 'error', error: 'POST JSON' }), true);
    let body;
    try {
      body = JSON.parse(await readBody(req, MAX_BODY));
    } catch {
      return (json(res, 400, { status: 'error', error: 'not JSON' }), true);
    }
    if (body === null) {
      source = null;
      return (json(res, 200, { source: null }), true);
    }
    const checked = validSource(body);
    if (!checked) return (json(res, 400, { status: 'error', error: 'not a data source' }), true);
    source = checked;
    return (json(res, 200, { source: source.view }), true);
  }
  if (!ALLOWED_API.has(path))
    return (json(res, 404, { status: 'error', error: 'not found' }), true);
  if (!source)
    return (json(res, 409, { status: 'error', error: 'No Prometheus is set up yet.' }), true);
  try {
    const body = req.method === 'POST' ? await readBody(req, MAX_BODY) : undefined;
    const answer = await fetch(`${source.baseUrl}${path}`, {
      method: req.method === 'POST' ? 'POST' : 'GET',
      headers: {
        Accept: 'application/json',
        ...(body !== undefined ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
        ...source.headers,
      },
      body,
      // A redirect could lead to an address the person never set.
      redirect: 'manual',
      signal: AbortSignal.timeout(120_000),
    });
    res.writeHead(answer.status, {
      'Content-Type': answer.headers.get('content-type') ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(Buffer.from(await answer.arrayBuffer()));
  } catch {
    // Said as a gateway failure, which the page's client words as "nothing answered".
    res.writeHead(502, { 'Content-Type': 'text/plain' }).end('Prometheus did not answer');
  }
  return true;
}
