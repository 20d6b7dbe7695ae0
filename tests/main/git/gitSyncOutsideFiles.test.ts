import * as fs from 'node:fs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'isomorphic-git/http/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { WorkbookContents } from '../../../shared/domain/workbookFile';
import { fromRepository } from '../../../shared/repository/repositoryForm';
import { readCommitFiles, syncWorkbook } from '../../../shared/sync/gitSync';
import { sample } from '../../unit/repository/workbookArbitrary';
import { git, startGitServer, type GitServer } from './gitHttpServer';

const SLOW = { timeout: 180_000 };
const credentials = { username: 'sre', password: 'hunter2' };
let server: GitServer;

beforeAll(async () => {
  server = await startGitServer(credentials.username, credentials.password);
});
afterAll(() => server.close());

const small: WorkbookContents = { ...sample, sliChunks: sample.sliChunks.slice(0, 2) };

async function sync(gitdir: string, contents: WorkbookContents, base: string | null) {
  return syncWorkbook({
    fs,
    http,
    gitdir,
    url: server.url,
    credentials,
    author: { name: 'Ana', email: 'ana@example.com' },
    contents,
    base,
  });
}

it(
  'lands the valid files a script pushed, refuses the invalid one by path, line and rule, and keeps the local record',
  SLOW,
  async () => {
    const gitdir = mkdtempSync(join(tmpdir(), 'outside-'));
    const first = await sync(gitdir, small, null);
    if (first.status !== 'synced') throw new Error(`first sync: ${first.status}`);

    // Someone else, with the git command line: one record edited, one added, one broken.
    const clone = mkdtempSync(join(tmpdir(), 'outside-clone-'));
    await git(clone, 'clone', '-q', server.url, 'work');
    const work = join(clone, 'work');
    const [edited, broken] = small.painPoints;
    const step = small.journeySteps[0]!;
    const file = (id: string) => join(work, 'pain-points', `${id}.json`);
    const read = (id: string) =>
      JSON.parse(readFileSync(file(id), 'utf8')) as Record<string, unknown>;
    const write = (id: string, value: unknown) =>
      writeFileSync(file(id), `${JSON.stringify(value, null, 2)}\n`);
    write(edited!.id, { ...read(edited!.id), quote: 'The invoice page timed out twice' });
    const added = {
      ...read(edited!.id),
      id: 'pain-from-a-script',
      journeyId: step.journeyId,
      stepId: step.id,
      quote: 'Could not find the export button',
      accountIds: [],
      retroId: null,
    };
    write(added.id, added);
    write(broken!.id, { ...read(broken!.id), severity: 'apocalyptic' });
    await git(work, 'add', '-A');
    await git(
      work,
      '-c',
      'user.name=Script',
      '-c',
      'user.email=s@example.com',
      'commit',
      '-qm',
      'Script',
    );
    const auth = server.url.replace(
      'http://',
      `http://${credentials.username}:${credentials.password}@`,
    );
    await git(work, 'push', '-q', auth, 'main');

    // Meanwhile the app changed the broken record's quote: that edit must survive.
    const mine: WorkbookContents = {
      ...first.contents,
      painPoints: first.contents.painPoints.map((p) =>
        p.id === broken!.id ? { ...p, quote: 'Checkout spun for a minute' } : p,
      ),
    };
    const result = await sync(gitdir, mine, first.commit);
    expect(result.status).toBe('synced');
    if (result.status !== 'synced') return;

    const brokenPath = `pain-points/${broken!.id}.json`;
    expect(result.refused).toHaveLength(1);
    const lines = readFileSync(file(broken!.id), 'utf8').split('\n');
    expect(result.refused[0]).toMatchObject({
      path: brokenPath,
      line: lines.findIndex((l) => l.includes('"severity"')) + 1,
    });
    expect(result.refused[0]!.rule).toMatch(/^severity: /);

    const byId = new Map(result.contents.painPoints.map((p) => [p.id, p]));
    expect(byId.get(edited!.id)!.quote).toBe('The invoice page timed out twice');
    expect(byId.get(added.id)!.quote).toBe('Could not find the export button');
    // The refused record is the local one, untouched.
    expect(byId.get(broken!.id)).toEqual(mine.painPoints.find((p) => p.id === broken!.id));

    // What landed on the remote is whole: git checks it, and the record file is valid again.
    await git(server.bare, 'fsck', '--strict');
    await git(work, 'pull', '-q', '--ff-only', server.url, 'main');
    expect(read(broken!.id)).toMatchObject({
      severity: broken!.severity,
      quote: 'Checkout spun for a minute',
    });
    expect(await git(work, 'log', '-1', '--format=%B')).toContain(`Refused ${brokenPath} line`);

    // The remote now reads as a whole workbook again, with every change that landed.
    const remote = fromRepository(await readCommitFiles(fs, gitdir, result.commit));
    expect(remote).toMatchObject({ ok: true });
    if (remote.ok) expect(remote.contents.painPoints).toEqual(result.contents.painPoints);
  },
);
