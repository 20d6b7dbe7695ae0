import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { ReportKind } from '../../shared/report/reportContext';
import { buildSampleWorkbook } from '../../shared/sample/sampleWorkbook';
import { renderAccountReport } from '../../shared/report/accountReport';
import { renderActionItemsReport } from '../../shared/report/actionItemsReport';
import { renderJourneyReport } from '../../shared/report/journeyReport';
import { renderRetroReport } from '../../shared/report/retroReport';
import { renderSloReport } from '../../shared/report/sloReport';
import { renderWorkbookReport } from '../../shared/report/workbookReport';
import type { WorkbookContents } from '../../shared/domain/workbookFile';
import { savePainPoint } from '../../renderer/src/db/journeyRepository';
import { openDatabase } from '../../renderer/src/db/openDatabase';
import { readReportContents, readReportSubjects } from '../../renderer/src/db/reportContents';
import {
  importWorkbookContents,
  readWorkbookContents,
} from '../../renderer/src/db/workbookRepository';
import { makeReport } from '../../renderer/src/db/makeReport';
import { buildScaleWorkbook } from '../fixtures/scaleWorkbook';
import { freshIndexedDb } from './helpers';

const ctx = { generatedAt: '2026-11-20T12:00:00.000Z', timeZone: 'Europe/Berlin' };

function render(contents: WorkbookContents, kind: ReportKind, subjectId: string | null) {
  if (kind === 'workbook') return renderWorkbookReport(contents, ctx);
  if (kind === 'actions') return renderActionItemsReport(contents, ctx);
  if (kind === 'slo') return renderSloReport(contents, subjectId!, ctx);
  if (kind === 'journey') return renderJourneyReport(contents, subjectId!, ctx);
  if (kind === 'account') return renderAccountReport(contents, subjectId!, ctx);
  return renderRetroReport(contents, subjectId!, ctx);
}

async function twoWorkbooks() {
  const db = await openDatabase({ indexedDB: freshIndexedDb() });
  const sample = await importWorkbookContents(
    db,
    buildSampleWorkbook({ endMs: Date.parse(ctx.generatedAt) }),
  );
  const scale = await importWorkbookContents(db, buildScaleWorkbook(3, 4, 3, 5));
  return { db, sample, scale };
}

describe('the records a report reads', () => {
  it('make every report exactly as the whole workbook would, for every subject', async () => {
    const { db, sample, scale } = await twoWorkbooks();
    let compared = 0;
    for (const workbook of [sample, scale]) {
      const whole = (await readWorkbookContents(db, workbook.id))!;
      const cases: [ReportKind, string | null][] = [
        ['workbook', null],
        ['actions', null],
        ...whole.slos.map((s): [ReportKind, string] => ['slo', s.id]),
        ...whole.journeys.map((j): [ReportKind, string] => ['journey', j.id]),
        ...whole.retros.map((r): [ReportKind, string] => ['retro', r.id]),
        ...whole.accounts.map((a): [ReportKind, string] => ['account', a.id]),
      ];
      for (const [kind, subjectId] of cases) {
        const scoped = (await readReportContents(db, workbook.id, { kind, subjectId }))!;
        expect(render(scoped, kind, subjectId)).toEqual(render(whole, kind, subjectId));
        compared += 1;
      }
    }
    // Sample: workbook, actions, 2 SLOs, 1 journey, 2 retros, 4 accounts; scale: workbook,
    // actions, 3 journeys, 5 accounts.
    expect(compared).toBe(21);
  });

  it('leave out what the report never shows: a journey map reads only its own pain points', async () => {
    const { db, scale } = await twoWorkbooks();
    const journeyId = 'scale-journey-1';
    const scoped = (await readReportContents(db, scale.id, {
      kind: 'journey',
      subjectId: journeyId,
    }))!;
    expect(scoped.painPoints).toHaveLength(4 * 3);
    expect(scoped.painPoints.every((p) => p.journeyId === journeyId)).toBe(true);
    expect(scoped.journeySteps.every((s) => s.journeyId === journeyId)).toBe(true);
    const slo = (await readReportContents(db, scale.id, { kind: 'slo', subjectId: 'none' }))!;
    expect(slo.painPoints).toEqual([]);
    expect(
      await readReportContents(db, 'no-such-workbook', { kind: 'actions', subjectId: null }),
    ).toBeUndefined();
  });
});

describe('the report subjects, watched live', () => {
  it('list each kind by name and change whenever a record in the workbook changes', async () => {
    const { db, sample } = await twoWorkbooks();
    const seen: string[][] = [];
    const subscription = liveQuery(() => readReportSubjects(db, sample.id)).subscribe({
      next: (subjects) => seen.push(subjects.journeys.map((j) => j.name)),
    });
    await expect.poll(() => seen.length).toBe(1);
    expect(seen[0]).toEqual(['Checkout']);
    const pain = (await readWorkbookContents(db, sample.id))!.painPoints[0]!;
    // An edit the subjects do not show still wakes the report: the quote is in it.
    // The draft schema keeps the fields a person edits and drops the record's own.
    await savePainPoint(db, pain.stepId, { ...pain, quote: 'A new quote' }, pain.id);
    await expect.poll(() => seen.length).toBe(2);
    subscription.unsubscribe();
  });
});

describe('making a report', () => {
  it('stamps it with the time it was asked for and says when the workbook is gone', async () => {
    const { db, sample } = await twoWorkbooks();
    const askedAt = '2031-05-06T07:08:09.000Z';
    const made = await makeReport(db, {
      workbookId: sample.id,
      kind: 'actions',
      subjectId: null,
      timeZone: 'UTC',
      generatedAt: askedAt,
    });
    expect(made.status).toBe('made');
    if (made.status !== 'made') return;
    expect(made.report.markdown).toContain(`generated_at: "${askedAt}"`);
    expect(
      await makeReport(db, {
        workbookId: 'gone',
        kind: 'workbook',
        subjectId: null,
        timeZone: 'UTC',
        generatedAt: askedAt,
      }),
    ).toEqual({ status: 'failed', message: 'This workbook is no longer here.' });
    expect(
      await makeReport(db, {
        workbookId: sample.id,
        kind: 'slo',
        subjectId: 'missing',
        timeZone: 'UTC',
        generatedAt: askedAt,
      }),
    ).toEqual({
      status: 'failed',
      message: 'The report could not be made: That SLO is not in the workbook.',
    });
  });
});
