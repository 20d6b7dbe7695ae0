// Serves the built renderer (out/renderer) on 127.0.0.1, so the app runs as a plain web page.
// Used by `npm run start:web`, by `npm start` where Electron is missing, and by the e2e tests.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { handlePrometheusProxy } from './prometheusProxy.mjs';
import { handleGitProxy } from './gitProxy.mjs';

const root = path.resolve(fileURLToPath(new URL('../out/renderer', import.meta.url)));
const port = Number(process.env.PORT ?? process.argv[2] ?? 4873);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
};

const server = createServer(async (req, res) => {
  if (await handlePrometheusProxy(req, res, port)) return;
  if (await handleGitProxy(req, res, port)) return;
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end('Bad request');
    return;
  }
  const file = path.resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  if (!file.startsWith(root + path.sep)) {
    res.writeHead(404).end('Not found');
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    res.end(body);
  } catch {
    res.writeHead(404).end('Not found');
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(
    `SLO Workbook is running as a web page at http://127.0.0.1:${port}/ (Ctrl+C stops it)`,
  );
});
