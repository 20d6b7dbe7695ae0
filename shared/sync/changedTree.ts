import * as git from 'isomorphic-git';
import type { PromiseFsClient } from 'isomorphic-git';
import type { RepositoryFile } from '../repository/repositoryForm';

/**
 * A commit's tree as ids only: every file's blob id by path and every folder's tree id, read
 * from the tree objects alone (never a blob), so that a sync can tell which files changed by
 * hashing its own text instead of reading 45,000 blobs back.
 */
export interface TreeIndex {
  blobs: Map<string, string>;
  /** By folder path, "" for the root. */
  trees: Map<string, string>;
  /** How many entries each folder holds, so a folder that lost a file is not taken as unchanged. */
  sizes: Map<string, number>;
}

export const emptyTreeIndex = (): TreeIndex => ({
  blobs: new Map(),
  trees: new Map(),
  sizes: new Map(),
});

/**
 * The last trees this process wrote, with each file's text: the next sync compares its text with
 * these instead of hashing 45,000 files again, and skips reading the tree back. Keyed by the
 * root tree's id, which names its content exactly, so an entry can never be stale; two kept per
 * git directory (the one pushed, and the one a failed push left behind).
 */
interface Written {
  index: TreeIndex;
  texts: Map<string, string>;
}
const written = new Map<string, Map<string, Written>>();
const KEPT = 2;

function remember(gitdir: string, tree: string, entry: Written): void {
  const trees = written.get(gitdir) ?? new Map<string, Written>();
  trees.delete(tree);
  trees.set(tree, entry);
  while (trees.size > KEPT) trees.delete(trees.keys().next().value!);
  written.set(gitdir, trees);
}

export async function readTreeIndex(
  fs: PromiseFsClient,
  gitdir: string,
  commit: string,
): Promise<TreeIndex> {
  const { commit: c } = await git.readCommit({ fs, gitdir, oid: commit });
  const known = written.get(gitdir)?.get(c.tree);
  if (known) return known.index;
  const index = emptyTreeIndex();
  const walk = async (oid: string, folder: string) => {
    index.trees.set(folder, oid);
    const { tree } = await git.readTree({ fs, gitdir, oid });
    index.sizes.set(folder, tree.length);
    for (const entry of tree) {
      const path = folder ? `${folder}/${entry.path}` : entry.path;
      if (entry.type === 'tree') await walk(entry.oid, path);
      else if (entry.type === 'blob') index.blobs.set(path, entry.oid);
    }
  };
  await walk(c.tree, '');
  return index;
}

export interface ChangedTree {
  tree: string;
  /** Paths whose content differs from the base: added or changed. */
  changed: string[];
  /** Paths the base had and the files do not. */
  removed: string[];
}

interface Folder {
  files: Map<string, string>;
  folders: Map<string, Folder>;
}

/**
 * Writes the files as a tree on top of `base`: a blob only for a file whose content differs
 * from the base's, a tree only for a folder whose entries differ; every other object is the
 * base's own, already on disk (and on the remote, so the push sends only what is new).
 */
export async function writeChangedTree(
  fs: PromiseFsClient,
  gitdir: string,
  files: readonly RepositoryFile[],
  base: TreeIndex,
): Promise<ChangedTree> {
  const encoder = new TextEncoder();
  const known = written.get(gitdir)?.get(base.trees.get('') ?? '')?.texts;
  const index = emptyTreeIndex();
  const texts = new Map<string, string>();
  const root: Folder = { files: new Map(), folders: new Map() };
  const changed: string[] = [];
  const present = new Set<string>();
  for (const file of files) {
    let oid = known?.get(file.path) === file.text ? base.blobs.get(file.path) : undefined;
    if (oid === undefined) {
      const bytes = encoder.encode(file.text);
      oid = (await git.hashBlob({ object: bytes })).oid;
      if (base.blobs.get(file.path) !== oid) {
        await git.writeBlob({ fs, gitdir, blob: bytes });
        changed.push(file.path);
      }
    }
    present.add(file.path);
    index.blobs.set(file.path, oid);
    texts.set(file.path, file.text);
    const parts = file.path.split('/');
    let folder = root;
    for (const part of parts.slice(0, -1)) {
      let next = folder.folders.get(part);
      if (!next) folder.folders.set(part, (next = { files: new Map(), folders: new Map() }));
      folder = next;
    }
    folder.files.set(parts[parts.length - 1]!, oid);
  }
  const removed = [...base.blobs.keys()].filter((path) => !present.has(path));
  const write = async (folder: Folder, path: string): Promise<string> => {
    const entries: git.TreeEntry[] = [];
    let same = base.sizes.get(path) === folder.files.size + folder.folders.size;
    for (const [name, oid] of folder.files) {
      entries.push({ mode: '100644', path: name, oid, type: 'blob' });
      if (same && base.blobs.get(path ? `${path}/${name}` : name) !== oid) same = false;
    }
    for (const [name, sub] of folder.folders) {
      const subPath = path ? `${path}/${name}` : name;
      const oid = await write(sub, subPath);
      entries.push({ mode: '040000', path: name, oid, type: 'tree' });
      if (same && base.trees.get(subPath) !== oid) same = false;
    }
    index.sizes.set(path, entries.length);
    const unchanged = base.trees.get(path);
    const oid = same && unchanged ? unchanged : await git.writeTree({ fs, gitdir, tree: entries });
    index.trees.set(path, oid);
    return oid;
  };
  const tree = await write(root, '');
  remember(gitdir, tree, { index, texts });
  return { tree, changed, removed };
}

/** The text of some files of a commit's tree, by the index's blob ids. */
export async function readIndexedFiles(
  fs: PromiseFsClient,
  gitdir: string,
  index: TreeIndex,
  paths: readonly string[],
): Promise<RepositoryFile[]> {
  const decoder = new TextDecoder();
  const out: RepositoryFile[] = [];
  for (const path of paths) {
    const oid = index.blobs.get(path);
    if (!oid) continue;
    const { blob } = await git.readBlob({ fs, gitdir, oid });
    out.push({ path, text: decoder.decode(blob) });
  }
  return out;
}

/**
 * The files of a commit without those under `skip` (the reports), each text taken from a tree
 * this process wrote when its blob id is there, and read from git only otherwise: after a sync,
 * reading the remote's next commit reads only the files someone else changed.
 */
export async function readCommitTexts(
  fs: PromiseFsClient,
  gitdir: string,
  commit: string,
  skip: string,
): Promise<RepositoryFile[]> {
  const index = await readTreeIndex(fs, gitdir, commit);
  const known = new Map<string, string>();
  for (const { index: remembered, texts } of written.get(gitdir)?.values() ?? []) {
    for (const [path, oid] of remembered.blobs) known.set(oid, texts.get(path)!);
  }
  const decoder = new TextDecoder();
  const out: RepositoryFile[] = [];
  for (const [path, oid] of index.blobs) {
    if (path.startsWith(`${skip}/`)) continue;
    let text = known.get(oid);
    if (text === undefined) {
      const { blob } = await git.readBlob({ fs, gitdir, oid });
      text = decoder.decode(blob);
    }
    out.push({ path, text });
  }
  return out;
}
