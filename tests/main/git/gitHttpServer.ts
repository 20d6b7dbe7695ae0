import { execFile, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BACKEND = '/usr/lib/git-core/git-http-backend';

export interface GitServer {
  /** The repository's URL, e.g. http://127.0.0.1:40123/team.git */
  url: string;
  /** The bare repository on disk. */
  bare: string;
  /** Pushes seen, for tests that count them. */
  pushes: number;
  close(): Promise<void>;
  /** Cuts every open connection and stops listening, as a network gone; `resume` comes back. */
  stop(): Promise<void>;
  /** Listens again on the same port, so the same URL answers. */
  resume(): Promise<void>;
}

/**
 * Runs the real git (the tests' own clones, pushes, fsck and log); rejects with git's words.
 * Never synchronously: the server answering it runs in this same process.
 */
export function git(cwd: string, ...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: cwd, GIT_TERMINAL_PROMPT: '0' },
      },
      (error, stdout, stderr) =>
        error ? reject(new Error(`git ${args.join(' ')}: ${stderr}`)) : resolve(stdout),
    );
  });
}

/**
 * Debian's git http-backend behind a loopback HTTP server: the smart HTTP protocol every git
 * host speaks. Reading is open; pushing needs Basic auth with `user`:`password`.
 */
export async function startGitServer(user: string, password: string): Promise<GitServer> {
  const root = mkdtempSync(join(tmpdir(), 'git-server-'));
  const bare = join(root, 'team.git');
  await git(root, 'init', '--bare', '--initial-branch=main', bare);
  await git(bare, 'config', 'http.receivepack', 'true');
  const expected = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  const state = { pushes: 0 };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const pushing =
      url.pathname.endsWith('/git-receive-pack') ||
      url.searchParams.get('service') === 'git-receive-pack';
    if (pushing && req.headers.authorization !== expected) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="team"' });
      res.end('Authentication required\n');
      req.resume();
      return;
    }
    if (pushing && req.method === 'POST') state.pushes += 1;
    const cgi = spawn(BACKEND, [], {
      env: {
        PATH: process.env['PATH'] ?? '/usr/bin:/bin',
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        GIT_CONFIG_NOSYSTEM: '1',
        HOME: root,
        PATH_INFO: url.pathname,
        QUERY_STRING: url.search.slice(1),
        REQUEST_METHOD: req.method ?? 'GET',
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
        REMOTE_USER: pushing ? user : '',
        REMOTE_ADDR: '127.0.0.1',
      },
    });
    req.pipe(cgi.stdin);
    // A connection cut mid-request leaves git waiting for the rest: end it, as a host would.
    res.on('close', () => {
      if (!res.writableFinished) cgi.kill();
    });
    let head = Buffer.alloc(0);
    let headerDone = false;
    cgi.stdout.on('data', (chunk: Buffer) => {
      if (headerDone) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      headerDone = true;
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
        else headers[name] = value;
      }
      res.writeHead(status, headers);
      res.write(head.subarray(end + 4));
    });
    cgi.stdout.on('end', () => res.end());
    cgi.on('error', () => {
      res.writeHead(500);
      res.end();
    });
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    url: `http://127.0.0.1:${port}/team.git`,
    bare,
    get pushes() {
      return state.pushes;
    },
    close: stop,
    stop,
    resume: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
  };
}
