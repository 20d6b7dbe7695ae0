import { describe, expect, it } from 'vitest';
import {
  buildWorkbookFile,
  parseWorkbookFile,
  serializeWorkbookFile,
  workbookFileContents,
} from '../../shared/domain/workbookFile';
import { defaultAlertsForPeriod } from '../../shared/slo/burnRateAlerts';
import { parseSliCsv } from '../../shared/slo/csv/parseSliCsv';
import { DEFAULT_POLICY } from '../../shared/slo/errorBudgetPolicy';
import { openDatabase } from '../../renderer/src/db/openDatabase';
import { createSlo, readSliData, replaceSliData } from '../../renderer/src/db/sloRepository';
import {
  addStep,
  saveAccount,
  saveJourney,
  savePainPoint,
} from '../../renderer/src/db/journeyRepository';
import {
  createWorkbook,
  importWorkbookContents,
  listWorkbooks,
  readWorkbookContents,
} from '../../renderer/src/db/workbookRepository';
import {
  createRetro,
  saveActionItem,
  saveEvent,
  saveFactor,
  saveParticipantAccount,
  setDismissed,
  updateRetro,
} from '../../renderer/src/db/retroRepository';
import { buildSampleWorkbook } from '../../shared/sample/sampleWorkbook';
import { freshIndexedDb } from './helpers';

async function workbookWithData() {
  const db = await openDatabase({ indexedDB: freshIndexedDb() });
  const workbook = await createWorkbook(db, {
    name: 'Acme | <Checkout>',
    description: 'line 1\nline 2',
  });
  const journey = await saveJourney(db, workbook.id, {
    name: 'Checkout',
    persona: 'Admin',
    goal: 'Pay',
  });
  await addStep(db, journey.id, { name: 'Cart', stage: 'Buy', emotion: -1 });
  const pay = await addStep(db, journey.id, {
    name: 'Pay',
    stage: 'Buy',
    emotion: -2,
    evidence: 'some data',
  });
  const acme = await saveAccount(db, workbook.id, { name: 'Acme Corp', plan: 'Enterprise' });
  await savePainPoint(db, pay.id, {
    quote: 'It | spins <forever>',
    source: 'ticket',
    date: '2026-10-02',
    accountIds: [acme.id],
    severity: 'critical',
    frequency: 'daily',
  });
  const slo = await createSlo(db, workbook.id, {
    journeyId: journey.id,
    stepId: pay.id,
    name: 'Checkout completes',
    sli: { kind: 'ratio', goodDescription: '2xx', validDescription: 'all' },
    target: 0.999,
    window: { kind: 'calendar', unit: 'month', timeZone: 'Europe/Berlin' },
    budgetingMethod: 'Occurrences',
    alerts: defaultAlertsForPeriod(),
    policy: DEFAULT_POLICY,
  });
  await createSlo(db, workbook.id, {
    name: 'Latency',
    sli: { kind: 'threshold', metricDescription: 'p99', op: 'lte', threshold: 300, unit: 'ms' },
    target: 0.99,
    window: { kind: 'rolling', minutes: 7 * 1440 },
    budgetingMethod: 'Timeslices',
    timeSliceMinutes: 5,
    timeSliceTarget: 0.95,
    alerts: defaultAlertsForPeriod(7 * 1440),
    policy: [],
  });
  const lines = ['time,good,total'];
  for (let i = 0; i < 3 * 1440; i += 1) {
    if (i % 500 === 7) continue; // gaps must survive too
    lines.push(
      `${new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()},${i % 37 ? 100 : 97},100`,
    );
  }
  const parsed = parseSliCsv(lines.join('\n'), {
    mode: 'good-total',
    timestamp: 0,
    good: 1,
    total: 2,
  });
  if (!parsed.ok) throw new Error('fixture CSV should parse');
  await replaceSliData(db, slo.id, parsed.value, 'checkout.csv');
  const retro = await createRetro(db, workbook.id, {
    title: 'Checkout | errors',
    template: 'blameless',
  });
  await updateRetro(db, retro.id, {
    startedAt: '2026-01-02T10:00:00.000Z',
    sloIds: [slo.id],
    journeyIds: [journey.id],
    stepIds: [pay.id],
  });
  const event = await saveEvent(db, retro.id, {
    at: '2026-01-02T10:05:00.000Z',
    what: 'The engineer should have checked the pool',
    role: 'on-call SRE',
    marks: ['detection'],
  });
  await setDismissed(
    db,
    retro.id,
    `event:${event.id}:what|counterfactual|should have checked`,
    true,
  );
  await saveParticipantAccount(db, retro.id, {
    role: 'support lead',
    saw: 'tickets',
    eventViews: [{ eventId: event.id, view: 'differs', note: 'earlier' }],
  });
  await saveFactor(db, retro.id, {
    description: 'Pool size fixed at deploy time',
    category: 'technical',
    eventIds: [event.id],
  });
  await saveActionItem(db, retro.id, {
    description: 'Alert on pool saturation',
    owner: 'payments team',
    dueDate: '2026-02-01',
    kind: 'fix',
    sloId: slo.id,
  });
  return { db, workbook, slo };
}

const AT = '2026-11-24T00:00:00.000Z';

/** Exports a workbook, imports the file into an empty database, and exports it again. */
async function roundTrip(db: Awaited<ReturnType<typeof openDatabase>>, workbookId: string) {
  const first = serializeWorkbookFile(
    buildWorkbookFile((await readWorkbookContents(db, workbookId))!, '1', AT),
  );
  const parsed = parseWorkbookFile(first);
  if (!parsed.ok) throw new Error(`the export does not read back: ${parsed.problems.join(' ')}`);
  const empty = await openDatabase({ indexedDB: freshIndexedDb() });
  await importWorkbookContents(empty, workbookFileContents(parsed.value));
  const second = serializeWorkbookFile(
    buildWorkbookFile((await readWorkbookContents(empty, workbookId))!, '1', AT),
  );
  return { first, second, empty, file: parsed.value };
}

describe('workbook file round trip', () => {
  it('export, import into an empty database, export again gives the same content', async () => {
    const { db, workbook, slo } = await workbookWithData();
    const { first, second, empty } = await roundTrip(db, workbook.id);
    expect(second).toBe(first);
    expect(await readSliData(empty, slo.id)).toEqual(await readSliData(db, slo.id));
  });

  it('imports a second copy beside the original with new ids throughout, data attached', async () => {
    const { db, workbook, slo } = await workbookWithData();
    const file = buildWorkbookFile((await readWorkbookContents(db, workbook.id))!, '1', AT);
    const copy = await importWorkbookContents(db, workbookFileContents(file));
    expect(copy.id).not.toBe(workbook.id);
    expect((await listWorkbooks(db)).length).toBe(2);
    const copied = (await readWorkbookContents(db, copy.id))!;
    expect(copied.slos.map((s) => s.name).sort()).toEqual(['Checkout completes', 'Latency']);
    expect(copied.slos.every((s) => s.id !== slo.id && s.workbookId === copy.id)).toBe(true);
    // References follow the new ids: the SLO measures the copy's own step, the pain point names
    // the copy's own account.
    const copiedStepIds = new Set(copied.journeySteps.map((s) => s.id));
    expect(copied.journeySteps).toHaveLength(2);
    expect(
      copied.slos.filter((s) => s.stepId !== null).every((s) => copiedStepIds.has(s.stepId!)),
    ).toBe(true);
    expect(copied.painPoints[0]!.accountIds).toEqual([copied.accounts[0]!.id]);
    expect(copiedStepIds.has(copied.painPoints[0]!.stepId)).toBe(true);
    const copiedChecker = copied.slos.find((s) => s.name === 'Checkout completes')!;
    // The retrospective and its parts point at the copy's own records too.
    const [retro] = copied.retros;
    const [event] = copied.timelineEvents;
    expect(retro!.sloIds).toEqual([copiedChecker.id]);
    expect(copiedStepIds.has(retro!.stepIds[0]!)).toBe(true);
    expect(retro!.dismissals).toEqual([
      `event:${event!.id}:what|counterfactual|should have checked`,
    ]);
    expect(event!.retroId).toBe(retro!.id);
    expect(copied.participantAccounts[0]!.eventViews[0]!.eventId).toBe(event!.id);
    expect(copied.contributingFactors[0]!.eventIds).toEqual([event!.id]);
    expect(copied.actionItems[0]!.sloId).toBe(copiedChecker.id);
    expect(copied.reviewSessions.every((r) => r.retroId === retro!.id)).toBe(true);
    expect(copied.reviewSessions).toHaveLength(2);
    expect(await readSliData(db, copiedChecker.id)).toEqual(await readSliData(db, slo.id));
  });

  it('refuses a file whose data names an SLO it does not hold, and writes nothing', async () => {
    const { db, workbook } = await workbookWithData();
    const file = buildWorkbookFile((await readWorkbookContents(db, workbook.id))!, '1', AT);
    const broken = JSON.stringify({
      ...file,
      slos: file.slos.filter((s) => s.name !== 'Checkout completes'),
    });
    const result = parseWorkbookFile(broken);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.join(' ')).toMatch(
        /sliData\.0\.sloId: names an SLO that is not in the file/,
      );
  });
});

describe('the sample workbook', () => {
  it('round-trips losslessly: export, import into an empty database, export again', async () => {
    const db = await openDatabase({ indexedDB: freshIndexedDb() });
    const sample = buildSampleWorkbook({ endMs: Date.parse('2026-11-20T12:00:00Z') });
    const workbook = await importWorkbookContents(db, sample);
    const { first, second, file } = await roundTrip(db, workbook.id);
    expect(second).toBe(first);
    expect(file.retros).toHaveLength(2);
    expect(file.timelineEvents).toHaveLength(10);
    // The customer-impact links survive the trip.
    expect(file.accounts.every((a) => a.arr !== null && a.renewalDate !== null)).toBe(true);
    expect(file.painPoints.filter((p) => p.retroId !== null)).toHaveLength(3);
    expect(file.retros.map((r) => r.accountIds.length)).toEqual([2, 2]);
  });
});
