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

export async function readTreeIndex(
  fs: PromiseFsClient,
  gitdir: string,
  commit: string,
): Promise<TreeIndex> {
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
  const { commit: c } = await git.readCommit({ fs, gitdir, oid: commit });
  await walk(c.tree, '');
  return index;
}

export interface WrittenTree {
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
): Promise<WrittenTree> {
  const encoder = new TextEncoder();
  const root: Folder = { files: new Map(), folders: new Map() };
  const changed: string[] = [];
  const present = new Set<string>();
  for (const file of files) {
    const bytes = encoder.encode(file.text);
    const { oid } = await git.hashBlob({ object: bytes });
    if (base.blobs.get(file.path) !== oid) {
      await git.writeBlob({ fs, gitdir, blob: bytes });
      changed.push(file.path);
    }
    present.add(file.path);
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
    const known = base.trees.get(path);
    if (same && known) return known;
    return git.writeTree({ fs, gitdir, tree: entries });
  };
  return { tree: await write(root, ''), changed, removed };
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
