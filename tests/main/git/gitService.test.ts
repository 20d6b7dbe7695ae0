import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'isomorphic-git/http/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildWorkbookFile,
  parseWorkbookFile,
  serializeWorkbookFile,
  workbookFileContents,
  type WorkbookContents,
} from '../../../shared/domain/workbookFile';
import { createGitService, memoryTokens } from '../../../electron/main/git/gitService';
import { sample } from '../../unit/repository/workbookArbitrary';
import { git, startGitServer, type GitServer } from './gitHttpServer';

const SLOW = { timeout: 180_000 };
const TOKEN = 'tok-3f9a';
let server: GitServer;

beforeAll(async () => {
  // The service signs in as hosts take a token: any user name, the token as the password.
  server = await startGitServer('x-access-token', TOKEN);
});
afterAll(() => server.close());

const now = () => new Date('2026-03-02T10:00:00Z');
const service = (name: string) =>
  createGitService({
    rootDir: mkdtempSync(join(tmpdir(), `service-${name}-`)),
    http,
    tokens: memoryTokens(),
    appVersion: '0.1.0',
    now,
  });
const fileOf = (contents: WorkbookContents) =>
  serializeWorkbookFile(buildWorkbookFile(contents, '0.1.0', now().toISOString()));
const contentsOf = (text: string) => {
  const parsed = parseWorkbookFile(text);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return workbookFileContents(parsed.value);
};
const small: WorkbookContents = { ...sample, sliChunks: sample.sliChunks.slice(0, 2) };
const author = { name: 'Ana', email: 'ana@example.com' };

describe('the git service the renderer asks', () => {
  it('refuses what the renderer must not send', async () => {
    const a = service('checks');
    const base = { linkId: 'link-aaaa1111', author, file: fileOf(small) };
    for (const url of ['git@github.com:team/wb.git', 'ssh://host/x.git', 'http://example.com/x'])
      expect(await a.share({ ...base, url })).toMatchObject({ status: 'failed', kind: 'failed' });
    expect(await a.share({ ...base, url: server.url, file: '{"not":"a workbook"}' })).toMatchObject(
      { status: 'failed' },
    );
    expect(a.connect({ linkId: '../etc', url: server.url, token: 'x' })).toMatchObject({
      status: 'failed',
    });
  });

  it('asks for the token again when the host refuses the push', SLOW, async () => {
    const a = service('no-token');
    const request = { linkId: 'link-bbbb2222', url: server.url, author, file: fileOf(small) };
    a.connect({ linkId: request.linkId, url: server.url, token: 'wrong' });
    expect(await a.share(request)).toMatchObject({ status: 'failed', kind: 'unauthorized' });
    expect(await git(server.bare, 'rev-list', '--all')).toBe('');
  });

  it('shares into an empty repository, refuses a second share, opens and syncs', SLOW, async () => {
    const a = service('a');
    const b = service('b');
    const linkA = { linkId: 'link-aaaa0001', url: server.url };
    a.connect({ ...linkA, token: TOKEN });
    const shared = await a.share({ ...linkA, author, file: fileOf(small) });
    expect(shared).toMatchObject({ status: 'synced' });
    const again = await a.share({ ...linkA, author, file: fileOf(small) });
    expect(again).toMatchObject({ status: 'failed', kind: 'not-empty' });
    if (again.status === 'failed') expect(again.message).toContain('Open a shared workbook');

    const linkB = { linkId: 'link-bbbb0001', url: server.url };
    b.connect({ ...linkB, token: TOKEN });
    const opened = await b.open(linkB);
    if (opened.status !== 'opened') throw new Error(JSON.stringify(opened));
    const ids = (c: WorkbookContents) => c.painPoints.map((p) => p.id).sort();
    expect(ids(contentsOf(opened.file))).toEqual(ids(small));

    // B renames the workbook and syncs; A syncs and has it.
    const bContents = contentsOf(opened.file);
    bContents.workbook = { ...bContents.workbook, name: 'Renamed by Bo' };
    const bSynced = await b.sync({
      ...linkB,
      author: { name: 'Bo', email: 'bo@example.com' },
      base: opened.commit,
      file: fileOf(bContents),
      choices: [],
    });
    expect(bSynced).toMatchObject({ status: 'synced' });
    if (shared.status !== 'synced') throw new Error('not shared');
    const aSynced = await a.sync({
      ...linkA,
      author,
      base: shared.commit,
      file: fileOf(small),
      choices: [],
    });
    if (aSynced.status !== 'synced' || !aSynced.file) throw new Error(JSON.stringify(aSynced));
    expect(contentsOf(aSynced.file).workbook.name).toBe('Renamed by Bo');
    // The host gone: said as offline, and the next sync, with it back, lands.
    await server.stop();
    const cut = await a.sync({
      ...linkA,
      author,
      base: aSynced.commit,
      file: aSynced.file,
      choices: [],
    });
    expect(cut).toMatchObject({ status: 'failed', kind: 'offline' });
    await server.resume();
    expect(
      await a.sync({ ...linkA, author, base: aSynced.commit, file: aSynced.file, choices: [] }),
    ).toMatchObject({ status: 'synced' });
    const log = await git(server.bare, 'log', '--format=%an|%s', 'main');
    expect(log.trim().split('\n')).toHaveLength(2);
    expect(log).toContain('Bo|Changed the workbook’s name or description');
  });
});
