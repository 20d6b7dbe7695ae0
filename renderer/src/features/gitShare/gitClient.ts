import {
  buildWorkbookFile,
  parseWorkbookFile,
  serializeWorkbookFile,
  workbookFileContents,
  type WorkbookContents,
} from '../../../../shared/domain/workbookFile';
import type { GitCallResult } from '../../../../shared/sync/gitLinkRequests';

declare const __APP_VERSION__: string;

type GitCall = 'connect' | 'share' | 'open' | 'sync';

const NO_HELPER: GitCallResult = {
  status: 'failed',
  kind: 'failed',
  message:
    'This page cannot reach git: open SLO Workbook with `npm run start:web` (its server runs git for the page).',
};

/**
 * The web build's git: the page asks its own server (scripts/gitProxy.mjs), which runs the
 * sync engine and keeps the token for the session; nothing here talks to the git host.
 */
export async function callGit(call: GitCall, body: object): Promise<GitCallResult> {
  let answer: Response;
  try {
    answer = await fetch(`/__git/${call}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    return NO_HELPER;
  }
  if (!/^application\/json/.test(answer.headers.get('content-type') ?? '')) return NO_HELPER;
  return (await answer.json()) as GitCallResult;
}

export const workbookText = (contents: WorkbookContents) =>
  serializeWorkbookFile(buildWorkbookFile(contents, __APP_VERSION__, new Date().toISOString()));

/** The workbook in an answer, checked here too: the page writes only what it can read. */
export function contentsOfText(text: string): WorkbookContents {
  const parsed = parseWorkbookFile(text);
  if (!parsed.ok)
    throw new Error(`The repository's workbook could not be read: ${parsed.problems[0] ?? ''}`);
  return workbookFileContents(parsed.value);
}
