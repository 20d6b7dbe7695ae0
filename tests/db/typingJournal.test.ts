import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addStep, saveJourney } from '../../renderer/src/db/journeyRepository';
import { openDatabase } from '../../renderer/src/db/openDatabase';
import { patchRecord } from '../../renderer/src/db/recordPatches';
import { createRetro, deleteOwned, saveEvent } from '../../renderer/src/db/retroRepository';
import {
  forgetTyping,
  journalTyping,
  replayTypingJournal,
  type JournalEntry,
} from '../../renderer/src/db/typingJournal';
import {
  closeTypingStore,
  flushTyping,
  openTypingStore,
  typingKeys,
} from '../../renderer/src/db/typingStore';
import { createWorkbook } from '../../renderer/src/db/workbookRepository';
import { freshIndexedDb } from './helpers';

let indexedDB: IDBFactory;
beforeEach(async () => {
  indexedDB = freshIndexedDb();
  await openTypingStore(indexedDB);
});
afterEach(() => closeTypingStore());

/** As the app opens next: the typing store read from disk again. */
async function restart() {
  await closeTypingStore();
  await openTypingStore(indexedDB);
}

async function setup() {
  const db = await openDatabase({ indexedDB });
  const workbook = await createWorkbook(db, { name: 'Acme' });
  const journey = await saveJourney(db, workbook.id, { name: 'Checkout' });
  const step = await addStep(db, journey.id, { name: 'Pay' });
  const retro = await createRetro(db, workbook.id, { title: 'Outage', template: 'blameless' });
  return { db, step, retro };
}

const stepEntry = (id: string, changes: JournalEntry['changes']): JournalEntry => ({
  key: `step:${id}:name,stage`,
  target: { kind: 'step', id },
  changes,
});

describe('the typing journal', () => {
  it('is on disk within a frame, and stored when the app opens next', async () => {
    const { db, step, retro } = await setup();
    const prompt = retro.prompts[1]!;
    journalTyping(stepEntry(step.id, { expectation: { from: '', to: 'It goes through' } }));
    const promptKey = `retro:${retro.id}:prompt:${prompt.id}`;
    journalTyping({
      key: promptKey,
      target: { kind: 'retro', id: retro.id },
      changes: { [`prompt:${prompt.id}`]: { from: '', to: 'A' } },
    });
    // A later keystroke in the same field replaces the earlier one.
    journalTyping({
      key: promptKey,
      target: { kind: 'retro', id: retro.id },
      changes: { [`prompt:${prompt.id}`]: { from: '', to: 'AB' } },
    });
    await new Promise((resolve) => setTimeout(resolve, 60)); // a frame, or the timer when hidden
    await restart();
    expect(typingKeys('journal')).toHaveLength(2);

    expect(await replayTypingJournal(db)).toEqual({ restored: 2, notStored: 0 });
    expect((await db.journeySteps.get(step.id))?.expectation).toBe('It goes through');
    const stored = (await db.retros.get(retro.id))!;
    expect(stored.prompts.find((p) => p.id === prompt.id)?.answer).toBe('AB');
    await restart();
    expect(typingKeys('journal')).toHaveLength(0);
    expect(await replayTypingJournal(db)).toEqual({ restored: 0, notStored: 0 });
  });

  it('never overwrites a field another window changed since, and says how many', async () => {
    const { db, step } = await setup();
    journalTyping(
      stepEntry(step.id, {
        name: { from: 'Pay', to: 'Pay by card' },
        stage: { from: '', to: 'Purchase' },
      }),
    );
    await patchRecord(db, { kind: 'step', id: step.id }, { name: { from: 'Pay', to: 'Checkout' } });
    expect(await replayTypingJournal(db)).toEqual({ restored: 1, notStored: 1 });
    const stored = (await db.journeySteps.get(step.id))!;
    expect(stored.name).toBe('Checkout');
    expect(stored.stage).toBe('Purchase');
  });

  it('never brings back a record deleted since', async () => {
    const { db, retro } = await setup();
    const event = await saveEvent(db, retro.id, {
      at: retro.startedAt ?? new Date().toISOString(),
      what: 'Deploy',
    });
    await deleteOwned(db, db.timelineEvents, event.id);
    journalTyping({
      key: `event:${event.id}`,
      target: { kind: 'event', id: event.id },
      changes: { what: { from: 'Deploy', to: 'Deploy, typed later' } },
    });
    expect((await replayTypingJournal(db)).restored).toBe(0);
    expect(await db.timelineEvents.where('retroId').equals(retro.id).count()).toBe(0);
    expect(typingKeys('journal')).toHaveLength(0);
  });

  it('keeps, when the disk is still full at the start, what it could not store for the next', async () => {
    const { db, step } = await setup();
    journalTyping(stepEntry(step.id, { expectation: { from: '', to: 'Instant' } }));
    const full = vi
      .spyOn(db.journeySteps, 'put')
      .mockRejectedValueOnce(new DOMException('The disk is full', 'QuotaExceededError'));
    expect((await replayTypingJournal(db)).restored).toBe(0);
    expect(typingKeys('journal')).toHaveLength(1);
    full.mockRestore();
    expect((await replayTypingJournal(db)).restored).toBe(1);
    expect((await db.journeySteps.get(step.id))?.expectation).toBe('Instant');
  });

  it('is forgotten once stored, unless newer typing replaced it meanwhile', async () => {
    const first = stepEntry('s1', { name: { from: 'a', to: 'ab' } });
    const second = stepEntry('s1', { name: { from: 'a', to: 'abc' } });
    journalTyping(first);
    journalTyping(second);
    forgetTyping(first);
    expect(typingKeys('journal')).toHaveLength(1);
    forgetTyping(second);
    await flushTyping();
    await restart();
    expect(typingKeys('journal')).toHaveLength(0);
  });

  it('stores typing an earlier version kept in localStorage', async () => {
    const { db, step } = await setup();
    const items = new Map([
      [
        `slo-workbook:typing:step:${step.id}`,
        JSON.stringify({ kind: 'step', id: step.id, value: { name: 'Pay now' } }),
      ],
    ]);
    (globalThis as { localStorage?: unknown }).localStorage = {
      get length() {
        return items.size;
      },
      key: (i: number) => [...items.keys()][i] ?? null,
      getItem: (k: string) => items.get(k) ?? null,
      removeItem: (k: string) => items.delete(k),
    };
    try {
      expect((await replayTypingJournal(db)).restored).toBe(1);
      expect((await db.journeySteps.get(step.id))?.name).toBe('Pay now');
      expect(items.size).toBe(0);
    } finally {
      delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});
