import * as fs from 'node:fs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'isomorphic-git/http/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookContents } from '../../../shared/domain/workbookFile';
import { conflictKey, type MergeChoice } from '../../../shared/repository/mergeWorkbooks';
import { syncWorkbook, type SyncResult } from '../../../shared/sync/gitSync';
import { sample } from '../../unit/repository/workbookArbitrary';
import { git, startGitServer, type GitServer } from './gitHttpServer';

const SLOW = { timeout: 180_000 };
const credentials = { username: 'csm', password: 's3cret' };
let server: GitServer;

beforeAll(async () => {
  server = await startGitServer(credentials.username, credentials.password);
});
afterAll(() => server.close());

/** One person's app: its git directory, its records and the commit it last synced. */
function replica(name: string, contents: WorkbookContents) {
  return {
    gitdir: mkdtempSync(join(tmpdir(), `replica-${name}-`)),
    contents,
    base: null as string | null,
    author: { name, email: `${name}@example.com` },
  };
}
type Replica = ReturnType<typeof replica>;

async function sync(r: Replica, choices?: Map<string, MergeChoice>): Promise<SyncResult> {
  const result = await syncWorkbook({
    fs,
    http,
    gitdir: r.gitdir,
    url: server.url,
    credentials,
    author: r.author,
    contents: r.contents,
    base: r.base,
    ...(choices ? { choices } : {}),
  });
  if (result.status === 'synced') {
    r.contents = result.contents;
    r.base = result.commit;
  }
  return result;
}

const small: WorkbookContents = { ...sample, sliChunks: sample.sliChunks.slice(0, 4) };
const a = replica('Ana', small);
const b = replica('Bo', small);

describe('sharing a workbook through a git server', () => {
  it('pushes the workbook as one commit that git accepts, clones and logs', SLOW, async () => {
    const first = await sync(a);
    expect(first.status).toBe('synced');
    await git(server.bare, 'fsck', '--strict');
    const clone = mkdtempSync(join(tmpdir(), 'clone-'));
    await git(clone, 'clone', server.url, 'work');
    const painFile = join(clone, 'work', 'pain-points', `${small.painPoints[0]!.id}.json`);
    expect(JSON.parse(readFileSync(painFile, 'utf8')).quote).toBe(small.painPoints[0]!.quote);
    expect(await git(clone, '-C', 'work', 'log', '--format=%an|%s')).toMatch(/^Ana\|Added /);
    // A second person opening it finds nothing to push.
    expect(await sync(b)).toMatchObject({ status: 'synced', message: null });
    expect(b.base).toBe(a.base);
  });

  it(
    'merges a CSM’s pain point edit and an SRE’s SLO edit, one commit per sync',
    SLOW,
    async () => {
      const pain = a.contents.painPoints[0]!;
      const slo = b.contents.slos[0]!;
      a.contents = {
        ...a.contents,
        painPoints: a.contents.painPoints.map((p) =>
          p.id === pain.id ? { ...p, quote: 'Pay button froze' } : p,
        ),
      };
      b.contents = {
        ...b.contents,
        slos: b.contents.slos.map((s) =>
          s.id === slo.id ? { ...s, name: 'Checkout completes' } : s,
        ),
      };
      expect(await sync(a)).toMatchObject({
        status: 'synced',
        message: 'Changed a pain point “Pay button froze”',
      });
      const fromB = await sync(b);
      expect(fromB).toMatchObject({
        status: 'synced',
        message: 'Changed an SLO “Checkout completes”',
      });
      await sync(a);
      for (const r of [a, b]) {
        expect(r.contents.painPoints.find((p) => p.id === pain.id)!.quote).toBe('Pay button froze');
        expect(r.contents.slos.find((s) => s.id === slo.id)!.name).toBe('Checkout completes');
      }
      expect(a.base).toBe(b.base);
      await git(server.bare, 'fsck', '--strict');
      expect((await git(server.bare, 'log', '--format=%an', 'main')).trim().split('\n')).toEqual([
        'Bo',
        'Ana',
        'Ana',
      ]);
    },
  );

  it(
    'asks for a choice when both changed the same field, and pushes nothing until then',
    SLOW,
    async () => {
      const journey = a.contents.journeys[0]!;
      const edit = (r: Replica, goal: string) => {
        r.contents = {
          ...r.contents,
          journeys: r.contents.journeys.map((j) => (j.id === journey.id ? { ...j, goal } : j)),
        };
      };
      edit(a, 'Pay in one step');
      edit(b, 'Pay without an account');
      await sync(a);
      const pushes = server.pushes;
      const asked = await sync(b);
      expect(asked.status).toBe('conflicts');
      if (asked.status !== 'conflicts') return;
      expect(asked.conflicts).toMatchObject([
        {
          kind: 'journeys',
          id: journey.id,
          field: 'goal',
          mine: 'Pay without an account',
          theirs: 'Pay in one step',
        },
      ]);
      expect(server.pushes).toBe(pushes);
      const choices = new Map<string, MergeChoice>([
        [conflictKey(asked.conflicts[0]!), { take: 'mine' }],
      ]);
      expect((await sync(b, choices)).status).toBe('synced');
      await sync(a);
      expect(a.contents.journeys.find((j) => j.id === journey.id)!.goal).toBe(
        'Pay without an account',
      );
    },
  );

  it('takes a record file edited by hand and pushed with git', SLOW, async () => {
    const clone = mkdtempSync(join(tmpdir(), 'hand-'));
    await git(clone, 'clone', server.url, 'work');
    const work = join(clone, 'work');
    const step = a.contents.journeySteps[0]!;
    const path = join(work, 'journey-steps', `${step.id}.json`);
    const record = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    writeFileSync(
      path,
      `${JSON.stringify({ ...record, expectation: 'Done in a minute' }, null, 2)}\n`,
    );
    await git(
      work,
      '-c',
      'user.name=Script',
      '-c',
      'user.email=s@example.com',
      'commit',
      '-qam',
      'By hand',
    );
    const auth = server.url.replace(
      'http://',
      `http://${credentials.username}:${credentials.password}@`,
    );
    await git(work, 'push', '-q', auth, 'main');
    expect((await sync(a)).status).toBe('synced');
    expect(a.contents.journeySteps.find((s) => s.id === step.id)!.expectation).toBe(
      'Done in a minute',
    );
  });

  it('says so when the token is refused, and pushes nothing', SLOW, async () => {
    const c = replica('Cy', a.contents);
    c.contents = { ...c.contents, workbook: { ...c.contents.workbook, description: 'x' } };
    const pushes = server.pushes;
    const result = await syncWorkbook({
      fs,
      http,
      gitdir: c.gitdir,
      url: server.url,
      credentials: { username: 'csm', password: 'wrong' },
      author: c.author,
      contents: c.contents,
      base: a.base,
    });
    expect(result.status).toBe('unauthorized');
    expect(server.pushes).toBe(pushes);
  });
});
