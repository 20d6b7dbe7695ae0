import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../renderer/src/db/openDatabase';
import {
  addEvents,
  addSession,
  createRetro,
  deleteEvent,
  deleteOwned,
  deleteRetro,
  listActionItems,
  listRetros,
  listRetrosForSteps,
  readRetroParts,
  restoreEvent,
  restoreOwned,
  restoreRetro,
  saveActionItem,
  saveEvent,
  saveFactor,
  saveParticipantAccount,
  setDismissed,
  updateRetro,
  updateSession,
} from '../../renderer/src/db/retroRepository';
import { createWorkbook, deleteWorkbook } from '../../renderer/src/db/workbookRepository';
import { freshIndexedDb } from './helpers';

async function setup() {
  const db = await openDatabase({ indexedDB: freshIndexedDb() });
  const workbook = await createWorkbook(db, { name: 'Acme' });
  const retro = await createRetro(db, workbook.id, {
    title: 'Checkout errors',
    template: 'sre-book',
  });
  return { db, workbook, retro };
}

describe('retrospective repository', () => {
  it('creates a retrospective from a template with its prompts, questions and sessions', async () => {
    const { db, workbook, retro } = await setup();
    expect(retro.prompts.map((p) => p.id)).toContain('detection');
    expect(retro.openQuestions.length).toBeGreaterThan(0);
    const parts = await readRetroParts(db, retro.id);
    expect(parts.sessions.map((s) => s.timeboxMinutes)).toEqual([45, 45]);
    expect(parts.sessions[0]!.soakHours).toBe(24);
    expect((await listRetros(db, workbook.id)).map((r) => r.title)).toEqual(['Checkout errors']);
  });

  it('refuses a blank title and writes nothing', async () => {
    const { db, workbook } = await setup();
    await expect(createRetro(db, workbook.id, { title: '  ', template: 'short' })).rejects.toThrow(
      /title/,
    );
    expect(await db.retros.count()).toBe(1);
  });

  it('saves only the fields given, so two quick saves never overwrite each other', async () => {
    const { db, retro } = await setup();
    await Promise.all([
      updateRetro(db, retro.id, { title: 'Checkout 502s' }),
      updateRetro(db, retro.id, { impact: '3 accounts could not pay' }),
      setDismissed(db, retro.id, 'impact|hindsight|obviously', true),
    ]);
    const saved = (await db.retros.get(retro.id))!;
    expect(saved).toMatchObject({
      title: 'Checkout 502s',
      impact: '3 accounts could not pay',
      dismissals: ['impact|hindsight|obviously'],
    });
    await setDismissed(db, retro.id, 'impact|hindsight|obviously', false);
    expect((await db.retros.get(retro.id))!.dismissals).toEqual([]);
    await expect(updateRetro(db, retro.id, { failingShare: 2 })).rejects.toThrow();
  });

  it('deleting an event takes its links off factors and accounts; undo puts them back', async () => {
    const { db, retro } = await setup();
    const [e1, e2] = await addEvents(db, retro.id, [
      { at: '2026-11-20T10:00:00.000Z', what: 'Alert fired', role: 'monitoring' },
      { at: '2026-11-20T10:05:00.000Z', what: 'Pool restarted', role: 'on-call SRE' },
    ]);
    const factor = await saveFactor(db, retro.id, {
      description: 'Pool sized by hand',
      category: 'technical',
      eventIds: [e1!.id, e2!.id],
    });
    const account = await saveParticipantAccount(db, retro.id, {
      role: 'support lead',
      eventViews: [{ eventId: e2!.id, view: 'differs', note: 'we saw it first' }],
    });
    const deleted = (await deleteEvent(db, e2!.id))!;
    expect((await db.contributingFactors.get(factor.id))!.eventIds).toEqual([e1!.id]);
    expect((await db.participantAccounts.get(account.id))!.eventViews).toEqual([]);
    await restoreEvent(db, deleted);
    expect((await db.contributingFactors.get(factor.id))!.eventIds).toEqual([e1!.id, e2!.id]);
    expect((await db.participantAccounts.get(account.id))!.eventViews).toHaveLength(1);
    expect((await readRetroParts(db, retro.id)).events.map((e) => e.what)).toEqual([
      'Alert fired',
      'Pool restarted',
    ]);
  });

  it('an event without words is refused, and no event of a pasted batch is written', async () => {
    const { db, retro } = await setup();
    await expect(
      addEvents(db, retro.id, [
        { at: '2026-11-20T10:00:00.000Z', what: 'ok' },
        { at: '2026-11-20T10:01:00.000Z', what: '  ' },
      ]),
    ).rejects.toThrow(/what happened/);
    expect(await db.timelineEvents.count()).toBe(0);
    await expect(
      saveEvent(db, 'nope', { at: '2026-11-20T10:00:00.000Z', what: 'x' }),
    ).rejects.toThrow(/no longer exists/);
  });

  it('action items need an owner and a due date, and are listed across retrospectives', async () => {
    const { db, workbook, retro } = await setup();
    await expect(
      saveActionItem(db, retro.id, {
        description: 'x',
        owner: '',
        dueDate: '2026-12-01',
        kind: 'fix',
      }),
    ).rejects.toThrow(/owning team/);
    const other = await createRetro(db, workbook.id, { title: 'Login', template: 'short' });
    await saveActionItem(db, retro.id, {
      description: 'Alert on pool saturation',
      owner: 'payments team',
      dueDate: '2026-12-01',
      kind: 'fix',
    });
    const item = await saveActionItem(db, other.id, {
      description: 'Share the runbook',
      owner: 'SRE',
      dueDate: '2026-11-01',
      kind: 'learning',
    });
    expect((await listActionItems(db, workbook.id)).length).toBe(2);
    const removed = (await deleteOwned(db, db.actionItems, item.id))!;
    expect((await listActionItems(db, workbook.id)).length).toBe(1);
    await restoreOwned(db, db.actionItems, removed);
    expect((await listActionItems(db, workbook.id)).length).toBe(2);
  });

  it('keeps a session timer’s state and validates its plan', async () => {
    const { db, retro } = await setup();
    const session = await addSession(db, retro.id, {
      title: 'Extra',
      timeboxMinutes: 20,
      soakHours: 0,
    });
    await updateSession(db, session.id, {
      runningSince: '2026-11-24T10:00:00.000Z',
      extendedMinutes: 5,
    });
    expect(await db.reviewSessions.get(session.id)).toMatchObject({ extendedMinutes: 5 });
    await expect(updateSession(db, session.id, { timeboxMinutes: 1 })).rejects.toThrow();
  });

  it('deletes a retrospective with everything in it, undo restores all of it', async () => {
    const { db, retro } = await setup();
    await updateRetro(db, retro.id, { stepIds: ['step-1'] });
    await saveEvent(db, retro.id, { at: '2026-11-20T10:00:00.000Z', what: 'Alert fired' });
    expect((await listRetrosForSteps(db, ['step-1', 'step-2'])).map((r) => r.id)).toEqual([
      retro.id,
    ]);
    const bundle = (await deleteRetro(db, retro.id))!;
    expect(await db.timelineEvents.count()).toBe(0);
    expect(await db.reviewSessions.count()).toBe(0);
    await restoreRetro(db, bundle);
    expect((await readRetroParts(db, retro.id)).sessions).toHaveLength(2);
    expect(await db.timelineEvents.count()).toBe(1);
  });

  it('deleting the workbook deletes its retrospectives', async () => {
    const { db, workbook, retro } = await setup();
    await saveEvent(db, retro.id, { at: '2026-11-20T10:00:00.000Z', what: 'Alert fired' });
    await deleteWorkbook(db, workbook.id);
    expect(await db.retros.count()).toBe(0);
    expect(await db.timelineEvents.count()).toBe(0);
    expect(await db.reviewSessions.count()).toBe(0);
  });
});
