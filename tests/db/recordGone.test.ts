import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../renderer/src/db/openDatabase';
import {
  addStep,
  deleteJourney,
  deleteStep,
  saveJourney,
  savePainPoint,
  updateStep,
} from '../../renderer/src/db/journeyRepository';
import {
  addSession,
  createRetro,
  deleteRetro,
  updateRetro,
} from '../../renderer/src/db/retroRepository';
import {
  addManualIncident,
  createSlo,
  deleteSlo,
  updateSlo,
} from '../../renderer/src/db/sloRepository';
import { isRecordGone, StorageError } from '../../renderer/src/db/storageErrors';
import {
  createWorkbook,
  deleteWorkbook,
  updateWorkbook,
} from '../../renderer/src/db/workbookRepository';
import type { SloDraft } from '../../shared/domain/slo';
import { defaultAlertsForPeriod } from '../../shared/slo/burnRateAlerts';
import { freshIndexedDb } from './helpers';

const draft: SloDraft = {
  name: 'Checkout succeeds',
  sli: { kind: 'ratio', goodDescription: 'HTTP 2xx', validDescription: 'all but 4xx' },
  target: 0.999,
  window: { kind: 'rolling', minutes: 30 * 1440 },
  budgetingMethod: 'Occurrences',
  alerts: defaultAlertsForPeriod(),
  policy: [],
};

/** The one behaviour: a StorageError of kind 'gone' whose words name the record, nothing more. */
async function expectGone(write: Promise<unknown>, what: string): Promise<void> {
  const error: unknown = await write.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StorageError);
  expect(isRecordGone(error)).toBe(true);
  expect((error as Error).message).toBe(
    `That ${what} no longer exists, so the change was not saved.`,
  );
}

async function setup() {
  const db = await openDatabase({ indexedDB: freshIndexedDb() });
  const workbook = await createWorkbook(db, { name: 'Acme' });
  return { db, workbook };
}

describe('a write to a record that is gone', () => {
  it('says so one way for a deleted workbook, and writes nothing into it', async () => {
    const { db, workbook } = await setup();
    await deleteWorkbook(db, workbook.id);
    await expectGone(updateWorkbook(db, workbook.id, { name: 'Back again' }), 'workbook');
    await expectGone(createSlo(db, workbook.id, draft), 'workbook');
    await expectGone(saveJourney(db, workbook.id, { name: 'Checkout' }), 'workbook');
    await expectGone(
      createRetro(db, workbook.id, { title: 'Outage', template: 'sre-book' }),
      'workbook',
    );
    expect(await db.workbooks.count()).toBe(0);
    expect(await db.slos.count()).toBe(0);
    expect(await db.journeys.count()).toBe(0);
    expect(await db.retros.count()).toBe(0);
  });

  it('says so one way for a deleted SLO, and does not bring it back', async () => {
    const { db, workbook } = await setup();
    const slo = await createSlo(db, workbook.id, draft);
    await deleteSlo(db, slo.id);
    await expectGone(updateSlo(db, slo.id, { ...draft, target: 0.99 }), 'SLO');
    await expectGone(
      addManualIncident(db, slo.id, { startMs: 0, minutes: 30, badShare: 1, note: '' }),
      'SLO',
    );
    expect(await db.slos.get(slo.id)).toBeUndefined();
  });

  it('says so one way for a deleted journey or step, whether it is edited or built on', async () => {
    const { db, workbook } = await setup();
    const journey = await saveJourney(db, workbook.id, { name: 'Checkout' });
    const step = await addStep(db, journey.id, { name: 'Pay' });
    await deleteStep(db, step.id);
    // updateStep already said it with recordGone; savePainPoint did not: now both say it alike.
    await expectGone(updateStep(db, step.id, { name: 'Pay now' }), 'step');
    await expectGone(
      savePainPoint(db, step.id, {
        quote: 'The pay button spins forever',
        source: 'call',
        date: '2026-11-01',
        accountIds: [],
        severity: 'high',
        frequency: 'weekly',
      }),
      'step',
    );
    await deleteJourney(db, journey.id);
    await expectGone(addStep(db, journey.id, { name: 'Browse' }), 'journey');
    expect(await db.journeySteps.count()).toBe(0);
    expect(await db.painPoints.count()).toBe(0);
  });

  it('says so one way for a deleted retrospective', async () => {
    const { db, workbook } = await setup();
    const retro = await createRetro(db, workbook.id, { title: 'Outage', template: 'sre-book' });
    await deleteRetro(db, retro.id);
    await expectGone(updateRetro(db, retro.id, { title: 'Big outage' }), 'retrospective');
    await expectGone(
      addSession(db, retro.id, { title: 'Review', timeboxMinutes: 45, soakHours: 24 }),
      'retrospective',
    );
    expect(await db.retros.get(retro.id)).toBeUndefined();
    expect(await db.reviewSessions.count()).toBe(0);
  });
});
