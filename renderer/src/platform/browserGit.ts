import type { BridgeApi } from '../../../shared/ipc';
import type { GitCallResult } from '../../../shared/sync/gitLinkRequests';

type GitApi = Pick<BridgeApi, 'gitConnect' | 'gitShare' | 'gitOpen' | 'gitSync'>;

const NO_HELPER: GitCallResult = {
  status: 'failed',
  kind: 'failed',
  message:
    'This page cannot reach git: open SLO Workbook with `npm run start:web` (its server runs git for the page), or use the desktop app.',
};

/**
 * The web build's git: the page asks its own server (scripts/gitProxy.mjs), which runs the same
 * sync engine as the desktop app's main process and keeps the token for the session only;
 * nothing here talks to the git host.
 */
export function createBrowserGit(fetchImpl: typeof fetch): GitApi {
  const call = async (name: string, body: object): Promise<GitCallResult> => {
    let answer: Response;
    try {
      answer = await fetchImpl(`/__git/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    } catch {
      return NO_HELPER;
    }
    if (!/^application\/json/.test(answer.headers.get('content-type') ?? '')) return NO_HELPER;
    return (await answer.json()) as GitCallResult;
  };
  return {
    gitConnect: (request) => call('connect', request),
    gitShare: (request) => call('share', request),
    gitOpen: (request) => call('open', request),
    gitSync: (request) => call('sync', request),
  };
}
