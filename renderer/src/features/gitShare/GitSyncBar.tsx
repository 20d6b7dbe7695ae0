import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { Workbook } from '../../../../shared/domain/workbook';
import { agoText } from '../../../../shared/sync/agoText';
import { countUnpushed, fingerprints } from '../../../../shared/sync/unpushedChanges';
import { useDatabase } from '../../db/DatabaseContext';
import { getGitLink } from '../../db/gitLinkRepository';
import { readWorkbookContents } from '../../db/workbookRepository';
import { useMinuteClock } from '../../ui/useMinuteClock';
import { ConflictReview } from './ConflictReview';
import { GitConnectDialog } from './GitConnectDialog';
import { runSync, useGitSync } from './gitSyncStore';
import './gitShare.css';

/**
 * The top bar's git state in words, the Sync button (Ctrl+Shift+S), and the git dialogs. Shown
 * only for a workbook shared through git; the dialogs open from the Workbook menu too.
 */
export function GitSyncBar({ workbook }: { workbook: Workbook }) {
  const db = useDatabase();
  const { dialog, openDialog, running, failure, conflicts, forget } = useGitSync();
  useEffect(() => forget(workbook.id), [forget, workbook.id]);
  const link = useLiveQuery(() => getGitLink(db, workbook.id), [db, workbook.id]);
  const unpushed = useLiveQuery(async () => {
    if (!link) return 0;
    const now = await readWorkbookContents(db, workbook.id);
    return now ? countUnpushed(link.synced, fingerprints(now)) : 0;
  }, [db, workbook.id, link]);
  const nowMs = useMinuteClock();
  const linked = Boolean(link);

  useEffect(() => {
    if (!linked) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 's' || !event.shiftKey || event.altKey) return;
      if (!(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      void runSync(db, workbook.id);
    };
    // The network came back: send what waited.
    const online = () => void runSync(db, workbook.id);
    window.addEventListener('keydown', onKey);
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('online', online);
    };
  }, [db, linked, workbook.id]);

  const waiting = unpushed ?? 0;
  let words: string | null = null;
  if (link) {
    if (running) words = 'Syncing with git…';
    else if (failure?.kind === 'offline')
      words = `Offline: changes kept${waiting ? ` (${waiting} not pushed)` : ''}`;
    else if (failure) words = failure.message;
    else if (conflicts?.length) words = null;
    else if (waiting) words = `${waiting} change${waiting === 1 ? '' : 's'} not pushed`;
    else words = `Synced ${agoText(link.lastSyncedAt, nowMs)}`;
  }

  return (
    <>
      {link && (
        <div className="git-sync" role="group" aria-label="Git sync">
          {conflicts?.length && !failure && !running ? (
            <button
              type="button"
              className="git-sync-conflicts"
              onClick={() => openDialog('conflicts')}
            >
              Needs your choice: {conflicts.length} conflict{conflicts.length === 1 ? '' : 's'}
            </button>
          ) : (
            <span
              className={
                failure && failure.kind !== 'offline' ? 'git-sync-words error' : 'git-sync-words'
              }
              role="status"
              title={words ?? undefined}
            >
              {words}
            </span>
          )}
          {failure?.kind === 'unauthorized' && (
            <button type="button" onClick={() => openDialog('token')}>
              Give the token
            </button>
          )}
          <button
            type="button"
            disabled={running}
            aria-keyshortcuts="Control+Shift+S"
            title="Sync with the repository (Ctrl+Shift+S)"
            onClick={() => void runSync(db, workbook.id)}
          >
            Sync
          </button>
        </div>
      )}
      {(dialog === 'share' || dialog === 'open' || dialog === 'token') && (
        <GitConnectDialog mode={dialog} workbook={workbook} onClose={() => openDialog(null)} />
      )}
      {dialog === 'conflicts' && conflicts?.length ? (
        <ConflictReview
          workbookId={workbook.id}
          conflicts={conflicts}
          onClose={() => openDialog(null)}
        />
      ) : null}
    </>
  );
}
