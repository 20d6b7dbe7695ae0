import * as git from 'isomorphic-git';
import type { HttpClient, PromiseFsClient } from 'isomorphic-git';
import type { WorkbookContents } from '../domain/workbookFile';
import { RECORD_KIND_DESCRIPTORS } from '../domain/recordKinds';
import {
  mergeWorkbooks,
  unchosen,
  type MergeChoice,
  type MergeConflict,
} from '../repository/mergeWorkbooks';
import { REPORTS_FOLDER } from '../repository/recordPaths';
import {
  toRepository,
  type RepositoryFile,
  type RepositoryProblem,
} from '../repository/repositoryForm';
import {
  emptyTreeIndex,
  readCommitTexts,
  readIndexedFiles,
  readTreeIndex,
  writeChangedTree,
} from './changedTree';
import { describeRefusals, landValidFiles } from './landValidFiles';

/**
 * Sync of a workbook with a git remote, with isomorphic-git as the engine (the same code in
 * Electron's main process and in the browser; no git install needed). The records are the
 * working tree: blobs, trees and a commit are written straight from the repository form; the
 * remote's records are merged per record and per field (never per line) with the last synced
 * commit as the base; then pushed. A push the remote refused because it moved starts again.
 */
export interface SyncOptions {
  fs: PromiseFsClient;
  http: HttpClient;
  /** The local git directory (bare): objects and the last synced commit. */
  gitdir: string;
  url: string;
  credentials: { username: string; password: string } | null;
  author: { name: string; email: string; timestamp?: number };
  /** The workbook as the database holds it now. */
  contents: WorkbookContents;
  /** The last commit synced from or to the remote; null before the first sync. */
  base: string | null;
  choices?: ReadonlyMap<string, MergeChoice>;
}

export type SyncResult =
  | {
      status: 'synced';
      commit: string;
      contents: WorkbookContents;
      message: string | null;
      /**
       * Record files from the remote that break a rule, each with its path, line and rule: not
       * taken (the local record stays as it was) and put back to their last valid version by
       * this sync's commit; the rest of the remote's changes landed.
       */
      refused: RepositoryProblem[];
    }
  | { status: 'conflicts'; conflicts: MergeConflict[]; remote: string }
  | { status: 'refused'; problems: RepositoryProblem[]; remote: string }
  | { status: 'unauthorized' };

const BRANCH = 'main';
const ATTEMPTS = 5;

/** The files of a commit; the reports are left out when only the records are wanted. */
export async function readCommitFiles(
  fs: PromiseFsClient,
  gitdir: string,
  commit: string,
  withReports = false,
): Promise<RepositoryFile[]> {
  const files: RepositoryFile[] = [];
  const decoder = new TextDecoder();
  const walk = async (oid: string, prefix: string) => {
    const { tree } = await git.readTree({ fs, gitdir, oid });
    for (const entry of tree) {
      const path = `${prefix}${entry.path}`;
      if (entry.type === 'tree') {
        if (withReports || path !== REPORTS_FOLDER) await walk(entry.oid, `${path}/`);
      } else if (entry.type === 'blob') {
        const { blob } = await git.readBlob({ fs, gitdir, oid: entry.oid });
        files.push({ path, text: decoder.decode(blob) });
      }
    }
  };
  const { commit: c } = await git.readCommit({ fs, gitdir, oid: commit });
  await walk(c.tree, '');
  return files;
}

/** "Added 2 pain points; changed the SLO “Checkout completes”": what a sync changed, in words. */
export function describeChanges(
  before: readonly RepositoryFile[],
  after: readonly RepositoryFile[],
): string {
  const old = new Map(before.map((f) => [f.path, f.text]));
  const now = new Map(after.map((f) => [f.path, f.text]));
  const parts: string[] = [];
  const nameOf = (text: string | undefined) => {
    try {
      const r = JSON.parse(text ?? '{}') as Record<string, unknown>;
      const name = r['name'] ?? r['title'] ?? r['quote'];
      return typeof name === 'string' ? `“${name.slice(0, 60)}”` : null;
    } catch {
      return null;
    }
  };
  for (const d of RECORD_KIND_DESCRIPTORS) {
    const inFolder = (p: string) => p.startsWith(`${d.folder}/`);
    const added = [...now.keys()].filter((p) => inFolder(p) && !old.has(p));
    const removed = [...old.keys()].filter((p) => inFolder(p) && !now.has(p));
    const changed = [...now.keys()].filter(
      (p) => inFolder(p) && old.has(p) && old.get(p) !== now.get(p),
    );
    const say = (verb: string, paths: string[], texts: Map<string, string>) => {
      if (paths.length === 0) return;
      const name = paths.length === 1 ? nameOf(texts.get(paths[0]!)) : null;
      parts.push(
        paths.length === 1
          ? `${verb} ${d.one}${name ? ` ${name}` : ''}`
          : `${verb} ${paths.length} ${d.label}`,
      );
    };
    say('added', added, now);
    say('changed', changed, now);
    say('removed', removed, old);
  }
  const wb = 'workbook.json';
  if (old.has(wb) && old.get(wb) !== now.get(wb))
    parts.push('changed the workbook’s name or description');
  const sli = (m: Map<string, string>) => [...m.keys()].filter((p) => p.startsWith('sli-data/'));
  const sliChanged = new Set([...sli(old), ...sli(now)].filter((p) => old.get(p) !== now.get(p)));
  if (sliChanged.size) parts.push(`SLI data of ${sliChanged.size} days`);
  if (parts.length === 0) return 'Reports made again';
  const text = parts.join('; ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

/**
 * A push the remote did not take: refused before sending because the remote is not an ancestor
 * (PushRejectedError), or sent and its ref not updated (GitPushError: another push landed
 * between this one's look at the remote and its update). Either way, fetch and look again.
 */
function isPushRejected(error: unknown): boolean {
  const e = error as { code?: string };
  return e?.code === 'PushRejectedError' || e?.code === 'GitPushError';
}

/** The host's own words, when it refused a push for a reason other than having moved. */
function hostRefused(error: unknown): Error {
  const e = error as { data?: { prettyDetails?: string; reason?: string }; message?: string };
  const details = e?.data?.prettyDetails ?? e?.data?.reason ?? e?.message ?? '';
  return new Error(`the git host refused the push: ${details.trim()}`);
}

function isUnauthorized(error: unknown): boolean {
  const e = error as { code?: string; data?: { statusCode?: number } };
  // Cancelled: by onAuth or onAuthFailure below, which only ever cancel a refused token.
  return (e?.code === 'HttpError' && e.data?.statusCode === 401) || e?.code === 'UserCanceledError';
}

/** One sync: fetch, merge per record and per field, commit once, push; again if the remote moved. */
export async function syncWorkbook(options: SyncOptions): Promise<SyncResult> {
  const { fs, http, gitdir, url, credentials, author, base } = options;
  const choices = options.choices ?? new Map<string, MergeChoice>();
  await git.init({ fs, gitdir, bare: true, defaultBranch: BRANCH });
  // The URL is only ever in the git directory's config, never with the token in it.
  await git.addRemote({ fs, gitdir, remote: 'origin', url, force: true });
  const onAuth = () => (credentials ? { ...credentials } : { cancel: true });
  const onAuthFailure = () => ({ cancel: true });
  try {
    let rejected: { remote: string | null; error: unknown } | null = null;
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      let remote: string | null = null;
      try {
        const fetched = await git.fetch({
          fs,
          http,
          gitdir,
          remote: 'origin',
          ref: BRANCH,
          singleBranch: true,
          tags: false,
          onAuth,
          onAuthFailure,
        });
        remote = fetched.fetchHead ?? null;
      } catch (error) {
        // An empty repository has no branch to fetch yet: the first sync gives it the workbook.
        if ((error as { code?: string }).code !== 'NotFoundError') throw error;
      }
      // Refused, yet the remote did not move: pushing the same again would be refused again.
      if (rejected && rejected.remote === remote) throw hostRefused(rejected.error);
      let contents = options.contents;
      let refused: RepositoryProblem[] = [];
      if (remote && remote !== base) {
        const read = (commit: string) => readCommitTexts(fs, gitdir, commit, REPORTS_FOLDER);
        const baseFiles = base ? await read(base) : null;
        const theirs = landValidFiles(await read(remote), baseFiles);
        if (!theirs.ok) return { status: 'refused', problems: theirs.problems, remote };
        refused = theirs.refused;
        const baseRead = baseFiles ? landValidFiles(baseFiles, null) : null;
        const baseContents = baseRead?.ok ? baseRead.contents : null;
        const result = mergeWorkbooks(baseContents, contents, theirs.contents, choices);
        const open = unchosen(result.conflicts, choices);
        if (open.length) return { status: 'conflicts', conflicts: open, remote };
        contents = result.merged;
      }
      const files = toRepository(contents);
      // Only what differs from the commit this one follows is hashed into new objects.
      const parent = remote ? await readTreeIndex(fs, gitdir, remote) : emptyTreeIndex();
      const written = await writeChangedTree(fs, gitdir, files, parent);
      if (remote && written.tree === parent.trees.get('')) {
        return { status: 'synced', commit: remote, contents, message: null, refused };
      }
      const texts = new Map(files.map((f) => [f.path, f.text]));
      const before = await readIndexedFiles(fs, gitdir, parent, [
        ...written.changed,
        ...written.removed,
      ]);
      const after = written.changed.map((path) => ({ path, text: texts.get(path)! }));
      const message = [describeChanges(before, after), describeRefusals(refused)]
        .filter(Boolean)
        .join('\n\n');
      const commit = await git.commit({
        fs,
        gitdir,
        message: `${message}\n`,
        author,
        tree: written.tree,
        parent: remote ? [remote] : [],
        noUpdateBranch: true,
      });
      await git.writeRef({ fs, gitdir, ref: `refs/heads/${BRANCH}`, value: commit, force: true });
      try {
        const pushed = await git.push({
          fs,
          http,
          gitdir,
          remote: 'origin',
          ref: BRANCH,
          remoteRef: BRANCH,
          onAuth,
          onAuthFailure,
        });
        if (pushed.ok) return { status: 'synced', commit, contents, message, refused };
      } catch (error) {
        if (!isPushRejected(error)) throw error;
        rejected = { remote, error };
      }
      // The remote moved between the fetch and the push: fetch, merge and push again.
    }
    throw new Error('the remote kept moving: try again in a moment');
  } catch (error) {
    if (isUnauthorized(error)) return { status: 'unauthorized' };
    throw error;
  }
}
