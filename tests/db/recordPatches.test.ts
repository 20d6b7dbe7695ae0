import { describe, expect, it } from 'vitest';
import { addStep, saveAccount, saveJourney } from '../../renderer/src/db/journeyRepository';
import { openDatabase } from '../../renderer/src/db/openDatabase';
import { patchRecord } from '../../renderer/src/db/recordPatches';
import { createRetro } from '../../renderer/src/db/retroRepository';
import { createWorkbook } from '../../renderer/src/db/workbookRepository';
import { freshIndexedDb } from './helpers';

async function setup() {
  const db = await openDatabase({ indexedDB: freshIndexedDb() });
  const workbook = await createWorkbook(db, { name: 'Acme' });
  const journey = await saveJourney(db, workbook.id, { name: 'Checkout' });
  const step = await addStep(db, journey.id, { name: 'Pay' });
  const retro = await createRetro(db, workbook.id, { title: 'Outage', template: 'blameless' });
  return { db, step, retro };
}

describe('two windows editing one record', () => {
  it('keep both edits of different fields of a step', async () => {
    const { db, step } = await setup();
    const target = { kind: 'step', id: step.id } as const;
    // Each window writes only what its person changed, from what it read.
    expect(await patchRecord(db, target, { name: { from: 'Pay', to: 'Pay by card' } })).toEqual({
      conflicts: [],
    });
    expect(await patchRecord(db, target, { stage: { from: '', to: 'Purchase' } })).toEqual({
      conflicts: [],
    });
    const stored = (await db.journeySteps.get(step.id))!;
    expect([stored.name, stored.stage]).toEqual(['Pay by card', 'Purchase']);
  });

  it('never let a stale window overwrite a field changed since; it is told which', async () => {
    const { db, step } = await setup();
    const target = { kind: 'step', id: step.id } as const;
    await patchRecord(db, target, { name: { from: 'Pay', to: 'Pay by card' } });
    const late = await patchRecord(db, target, {
      name: { from: 'Pay', to: 'Payment' },
      expectation: { from: '', to: 'One click' },
    });
    expect(late.conflicts).toEqual(['name']);
    const stored = (await db.journeySteps.get(step.id))!;
    expect([stored.name, stored.expectation]).toEqual(['Pay by card', 'One click']);
  });

  it('keep both edits of different fields of a retrospective, prompts included', async () => {
    const { db, retro } = await setup();
    const target = { kind: 'retro', id: retro.id } as const;
    const [a, b] = retro.prompts;
    await patchRecord(db, target, { title: { from: 'Outage', to: 'Checkout outage' } });
    await patchRecord(db, target, { [`prompt:${a!.id}`]: { from: '', to: 'The cache' } });
    await patchRecord(db, target, { [`prompt:${b!.id}`]: { from: '', to: 'A deploy' } });
    const same = await patchRecord(db, target, { title: { from: 'Outage', to: 'Other' } });
    expect(same.conflicts).toEqual(['title']);
    const stored = (await db.retros.get(retro.id))!;
    expect(stored.title).toBe('Checkout outage');
    expect(stored.prompts.map((p) => p.answer).slice(0, 2)).toEqual(['The cache', 'A deploy']);
  });
});

describe('a form saved in one window after another window changed the record', () => {
  it('writes only what the person changed, and refuses to overwrite a field changed since', async () => {
    const { db, step } = await setup();
    const workbookId = step.workbookId;
    const account = await saveAccount(db, workbookId, { name: 'Acme', plan: 'Pro' });
    // Window A opens the edit form; window B changes the plan and saves.
    const opened = { ...account };
    await saveAccount(db, workbookId, { ...opened, plan: 'Enterprise' }, account.id, opened);
    // A saves a new name only: B's plan stays.
    await saveAccount(db, workbookId, { ...opened, name: 'Acme Corp' }, account.id, opened);
    expect(await db.accounts.get(account.id)).toMatchObject({
      name: 'Acme Corp',
      plan: 'Enterprise',
    });
    // A changes the plan too, from what it opened: refused in words, nothing written.
    const refused = await saveAccount(
      db,
      workbookId,
      { ...opened, plan: 'Free' },
      account.id,
      opened,
    ).catch((e: unknown) => e);
    expect((refused as Error).message).toMatch(/“Plan” was changed in another window/);
    expect((await db.accounts.get(account.id))!.plan).toBe('Enterprise');
  });
});
