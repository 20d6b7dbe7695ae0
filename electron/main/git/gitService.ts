import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { join } from 'node:path';
import * as git from 'isomorphic-git';
import type { HttpClient } from 'isomorphic-git';
import {
  buildWorkbookFile,
  parseWorkbookFile,
  serializeWorkbookFile,
  workbookFileContents,
  type WorkbookContents,
} from '../../../shared/domain/workbookFile';
import { conflictKey, type MergeChoice } from '../../../shared/repository/mergeWorkbooks';
import { fromRepository } from '../../../shared/repository/repositoryForm';
import { readCommitFiles, syncWorkbook } from '../../../shared/sync/gitSync';
import {
  gitConnectRequestSchema,
  gitOpenRequestSchema,
  gitShareRequestSchema,
  gitSyncRequestSchema,
  type GitCallResult,
  type GitConflictView,
  type GitFailureKind,
} from '../../../shared/sync/gitLinkRequests';

/**
 * Runs git for the renderer: in Electron's main process, and in the web build's same-origin
 * server (scripts/gitProxy.mjs). Every request is checked here; the token is kept by `tokens`
 * (session memory in the web build) and only ever handed to isomorphic-git's onAuth, so it is
 * never in a URL, the git config, a log or an answer.
 */
export interface TokenKeeper {
  get(linkId: string): string | null;
  set(linkId: string, token: string | null): void;
}

export function memoryTokens(): TokenKeeper {
  const kept = new Map<string, string>();
  return {
    get: (id) => kept.get(id) ?? null,
    set: (id, token) => void (token ? kept.set(id, token) : kept.delete(id)),
  };
}

export interface GitServiceOptions {
  /** Where each link's bare git directory lives. */
  rootDir: string;
  http: HttpClient;
  tokens: TokenKeeper;
  appVersion: string;
  now?: () => Date;
}

const failed = (kind: GitFailureKind, message: string): GitCallResult => ({
  status: 'failed',
  kind,
  message,
});

const INVALID = failed('failed', 'The app sent a request it should not have; nothing was done.');

/** A git error said in words a person can act on. */
export function gitFailure(error: unknown): GitCallResult {
  const e = error as { code?: string; data?: { statusCode?: number }; message?: string };
  const status = e?.data?.statusCode;
  if (status === 401 || e?.code === 'UserCanceledError')
    return failed('unauthorized', 'The git host did not accept the token: give it again.');
  if (status === 403)
    return failed(
      'forbidden',
      'The token cannot push to this repository: ask for a token with write access.',
    );
  if (status === 404)
    return failed('failed', 'No repository at that address: check it on the git host.');
  const text = `${e?.code ?? ''} ${e?.message ?? ''}`;
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|fetch failed|network/i.test(text))
    return failed('offline', 'Offline: the git host did not answer. Your changes are kept here.');
  return failed('failed', `Sync did not finish: ${e?.message ?? String(error)}`);
}

export function createGitService(options: GitServiceOptions) {
  const fs = nodeFs;
  const { http, tokens } = options;
  const now = options.now ?? (() => new Date());
  // One git directory per link and address, so a changed address starts clean.
  const gitdirOf = (linkId: string, url: string) =>
    join(
      options.rootDir,
      `${linkId}-${createHash('sha256').update(url).digest('hex').slice(0, 12)}`,
    );
  const credentialsOf = (linkId: string) => {
    const token = tokens.get(linkId);
    // Hosts read the token as the password; the user name only has to be non-empty.
    return token ? { username: 'x-access-token', password: token } : null;
  };
  const fileText = (contents: WorkbookContents) =>
    serializeWorkbookFile(buildWorkbookFile(contents, options.appVersion, now().toISOString()));
  const readFile = (text: string): WorkbookContents | null => {
    const parsed = parseWorkbookFile(text);
    return parsed.ok ? workbookFileContents(parsed.value) : null;
  };

  /** The commit the remote's main branch is at, or null for an empty repository. */
  async function fetchRemote(linkId: string, url: string): Promise<string | null> {
    const gitdir = gitdirOf(linkId, url);
    await git.init({ fs, gitdir, bare: true, defaultBranch: 'main' });
    await git.addRemote({ fs, gitdir, remote: 'origin', url, force: true });
    const credentials = credentialsOf(linkId);
    try {
      const fetched = await git.fetch({
        fs,
        http,
        gitdir,
        remote: 'origin',
        ref: 'main',
        singleBranch: true,
        tags: false,
        onAuth: () => (credentials ? { ...credentials } : { cancel: true }),
        onAuthFailure: () => ({ cancel: true }),
      });
      return fetched.fetchHead ?? null;
    } catch (error) {
      if ((error as { code?: string }).code === 'NotFoundError') return null;
      throw error;
    }
  }

  return {
    connect(request: unknown): GitCallResult {
      const checked = gitConnectRequestSchema.safeParse(request);
      if (!checked.success) return INVALID;
      tokens.set(checked.data.linkId, checked.data.token || null);
      return { status: 'synced', commit: '', file: null, message: null };
    },

    /** Gives an empty repository the workbook; refuses one that already holds something. */
    async share(request: unknown): Promise<GitCallResult> {
      const checked = gitShareRequestSchema.safeParse(request);
      if (!checked.success) return INVALID;
      const { linkId, url, author, file } = checked.data;
      const contents = readFile(file);
      if (!contents) return INVALID;
      try {
        if (await fetchRemote(linkId, url))
          return failed(
            'not-empty',
            'This repository already holds a workbook. To work on it, use Workbook → “Open a shared workbook…”.',
          );
        return await runSync(linkId, url, author, contents, null, new Map());
      } catch (error) {
        return gitFailure(error);
      }
    },

    /** Reads the workbook a repository holds, to be opened as a new workbook here. */
    async open(request: unknown): Promise<GitCallResult> {
      const checked = gitOpenRequestSchema.safeParse(request);
      if (!checked.success) return INVALID;
      const { linkId, url } = checked.data;
      try {
        const head = await fetchRemote(linkId, url);
        if (!head)
          return failed(
            'empty',
            'This repository is empty: open a workbook here and use “Share through git…” to give it one.',
          );
        const read = fromRepository(await readCommitFiles(fs, gitdirOf(linkId, url), head));
        if (!read.ok) {
          const first = read.problems[0]!;
          return failed(
            'refused',
            `The repository does not hold a readable workbook: ${first.path}, line ${first.line}: ${first.rule}` +
              (read.problems.length > 1 ? ` (and ${read.problems.length - 1} more)` : ''),
          );
        }
        return { status: 'opened', commit: head, file: fileText(read.contents) };
      } catch (error) {
        return gitFailure(error);
      }
    },

    async sync(request: unknown): Promise<GitCallResult> {
      const checked = gitSyncRequestSchema.safeParse(request);
      if (!checked.success) return INVALID;
      const { linkId, url, author, base, file, choices } = checked.data;
      const contents = readFile(file);
      if (!contents) return INVALID;
      const chosen = new Map<string, MergeChoice>(choices.map((c) => [c.key, { take: c.take }]));
      try {
        return await runSync(linkId, url, author, contents, base, chosen);
      } catch (error) {
        return gitFailure(error);
      }
    },
  };

  async function runSync(
    linkId: string,
    url: string,
    author: { name: string; email: string },
    contents: WorkbookContents,
    base: string | null,
    choices: Map<string, MergeChoice>,
  ): Promise<GitCallResult> {
    const once = () =>
      syncWorkbook({
        fs,
        http,
        gitdir: gitdirOf(linkId, url),
        url,
        credentials: credentialsOf(linkId),
        author: { ...author, timestamp: Math.floor(now().getTime() / 1000) },
        contents,
        base,
        choices,
      });
    let result = await once();
    // When both sides edited a record, both moved its "last changed" time: that is no choice
    // for a person to make, the later time is taken and only the real fields are asked.
    if (result.status === 'conflicts') {
      const times = result.conflicts.filter(
        (c) =>
          c.field === 'updatedAt' && typeof c.mine === 'string' && typeof c.theirs === 'string',
      );
      for (const c of times)
        choices.set(conflictKey(c), {
          take: (c.mine as string) >= (c.theirs as string) ? 'mine' : 'theirs',
        });
      if (times.length) result = await once();
    }
    switch (result.status) {
      case 'synced':
        return {
          status: 'synced',
          commit: result.commit,
          file: fileText(result.contents),
          message: result.message,
        };
      case 'unauthorized':
        return gitFailure({ code: 'UserCanceledError' });
      case 'refused': {
        const first = result.problems[0]!;
        return failed(
          'refused',
          `The repository holds files the app cannot read: ${first.path}, line ${first.line}: ${first.rule}`,
        );
      }
      case 'conflicts':
        return {
          status: 'conflicts',
          conflicts: result.conflicts.map((c) => conflictView(c, contents)),
        };
    }
  }
}

function conflictView(
  c: { kind: string; id: string; field: string | null; mine: unknown; theirs: unknown },
  contents: WorkbookContents,
): GitConflictView {
  const list = (contents as unknown as Record<string, unknown>)[c.kind];
  const record = Array.isArray(list)
    ? (list as { id?: string }[]).find((r) => r.id === c.id)
    : c.kind === 'workbook'
      ? contents.workbook
      : undefined;
  const named = record as Record<string, unknown> | undefined;
  const name = named?.['name'] ?? named?.['title'] ?? named?.['quote'] ?? c.id;
  return {
    key: conflictKey({ kind: c.kind as never, id: c.id, field: c.field }),
    kind: c.kind,
    id: c.id,
    field: c.field,
    label: String(name).slice(0, 120),
    mine: c.mine ?? null,
    theirs: c.theirs ?? null,
  };
}

export type GitService = ReturnType<typeof createGitService>;
