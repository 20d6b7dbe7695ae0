// The web build's way to a git host: the page cannot run git nor keep a token, so the start:web
// server (and the e2e server) runs the same sync engine as Electron's main process
// (electron/main/git/gitService.ts, built to out/main/gitService.js) and the page asks it through
// same-origin JSON calls under /__git/. The token is kept in this server's memory for the session
// only; requests go only to the address the person set. Loopback only, as the Prometheus proxy.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromThisPage, json, readBody } from './loopbackRequests.mjs';

export const GIT_PREFIX = '/__git';
// A whole workbook travels in each sync call.
const MAX_BODY = 120 * 1024 * 1024;
const CALLS = new Set(['connect', 'share', 'open', 'sync']);

let service = null;

async function gitService() {
  if (service) return service;
  const [{ createGitService, memoryTokens }, { default: http }] = await Promise.all([
    import(new URL('../out/main/gitService.js', import.meta.url).href),
    import('isomorphic-git/http/node'),
  ]);
  service = createGitService({
    rootDir: mkdtempSync(path.join(tmpdir(), 'slo-workbook-git-')),
    http,
    tokens: memoryTokens(),
    appVersion: process.env.npm_package_version ?? '0.1.0',
  });
  return service;
}

/** Handles a request under GIT_PREFIX; returns false for any other path. */
export async function handleGitProxy(req, res, port) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(`${GIT_PREFIX}/`)) return false;
  if (!fromThisPage(req, port)) {
    json(res, 403, { status: 'failed', kind: 'failed', message: 'refused: not from this page' });
    return true;
  }
  const call = url.pathname.slice(GIT_PREFIX.length + 1);
  // JSON only: a form on another site cannot send it without the browser asking first.
  if (
    !CALLS.has(call) ||
    req.method !== 'POST' ||
    !/^application\/json/.test(req.headers['content-type'] ?? '')
  ) {
    json(res, 404, { status: 'failed', kind: 'failed', message: 'not found' });
    return true;
  }
  let body;
  try {
    body = JSON.parse(await readBody(req, MAX_BODY));
  } catch {
    json(res, 400, { status: 'failed', kind: 'failed', message: 'not JSON' });
    return true;
  }
  try {
    const git = await gitService();
    json(res, 200, await git[call](body));
  } catch {
    // Never echo the error: it could carry what the page sent.
    json(res, 500, { status: 'failed', kind: 'failed', message: 'The git helper failed.' });
  }
  return true;
}
