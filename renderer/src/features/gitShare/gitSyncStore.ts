import { create } from 'zustand';
import type { GitConflictView, GitFailureKind } from '../../../../shared/sync/gitLinkRequests';
import type { WorkbookDatabase } from '../../db/database';
import { getGitLink, saveSynced } from '../../db/gitLinkRepository';
import { readWorkbookContents } from '../../db/workbookRepository';
import { showInfo } from '../../ui/noticeStore';
import { callGit, contentsOfText, workbookText } from './gitClient';

export type GitDialog = 'share' | 'open' | 'token' | 'conflicts' | null;

interface GitSyncState {
  dialog: GitDialog;
  /** The workbook the state below is about; a switch of workbook clears it. */
  workbookId: string | null;
  running: boolean;
  failure: { kind: GitFailureKind; message: string } | null;
  conflicts: GitConflictView[] | null;
  /** The choices of a sync the host refused for its token: sent again once it is given. */
  lastChoices: { key: string; take: 'mine' | 'theirs' }[];
  openDialog: (dialog: GitDialog) => void;
  forget: (workbookId: string) => void;
}

export const useGitSync = create<GitSyncState>()((set, get) => ({
  dialog: null,
  workbookId: null,
  running: false,
  failure: null,
  conflicts: null,
  lastChoices: [],
  openDialog: (dialog) => set({ dialog }),
  forget: (workbookId) => {
    if (get().workbookId !== workbookId)
      set({ workbookId, failure: null, conflicts: null, running: false, lastChoices: [] });
  },
}));

/**
 * One sync of the workbook with its repository. Conflicts wait for the person's choices (passed
 * back here as `choices`); nothing is pushed while any is open.
 */
export async function runSync(
  db: WorkbookDatabase,
  workbookId: string,
  choices: { key: string; take: 'mine' | 'theirs' }[] = [],
): Promise<void> {
  const store = useGitSync.getState();
  if (store.running) return;
  useGitSync.setState({ workbookId, running: true, failure: null, lastChoices: choices });
  try {
    const link = await getGitLink(db, workbookId);
    const sent = await readWorkbookContents(db, workbookId);
    if (!link || !sent) return;
    const result = await callGit('sync', {
      linkId: link.linkId,
      url: link.url,
      author: link.author,
      base: link.base,
      file: workbookText(sent),
      choices,
    });
    if (result.status === 'conflicts') {
      useGitSync.setState({ conflicts: result.conflicts, dialog: 'conflicts' });
    } else if (result.status === 'failed') {
      useGitSync.setState({
        failure: { kind: result.kind, message: result.message },
        dialog: result.kind === 'unauthorized' ? 'token' : null,
      });
    } else if (result.status === 'synced' && result.file) {
      const written = await saveSynced(db, sent, contentsOfText(result.file), {
        linkId: link.linkId,
        url: link.url,
        branch: link.branch,
        author: link.author,
        base: result.commit,
        lastSyncedAt: new Date().toISOString(),
      });
      useGitSync.setState({ conflicts: null, lastChoices: [] });
      if (!written)
        showInfo('You edited the workbook while it synced: sync again to send that edit too.');
    }
  } catch (error) {
    useGitSync.setState({
      failure: {
        kind: 'failed',
        message: `Sync did not finish: ${error instanceof Error ? error.message : String(error)}`,
      },
    });
  } finally {
    useGitSync.setState({ running: false });
  }
}
