import * as fs from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GitHttpRequest, GitHttpResponse, HttpClient } from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookContents } from '../../../shared/domain/workbookFile';
import { syncWorkbook } from '../../../shared/sync/gitSync';
import { sample } from '../../unit/repository/workbookArbitrary';
import { git, startGitServer, type GitServer } from './gitHttpServer';

const SLOW = { timeout: 180_000 };
const credentials = { username: 'facilitator', password: 'open-sesame' };
let server: GitServer;

beforeAll(async () => {
  server = await startGitServer(credentials.username, credentials.password);
});
afterAll(() => server.close());

const small: WorkbookContents = { ...sample, sliChunks: sample.sliChunks.slice(0, 2) };

function replica(name: string) {
  return {
    gitdir: mkdtempSync(join(tmpdir(), `interrupted-${name}-`)),
    contents: small,
    base: null as string | null,
    author: { name, email: `${name}@example.com` },
  };
}
type Replica = ReturnType<typeof replica>;

async function sync(r: Replica, client: HttpClient = http, password = credentials.password) {
  const result = await syncWorkbook({
    fs,
    http: client,
    gitdir: r.gitdir,
    url: server.url,
    credentials: { username: credentials.username, password },
    author: r.author,
    contents: r.contents,
    base: r.base,
  });
  if (result.status === 'synced') {
    r.contents = result.contents;
    r.base = result.commit;
  }
  return result;
}

const isPushPost = (req: GitHttpRequest) =>
  req.method === 'POST' && req.url.endsWith('/git-receive-pack');

/** The real client, with `onPush` run when a push's request is about to leave. */
function beforePush(onPush: (req: GitHttpRequest) => Promise<GitHttpResponse | null>): HttpClient {
  return {
    async request(req) {
      if (isPushPost(req)) {
        const answer = await onPush(req);
        if (answer) return answer;
      }
      return http.request(req);
    },
  };
}

async function collect(body: GitHttpRequest['body']): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  if (body) for await (const chunk of body) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Both sides whole: git checks the server's repository and the app's own git directory. */
async function bothWhole(r: Replica) {
  await git(server.bare, 'fsck', '--strict');
  await git(r.gitdir, '--git-dir', r.gitdir, 'fsck', '--strict');
}

const serverHead = async () => (await git(server.bare, 'rev-parse', 'main')).trim();

const editPain = (r: Replica, index: number, quote: string) => {
  const id = r.contents.painPoints[index]!.id;
  r.contents = {
    ...r.contents,
    painPoints: r.contents.painPoints.map((p) => (p.id === id ? { ...p, quote } : p)),
  };
  return id;
};

describe('a push interrupted leaves both sides whole, and the next sync completes', () => {
  const ana = replica('Ana');
  const bo = replica('Bo');

  beforeAll(async () => {
    expect((await sync(ana)).status).toBe('synced');
    expect((await sync(bo)).status).toBe('synced');
  }, 180_000);

  it('merges and pushes again when the remote moved between fetch and push', SLOW, async () => {
    const anaPain = editPain(ana, 0, 'The receipt never arrived');
    const boPain = editPain(bo, 1, 'Refund took two weeks');
    let moved = false;
    const racing = beforePush(async () => {
      if (!moved) {
        moved = true;
        // Bo pushes while Ana's push is on its way: hers now names a stale tip.
        expect((await sync(bo)).status).toBe('synced');
      }
      return null;
    });
    const result = await sync(ana, racing);
    expect(moved).toBe(true);
    expect(result.status).toBe('synced');
    const quote = (r: Replica, id: string) => r.contents.painPoints.find((p) => p.id === id)!.quote;
    expect(quote(ana, anaPain)).toBe('The receipt never arrived');
    expect(quote(ana, boPain)).toBe('Refund took two weeks');
    expect(await serverHead()).toBe(ana.base);
    const log = (await git(server.bare, 'log', '--format=%an', 'main')).trim().split('\n');
    expect(log.slice(0, 2)).toEqual(['Ana', 'Bo']);
    await bothWhole(ana);
    expect((await sync(bo)).status).toBe('synced');
    expect(quote(bo, anaPain)).toBe('The receipt never arrived');
  });

  it(
    'keeps everything when the network is cut mid-push, and the next sync pushes it',
    SLOW,
    async () => {
      const before = await serverHead();
      const id = editPain(ana, 2, 'The page went blank at Pay');
      const cut = beforePush(async (req) => {
        const body = await collect(req.body);
        // Half the pack goes out, then the server is gone: the request fails as a cut network does.
        await new Promise<void>((resolve, reject) => {
          const out = httpRequest(req.url, { method: 'POST', headers: req.headers }, () =>
            reject(new Error('the server answered a cut request')),
          );
          out.on('error', () => resolve());
          out.write(body.subarray(0, body.length >> 1), () => {
            void server.stop();
          });
        });
        throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
      });
      await expect(sync(ana, cut)).rejects.toThrow(/socket hang up/);
      await server.resume();
      expect(await serverHead()).toBe(before);
      await bothWhole(ana);
      expect(ana.contents.painPoints.find((p) => p.id === id)!.quote).toBe(
        'The page went blank at Pay',
      );

      const next = await sync(ana);
      expect(next.status).toBe('synced');
      expect(await serverHead()).toBe(ana.base);
      expect(await git(server.bare, 'show', `main:pain-points/${id}.json`)).toContain(
        'The page went blank at Pay',
      );
      await bothWhole(ana);
    },
  );

  it(
    'asks again on a 401 at push, changes nothing, and the next sync completes',
    SLOW,
    async () => {
      const before = await serverHead();
      const pushes = server.pushes;
      const id = editPain(ana, 3, 'Two-factor code came late');
      expect(await sync(ana, http, 'expired-token')).toEqual({ status: 'unauthorized' });
      expect(server.pushes).toBe(pushes);
      expect(await serverHead()).toBe(before);
      await bothWhole(ana);
      expect((await sync(ana)).status).toBe('synced');
      expect(await git(server.bare, 'show', `main:pain-points/${id}.json`)).toContain(
        'Two-factor code came late',
      );
      expect(await git(server.bare, 'log', '-1', '--format=%an|%s', 'main')).toMatch(
        /^Ana\|Changed a pain point “Two-factor code came late”/,
      );
    },
  );
});
