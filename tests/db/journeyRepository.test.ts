import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../renderer/src/db/openDatabase';
import {
  addStep,
  deleteAccount,
  deleteJourney,
  deletePainPoint,
  deleteStep,
  listPainPoints,
  listSteps,
  moveStepTo,
  restoreAccount,
  restorePainPoint,
  restoreStep,
  saveAccount,
  saveJourney,
  savePainPoint,
} from '../../renderer/src/db/journeyRepository';
import { createSlo } from '../../renderer/src/db/sloRepository';
import { createWorkbook, deleteWorkbook } from '../../renderer/src/db/workbookRepository';
import { defaultAlertsForPeriod } from '../../shared/slo/burnRateAlerts';
import { freshIndexedDb } from './helpers';

async function setup() {
  const db = await openDatabase({ indexedDB: freshIndexedDb() });
  const workbook = await createWorkbook(db, { name: 'Acme' });
  const journey = await saveJourney(db, workbook.id, {
    name: 'Checkout',
    persona: 'Shop admin',
    goal: 'Get paid',
  });
  const steps = [];
  for (const name of ['Browse', 'Cart', 'Pay']) steps.push(await addStep(db, journey.id, { name }));
  const acme = await saveAccount(db, workbook.id, { name: 'Acme Corp', segment: 'Enterprise' });
  const globex = await saveAccount(db, workbook.id, { name: 'Globex' });
  return { db, workbook, journey, steps, acme, globex };
}

const pain = (accountIds: string[]) => ({
  quote: 'The pay button spins forever',
  source: 'call' as const,
  date: '2026-11-01',
  accountIds,
  severity: 'high' as const,
  frequency: 'weekly' as const,
});

describe('journey repository', () => {
  it('keeps steps in order, and reorders them densely', async () => {
    const { db, journey, steps } = await setup();
    expect((await listSteps(db, journey.id)).map((s) => [s.name, s.position])).toEqual([
      ['Browse', 0],
      ['Cart', 1],
      ['Pay', 2],
    ]);
    await moveStepTo(db, steps[2]!.id, 0);
    expect((await listSteps(db, journey.id)).map((s) => [s.name, s.position])).toEqual([
      ['Pay', 0],
      ['Browse', 1],
      ['Cart', 2],
    ]);
  });

  it('deleting a step takes its pain points and SLO links; undo puts all of it back', async () => {
    const { db, workbook, journey, steps, acme } = await setup();
    const pay = steps[2]!;
    await savePainPoint(db, pay.id, pain([acme.id]));
    const slo = await createSlo(db, workbook.id, {
      name: 'Payment succeeds',
      journeyId: journey.id,
      stepId: pay.id,
      sli: { kind: 'ratio', goodDescription: '', validDescription: '' },
      target: 0.999,
      window: { kind: 'rolling', minutes: 43200 },
      budgetingMethod: 'Occurrences',
      alerts: defaultAlertsForPeriod(),
      policy: [],
    });
    const deleted = await deleteStep(db, pay.id);
    expect(await listPainPoints(db, journey.id)).toEqual([]);
    expect((await db.slos.get(slo.id))?.stepId).toBeNull();
    await restoreStep(db, deleted!);
    expect((await listSteps(db, journey.id)).map((s) => s.name)).toEqual(['Browse', 'Cart', 'Pay']);
    expect(await listPainPoints(db, journey.id)).toHaveLength(1);
    expect((await db.slos.get(slo.id))?.stepId).toBe(pay.id);
  });

  it('refuses a pain point that names an unknown account, and keeps nothing of it', async () => {
    const { db, journey, steps } = await setup();
    await expect(savePainPoint(db, steps[0]!.id, pain(['nobody']))).rejects.toThrow(
      /That account no longer exists/,
    );
    await expect(savePainPoint(db, steps[0]!.id, { ...pain([]), quote: ' ' })).rejects.toThrow(
      /in their words/,
    );
    expect(await listPainPoints(db, journey.id)).toEqual([]);
  });

  it('deleting an account takes it off pain points; deleting a pain point can be undone', async () => {
    const { db, journey, steps, acme, globex } = await setup();
    const saved = await savePainPoint(db, steps[1]!.id, pain([acme.id, globex.id]));
    const gone = await deleteAccount(db, acme.id);
    expect((await listPainPoints(db, journey.id))[0]!.accountIds).toEqual([globex.id]);
    await restoreAccount(db, gone!);
    expect((await listPainPoints(db, journey.id))[0]!.accountIds.sort()).toEqual(
      [acme.id, globex.id].sort(),
    );
    await deleteAccount(db, acme.id);
    const removed = await deletePainPoint(db, saved.id);
    expect(await listPainPoints(db, journey.id)).toEqual([]);
    await restorePainPoint(db, removed!);
    expect(await listPainPoints(db, journey.id)).toHaveLength(1);
  });

  it('deleting a journey or the workbook removes everything under it', async () => {
    const { db, workbook, journey, steps, acme } = await setup();
    await savePainPoint(db, steps[0]!.id, pain([acme.id]));
    await deleteJourney(db, journey.id);
    expect(await db.journeySteps.count()).toBe(0);
    expect(await db.painPoints.count()).toBe(0);
    await deleteWorkbook(db, workbook.id);
    expect(await db.accounts.count()).toBe(0);
  });
});
