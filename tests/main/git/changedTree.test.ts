import * as fs from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as git from 'isomorphic-git';
import { expect, it } from 'vitest';
import {
  emptyTreeIndex,
  readCommitTexts,
  readTreeIndex,
  writeChangedTree,
} from '../../../shared/sync/changedTree';
import { readCommitFiles } from '../../../shared/sync/gitSync';
import { git as gitCli } from './gitHttpServer';

const files = [
  { path: 'README.md', text: '# Team\n' },
  { path: 'journeys/j1.json', text: '{"id":"j1"}\n' },
  { path: 'pain-points/p1.json', text: '{"id":"p1","quote":"slow"}\n' },
  { path: 'pain-points/p2.json', text: '{"id":"p2"}\n' },
  { path: 'sli-data/s1/2026-01-01.json', text: '{"a":[1]}\n' },
];
const next = [
  ...files.filter((f) => f.path !== 'pain-points/p2.json'),
  { path: 'retros/r1.json', text: '{"id":"r1"}\n' },
].map((f) =>
  f.path === 'pain-points/p1.json' ? { ...f, text: '{"id":"p1","quote":"fast"}\n' } : f,
);

const commitOf = (gitdir: string, tree: string, parent: string[]) =>
  git.commit({
    fs,
    gitdir,
    tree,
    parent,
    message: 'x\n',
    author: { name: 'T', email: 't@example.com', timestamp: 0 },
    noUpdateBranch: true,
  });

it('writes on top of a commit the same tree git gets from scratch, naming only what changed', async () => {
  const gitdir = mkdtempSync(join(tmpdir(), 'changed-'));
  await git.init({ fs, gitdir, bare: true });
  const first = await writeChangedTree(fs, gitdir, files, emptyTreeIndex());
  expect(first.changed).toEqual(files.map((f) => f.path));
  const commit = await commitOf(gitdir, first.tree, []);

  const second = await writeChangedTree(fs, gitdir, next, await readTreeIndex(fs, gitdir, commit));
  expect(second.changed.sort()).toEqual(['pain-points/p1.json', 'retros/r1.json']);
  expect(second.removed).toEqual(['pain-points/p2.json']);

  // From scratch in another git directory (nothing remembered there): the very same tree.
  const fresh = mkdtempSync(join(tmpdir(), 'changed-fresh-'));
  await git.init({ fs, gitdir: fresh, bare: true });
  expect((await writeChangedTree(fs, fresh, next, emptyTreeIndex())).tree).toBe(second.tree);

  // And git itself reads it as those files, whole.
  const head = await commitOf(gitdir, second.tree, [commit]);
  await git.writeRef({ fs, gitdir, ref: 'refs/heads/main', value: head, force: true });
  await gitCli(gitdir, '--git-dir', gitdir, 'fsck', '--strict');
  const listed = await gitCli(gitdir, '--git-dir', gitdir, 'ls-tree', '-r', '--name-only', 'main');
  expect(listed.trim().split('\n').sort()).toEqual(next.map((f) => f.path).sort());
  expect(await gitCli(gitdir, '--git-dir', gitdir, 'show', 'main:pain-points/p1.json')).toBe(
    '{"id":"p1","quote":"fast"}\n',
  );

  // Read back through what this process remembers, and from git alone: the same files.
  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : 1);
  const remembered = (await readCommitTexts(fs, gitdir, head, 'sli-data')).sort(byPath);
  expect(remembered).toEqual(next.filter((f) => !f.path.startsWith('sli-data/')).sort(byPath));
  expect((await readCommitFiles(fs, gitdir, head, true)).sort(byPath)).toEqual(
    [...next].sort(byPath),
  );

  // Unchanged again on top of the new commit: nothing written, the tree is the parent's.
  const again = await writeChangedTree(fs, gitdir, next, await readTreeIndex(fs, gitdir, head));
  expect(again).toEqual({ tree: second.tree, changed: [], removed: [] });
});
