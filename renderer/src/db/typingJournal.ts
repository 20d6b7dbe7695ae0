import type { JourneyStepDraft } from '../../../shared/domain/journey';
import type {
  ContributingFactorDraft,
  ParticipantAccountDraft,
  TimelineEventDraft,
} from '../../../shared/domain/retro';
import type { FieldChanges } from '../../../shared/domain/fieldPatch';
import { retroFieldChange } from '../../../shared/retro/retroFieldPatch';
import type { WorkbookDatabase } from './database';
import { updateStep } from './journeyRepository';
import { patchRecord, type PatchTarget } from './recordPatches';
import { saveEvent, saveFactor, saveParticipantAccount, updateRetro } from './retroRepository';
import { StorageError } from './storageErrors';
import { flushTyping, readTyping, typingKeys, writeTyping } from './typingStore';

/**
 * Typing not yet known to be stored: the fields a person changed in one record, each with the
 * value it was edited from. Kept in the typing store (on disk within a frame) until its write is
 * stored; what is left there when the app opens next is written then, field by field, so it
 * never overwrites what another window stored meanwhile.
 */
export interface JournalEntry {
  /** One per editor of one record: a later entry of the same editor replaces the earlier. */
  key: string;
  target: PatchTarget;
  changes: FieldChanges;
}

export function journalTyping(entry: JournalEntry): void {
  writeTyping('journal', entry.key, entry);
}

/** Forgets the entry once its write is stored, unless newer typing has replaced it meanwhile. */
export function forgetTyping(entry: JournalEntry): void {
  if (JSON.stringify(readTyping('journal', entry.key)) === JSON.stringify(entry)) {
    writeTyping('journal', entry.key, undefined);
  }
}

export interface ReplayOutcome {
  restored: number;
  /** Fields whose journalled typing was not stored, as another window changed them since. */
  notStored: number;
}

/**
 * Stores every journalled typing. An entry whose record is gone, or that no longer validates, is
 * dropped: it cannot be stored anywhere. One that a full disk refused is kept for the next start.
 */
export async function replayTypingJournal(db: WorkbookDatabase): Promise<ReplayOutcome> {
  const outcome: ReplayOutcome = { restored: await replayLegacyJournal(db), notStored: 0 };
  for (const key of typingKeys('journal')) {
    const entry = readTyping('journal', key) as JournalEntry | undefined;
    try {
      if (entry?.target && entry.changes) {
        const { conflicts } = await patchRecord(db, entry.target, entry.changes);
        outcome.restored += 1;
        outcome.notStored += conflicts.length;
      }
    } catch (error) {
      if (error instanceof StorageError && error.kind === 'quota') continue;
      // Otherwise the record was deleted meanwhile, or the entry is damaged: nothing to restore.
    }
    writeTyping('journal', key, undefined);
  }
  await flushTyping();
  return outcome;
}

// Typing journalled in localStorage by versions before the typing store, in their shape.
type LegacyEntry =
  | { kind: 'step'; id: string; value: JourneyStepDraft }
  | { kind: 'event'; id: string; retroId: string; value: TimelineEventDraft }
  | { kind: 'participantAccount'; id: string; retroId: string; value: ParticipantAccountDraft }
  | { kind: 'factor'; id: string; retroId: string; value: ContributingFactorDraft }
  | { kind: 'retroField'; id: string; field: string; value: string };

const LEGACY_PREFIX = 'slo-workbook:typing:';

function replayLegacy(db: WorkbookDatabase, entry: LegacyEntry): Promise<unknown> {
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

async function replayLegacyJournal(db: WorkbookDatabase): Promise<number> {
  let storage: Storage | undefined;
  const keys: string[] = [];
  try {
    storage = globalThis.localStorage;
    for (let i = 0; storage && i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key?.startsWith(LEGACY_PREFIX)) keys.push(key);
    }
  } catch {
    return 0;
  }
  if (!storage) return 0;
  let restored = 0;
  for (const key of keys) {
    try {
      const entry = JSON.parse(storage.getItem(key) ?? 'null') as LegacyEntry | null;
      if (entry) {
        await replayLegacy(db, entry);
        restored += 1;
      }
    } catch (error) {
      if (error instanceof StorageError && error.kind === 'quota') continue;
    }
    try {
      storage.removeItem(key);
    } catch {
      // replayed again next time, which stores the same text
    }
  }
  return restored;
}
