import * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import http from 'isomorphic-git/http/node';
import type { WorkbookContents } from '../../shared/domain/workbookFile';
import { toRepository } from '../../shared/repository/repositoryForm';
import { syncWorkbook } from '../../shared/sync/gitSync';
import { buildScaleWorkbook } from '../fixtures/scaleWorkbook';
import { git, startGitServer, type GitServer } from '../main/git/gitHttpServer';
import { printRows, type Row } from './measure';

const user = { username: 'bench', password: 'bench-token' };
const author = { name: 'Bench', email: 'bench@example.com' };

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

const authed = (server: GitServer) =>
  server.url.replace('http://', `http://${user.username}:${user.password}@`);

/** `git add -A && git commit && git push`, as a person would type it, in `work`. */
const cliCommitAndPush = async (work: string, server: GitServer, message: string) => {
  await git(work, 'add', '-A');
  await git(
    work,
    '-c',
    `user.name=${author.name}`,
    '-c',
    `user.email=${author.email}`,
    'commit',
    '-qm',
    message,
  );
  await git(work, 'push', '-q', authed(server), 'HEAD:main');
};

function edited(contents: WorkbookContents, round: number): WorkbookContents {
  const target = contents.painPoints[(round * 997) % contents.painPoints.length]!;
  const at = new Date(Date.UTC(2026, 1, 1 + round)).toISOString();
  return {
    ...contents,
    painPoints: contents.painPoints.map((p) =>
      p === target ? { ...p, quote: `Edited in round ${round}`, updatedAt: at } : p,
    ),
  };
}

/**
 * Sync of the 200-journey workbook (200 journeys x 20 steps, one pain point each: 8,905 files,
 * as ARCHITECTURE.md measured it; BENCH_GIT_PAINS=10 gives the app bench's 44,905)
 * through the real `git http-backend`, beside the git command line doing the same to a second
 * repository on the same kind of server in the same run: the first push of the whole workbook,
 * then one changed record. Each changed record is written by both sides; the app also hashes its
 * records and makes its reports again, as a sync does.
 */
export async function runGitSyncBench(rounds = 3): Promise<void> {
  const appServer = await startGitServer(user.username, user.password);
  const cliServer = await startGitServer(user.username, user.password);
  try {
    let contents = buildScaleWorkbook(200, 20, Number(process.env['BENCH_GIT_PAINS'] ?? 1));
    const gitdir = mkdtempSync(join(tmpdir(), 'bench-sync-'));
    const work = mkdtempSync(join(tmpdir(), 'bench-cli-'));
    const writeFiles = (files: { path: string; text: string }[]) => {
      for (const file of files) {
        mkdirSync(dirname(join(work, file.path)), { recursive: true });
        writeFileSync(join(work, file.path), file.text);
      }
    };
    const files = toRepository(contents);
    writeFiles(files);
    await git(work, 'init', '-q', '--initial-branch=main');

    const sync = (next: WorkbookContents, base: string | null) =>
      syncWorkbook({
        fs,
        http,
        gitdir,
        url: appServer.url,
        credentials: user,
        author,
        contents: next,
        base,
      });
    const appFirst = await timed(() => sync(contents, null));
    if (appFirst.value.status !== 'synced') throw new Error(`first sync: ${appFirst.value.status}`);
    let base = appFirst.value.commit;
    const cliFirst = await timed(() => cliCommitAndPush(work, cliServer, 'Whole workbook'));

    const app: number[] = [];
    const cli: number[] = [];
    for (let round = 1; round <= rounds; round += 1) {
      const next = edited(contents, round);
      const result = await timed(() => sync(next, base));
      if (result.value.status !== 'synced' || result.value.message === null)
        throw new Error(`round ${round}: ${result.value.status}`);
      base = result.value.commit;
      contents = next;
      app.push(result.ms);
      // The same record's file, as the person's editor would write it, then the three commands.
      const id = next.painPoints[(round * 997) % next.painPoints.length]!.id;
      const path = `pain-points/${id}.json`;
      writeFiles(toRepository(next, { reports: false }).filter((f) => f.path === path));
      cli.push((await timed(() => cliCommitAndPush(work, cliServer, `Round ${round}`))).ms);
    }
    app.sort((x, y) => x - y);
    cli.sort((x, y) => x - y);
    const mid = Math.floor(rounds / 2);
    const rows: Row[] = [
      {
        name: `first push, ${files.length.toLocaleString('en-US')} files`,
        reference: 'git add -A && git commit && git push',
        ms: appFirst.ms,
        referenceMs: cliFirst.ms,
        medianMs: appFirst.ms,
        referenceMedianMs: cliFirst.ms,
        goal: null,
      },
      {
        name: 'sync of one changed record',
        reference: 'git add -A && git commit && git push',
        ms: app[0]!,
        referenceMs: cli[0]!,
        medianMs: app[mid]!,
        referenceMedianMs: cli[mid]!,
        goal: 2,
      },
    ];
    printRows(
      `Git sync of the 200-journey workbook (${contents.painPoints.length.toLocaleString('en-US')} pain points) through git http-backend`,
      rows,
    );
  } finally {
    await appServer.close();
    await cliServer.close();
  }
}
