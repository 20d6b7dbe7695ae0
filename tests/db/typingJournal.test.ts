import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addStep, saveJourney } from '../../renderer/src/db/journeyRepository';
import { openDatabase } from '../../renderer/src/db/openDatabase';
import { createRetro, deleteOwned, saveEvent } from '../../renderer/src/db/retroRepository';
import { isRecordGone } from '../../renderer/src/db/storageErrors';
import {
  forgetTyping,
  journalTyping,
  replayTypingJournal,
  type JournalEntry,
} from '../../renderer/src/db/typingJournal';
import { createWorkbook } from '../../renderer/src/db/workbookRepository';
import { freshIndexedDb } from './helpers';

/** localStorage as the browser has it, for Node. */
class MemoryStorage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

beforeEach(() => {
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});
afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

async function setup() {
  const db = await openDatabase({ indexedDB: freshIndexedDb() });
  const workbook = await createWorkbook(db, { name: 'Acme' });
  const journey = await saveJourney(db, workbook.id, { name: 'Checkout' });
  const step = await addStep(db, journey.id, { name: 'Pay' });
  const retro = await createRetro(db, workbook.id, { title: 'Outage', template: 'blameless' });
  return { db, step, retro };
}

describe('the typing journal', () => {
  it('stores, when the app opens, the typing a closed window never wrote', async () => {
    const { db, step, retro } = await setup();
    const prompt = retro.prompts[1]!;
    journalTyping({
      kind: 'step',
      id: step.id,
      value: { name: 'Pay', expectation: 'It goes through first time' },
    });
    journalTyping({ kind: 'retroField', id: retro.id, field: `prompt:${prompt.id}`, value: 'A' });
    journalTyping({ kind: 'retroField', id: retro.id, field: 'business:users', value: 'Yes' });
    // A later keystroke in the same field replaces the earlier one.
    journalTyping({ kind: 'retroField', id: retro.id, field: `prompt:${prompt.id}`, value: 'AB' });
    expect(globalThis.localStorage.length).toBe(3);

    expect(await replayTypingJournal(db)).toBe(3);
    expect((await db.journeySteps.get(step.id))?.expectation).toBe('It goes through first time');
    const stored = (await db.retros.get(retro.id))!;
    expect(stored.prompts.find((p) => p.id === prompt.id)?.answer).toBe('AB');
    expect(stored.prompts.filter((p) => p.answer === 'AB')).toHaveLength(1);
    expect(stored.business.users).toBe('Yes');
    expect(globalThis.localStorage.length).toBe(0);
    expect(await replayTypingJournal(db)).toBe(0);
  });

  it('never brings back a record deleted since, and drops what it cannot store', async () => {
    const { db, retro } = await setup();
    const event = await saveEvent(db, retro.id, {
      at: retro.startedAt ?? new Date().toISOString(),
      what: 'Deploy',
      role: 'SRE',
      source: 'chat',
      marks: [],
    });
    await deleteOwned(db, db.timelineEvents, event.id);
    const late = {
      at: event.at,
      what: 'Deploy, typed later',
      role: 'SRE',
      source: 'chat',
      marks: [],
    };
    const gone: JournalEntry = { kind: 'event', id: event.id, retroId: retro.id, value: late };
    journalTyping(gone);
    journalTyping({ kind: 'retroField', id: retro.id, field: 'no-such-field', value: 'x' });
    expect(await replayTypingJournal(db)).toBe(1); // the unknown field is a no-op, not an error
    expect(await db.timelineEvents.where('retroId').equals(retro.id).count()).toBe(0);
    expect(globalThis.localStorage.length).toBe(0);
    // Typing saved straight after its row was deleted is refused the same way.
    const refused = await saveEvent(db, retro.id, late, event.id).catch((e) => e);
    expect(isRecordGone(refused)).toBe(true);
  });

  it('keeps, when the disk is still full at the start, what it could not store for the next', async () => {
    const { db, step } = await setup();
    journalTyping({ kind: 'step', id: step.id, value: { name: 'Pay', expectation: 'Instant' } });
    const full = vi
      .spyOn(db.journeySteps, 'update')
      .mockRejectedValueOnce(new DOMException('The disk is full', 'QuotaExceededError'));
    expect(await replayTypingJournal(db)).toBe(0);
    expect(globalThis.localStorage.length).toBe(1);
    full.mockRestore();
    expect(await replayTypingJournal(db)).toBe(1);
    expect((await db.journeySteps.get(step.id))?.expectation).toBe('Instant');
    expect(globalThis.localStorage.length).toBe(0);
  });

  it('is forgotten once stored, unless newer typing replaced it meanwhile', async () => {
    const { retro } = await setup();
    const first: JournalEntry = { kind: 'retroField', id: retro.id, field: 'impact', value: 'a' };
    const second: JournalEntry = { ...first, value: 'ab' };
    journalTyping(first);
    journalTyping(second);
    forgetTyping(first);
    expect(globalThis.localStorage.length).toBe(1);
    forgetTyping(second);
    expect(globalThis.localStorage.length).toBe(0);
  });
});
