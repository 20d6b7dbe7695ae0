import type { JourneyStepDraft } from '../../../shared/domain/journey';
import type {
  ContributingFactorDraft,
  ParticipantAccountDraft,
  TimelineEventDraft,
} from '../../../shared/domain/retro';
import { retroFieldChange } from '../../../shared/retro/retroFieldPatch';
import type { WorkbookDatabase } from './database';
import { updateStep } from './journeyRepository';
import { saveEvent, saveFactor, saveParticipantAccount, updateRetro } from './retroRepository';
import { StorageError } from './storageErrors';

/**
 * Typing not yet known to be stored when the window went away. Closing or reloading the window
 * aborts an IndexedDB write still under way, but localStorage is written at once; the entry is
 * replayed through the repository when the app opens next, then removed.
 */
export type JournalEntry =
  | { kind: 'step'; id: string; value: JourneyStepDraft }
  | { kind: 'event'; id: string; retroId: string; value: TimelineEventDraft }
  | { kind: 'participantAccount'; id: string; retroId: string; value: ParticipantAccountDraft }
  | { kind: 'factor'; id: string; retroId: string; value: ContributingFactorDraft }
  | { kind: 'retroField'; id: string; field: string; value: string };

const PREFIX = 'slo-workbook:typing:';

const keyOf = (entry: JournalEntry) =>
  `${PREFIX}${entry.kind}:${entry.id}${entry.kind === 'retroField' ? `:${entry.field}` : ''}`;

/** Keeps the entry, synchronously; a later one for the same field replaces it. */
export function journalTyping(entry: JournalEntry): void {
  try {
    globalThis.localStorage?.setItem(keyOf(entry), JSON.stringify(entry));
  } catch {
    // Storage full or unavailable: the write under way is all there is, as before.
  }
}

/** Forgets the entry once its write is stored, unless newer typing has replaced it meanwhile. */
export function forgetTyping(entry: JournalEntry): void {
  try {
    const key = keyOf(entry);
    if (globalThis.localStorage?.getItem(key) === JSON.stringify(entry)) {
      globalThis.localStorage.removeItem(key);
    }
  } catch {
    // nothing kept to forget
  }
}

function replay(db: WorkbookDatabase, entry: JournalEntry): Promise<unknown> {
  switch (entry.kind) {
    case 'step':
      return updateStep(db, entry.id, entry.value);
    case 'event':
      return saveEvent(db, entry.retroId, entry.value, entry.id);
    case 'participantAccount':
      return saveParticipantAccount(db, entry.retroId, entry.value, entry.id);
    case 'factor':
      return saveFactor(db, entry.retroId, entry.value, entry.id);
    case 'retroField': {
      const change = retroFieldChange(entry.field, entry.value);
      return change ? updateRetro(db, entry.id, change) : Promise.resolve();
    }
  }
}

/**
 * Stores every journalled typing and says how many were restored. An entry whose
 * record is gone, or that no longer validates, is dropped: it cannot be stored anywhere. One
 * that a full disk refused is kept for the next start.
 */
export async function replayTypingJournal(db: WorkbookDatabase): Promise<number> {
  let storage: Storage | undefined;
  const keys: string[] = [];
  try {
    storage = globalThis.localStorage;
    for (let i = 0; storage && i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key?.startsWith(PREFIX)) keys.push(key);
    }
  } catch {
    return 0; // no storage here: nothing was journalled either
  }
  if (!storage) return 0;
  let restored = 0;
  for (const key of keys) {
    try {
      const entry = JSON.parse(storage.getItem(key) ?? 'null') as JournalEntry | null;
      if (entry) {
        await replay(db, entry);
        restored += 1;
      }
    } catch (error) {
      if (error instanceof StorageError && error.kind === 'quota') continue;
      // Otherwise the record was deleted meanwhile, or the entry is damaged: nothing to restore.
    }
    try {
      storage.removeItem(key);
    } catch {
      // it will be replayed again next time, which stores the same text
    }
  }
  return restored;
}
