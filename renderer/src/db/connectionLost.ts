import type { WorkbookDatabase } from './database';

/** Why this window's connection to the data was closed. */
export type LostReason = 'upgraded' | 'deleted';

const reasons = new WeakMap<WorkbookDatabase, LostReason>();
const listeners = new WeakMap<WorkbookDatabase, Set<(reason: LostReason) => void>>();

/**
 * When another window opens the data with a newer version of the app (or deletes it), this
 * window closes its connection for good instead of writing records shaped for a schema it no
 * longer knows, and says why. Dexie's default would reopen on the next write: at the old version
 * after a delete, which would start an empty database beside the person's work.
 */
export function closeOnVersionChange(db: WorkbookDatabase): void {
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    const reason: LostReason = event.newVersion ? 'upgraded' : 'deleted';
    db.close({ disableAutoOpen: true });
    reasons.set(db, reason);
    for (const listener of listeners.get(db) ?? []) listener(reason);
    return false; // handled: no default close-and-reopen
  });
}

export function lostReason(db: WorkbookDatabase): LostReason | null {
  return reasons.get(db) ?? null;
}

export function onConnectionLost(
  db: WorkbookDatabase,
  listener: (reason: LostReason) => void,
): () => void {
  let set = listeners.get(db);
  if (!set) listeners.set(db, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

export function connectionLostMessage(reason: LostReason): string {
  return reason === 'upgraded'
    ? 'SLO Workbook was opened in another window with a newer version, which updated how your data is stored. This window has stopped saving so that it cannot write in the old way. Reload it to go on: what you typed since the last save is kept and stored after the reload.'
    : 'Your SLO Workbook data was removed from this computer in another window. This window has stopped saving. Reload it to start again.';
}
