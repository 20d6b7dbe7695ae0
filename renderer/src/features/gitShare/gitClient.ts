import {
  buildWorkbookFile,
  parseWorkbookFile,
  serializeWorkbookFile,
  workbookFileContents,
  type WorkbookContents,
} from '../../../../shared/domain/workbookFile';
import type { GitCallResult } from '../../../../shared/sync/gitLinkRequests';
import { platform } from '../../platform/platform';

declare const __APP_VERSION__: string;

type GitCall = 'connect' | 'share' | 'open' | 'sync';

/** Through the platform's bridge: Electron's main process, or the web build's own server. */
export function callGit(call: GitCall, body: object): Promise<GitCallResult> {
  // Typed by the caller's dialog; main (or the web build's server) checks it before any use.
  const request = body as never;
  switch (call) {
    case 'connect':
      return platform.gitConnect(request);
    case 'share':
      return platform.gitShare(request);
    case 'open':
      return platform.gitOpen(request);
    case 'sync':
      return platform.gitSync(request);
  }
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
