import type { WorkbookContents } from '../../../shared/domain/workbookFile';
import type { ReportKind } from '../../../shared/report/reportContext';
import { RECORD_KINDS, type RecordKind } from '../../../shared/domain/recordKinds';
import type { WorkbookDatabase } from './database';
import { readWorkbookContents, workbookTables } from './workbookRepository';

/** Which report the records are read for; the subject is an SLO, journey or retrospective id. */
export interface ReportScope {
  kind: ReportKind;
  subjectId: string | null;
}

/**
 * The records one report needs, read in one snapshot. Only the whole-workbook report reads
 * everything: a journey map of 1,000 pain points must not wait for the other 199,000, and no
 * report but the journey's and the workbook's shows pain points at all. Tables a report never
 * looks at come back empty; a test proves every report reads the same from this as from the
 * whole workbook.
 */
export async function readReportContents(
  db: WorkbookDatabase,
  workbookId: string,
  scope: ReportScope,
): Promise<WorkbookContents | undefined> {
  if (scope.kind === 'workbook') return readWorkbookContents(db, workbookId);
  return db.transaction('r', workbookTables(db), async () => {
    const workbook = await db.workbooks.get(workbookId);
    if (!workbook) return undefined;
    const slos = await db.slos.where('workbookId').equals(workbookId).toArray();
    const journeys = await db.journeys.where('workbookId').equals(workbookId).toArray();
    const retros = await db.retros.where('workbookId').equals(workbookId).toArray();
    const { kind, subjectId } = scope;
    const journeySteps =
      kind === 'journey' && subjectId
        ? await db.journeySteps.where('journeyId').equals(subjectId).toArray()
        : kind === 'actions'
          ? []
          : await db.journeySteps.where('workbookId').equals(workbookId).toArray();
    const sloStep = kind === 'slo' ? (slos.find((s) => s.id === subjectId)?.stepId ?? null) : null;
    // Pain points: a journey's own; an SLO's step's (does it hear the customer?); those about
    // an incident (the revenue it touched); those naming an account (its review).
    const painPoints =
      kind === 'journey' && subjectId
        ? await db.painPoints.where('journeyId').equals(subjectId).toArray()
        : sloStep
          ? await db.painPoints.where('stepId').equals(sloStep).toArray()
          : kind === 'retro' && subjectId
            ? await db.painPoints.where('retroId').equals(subjectId).toArray()
            : kind === 'account' && subjectId
              ? await db.painPoints.where('accountIds').equals(subjectId).toArray()
              : [];
    const stepIds = new Set(
      kind === 'account' ? painPoints.map((p) => p.stepId) : journeySteps.map((s) => s.id),
    );
    const charted =
      kind === 'slo'
        ? [subjectId ?? '']
        : kind === 'journey' || kind === 'account'
          ? slos.filter((s) => s.stepId !== null && stepIds.has(s.stepId)).map((s) => s.id)
          : kind === 'retro'
            ? (retros.find((r) => r.id === subjectId)?.sloIds ?? [])
            : [];
    const sliChunks = charted.length
      ? (await db.sliChunks.where('sloId').anyOf(charted).toArray()).map(
          ({ workbookId: _workbookId, ...chunk }) => chunk,
        )
      : [];
    const retroTables = kind === 'retro' || kind === 'actions' || kind === 'account';
    const needsAccounts = kind !== 'actions';
    return {
      workbook,
      slos,
      sliChunks,
      accounts: needsAccounts
        ? await db.accounts.where('workbookId').equals(workbookId).toArray()
        : [],
      journeys,
      journeySteps,
      painPoints,
      retros,
      timelineEvents: retroTables
        ? await db.timelineEvents.where('workbookId').equals(workbookId).toArray()
        : [],
      participantAccounts: retroTables
        ? await db.participantAccounts.where('workbookId').equals(workbookId).toArray()
        : [],
      contributingFactors: retroTables
        ? await db.contributingFactors.where('workbookId').equals(workbookId).toArray()
        : [],
      actionItems: retroTables
        ? await db.actionItems.where('workbookId').equals(workbookId).toArray()
        : [],
      reviewSessions: retroTables
        ? await db.reviewSessions.where('workbookId').equals(workbookId).toArray()
        : [],
    };
  });
}

/** What each report can be about, by name. */
export interface ReportSubjects {
  slos: { id: string; name: string }[];
  journeys: { id: string; name: string }[];
  retros: { id: string; name: string }[];
  accounts: { id: string; name: string }[];
}

/**
 * The names a report can be chosen by. As a live query it also watches every table the reports
 * read (the counts are read for that reason alone), so an open report is made again whenever
 * anything in the workbook changes, without holding the workbook in this thread.
 */
export async function readReportSubjects(
  db: WorkbookDatabase,
  workbookId: string,
): Promise<ReportSubjects> {
  return db.transaction('r', workbookTables(db), async () => {
    const named = <T extends { id: string }>(rows: T[], name: (row: T) => string) =>
      rows.map((row) => ({ id: row.id, name: name(row) }));
    const slos = await db.slos.where('workbookId').equals(workbookId).toArray();
    const journeys = await db.journeys.where('workbookId').equals(workbookId).toArray();
    const retros = await db.retros.where('workbookId').equals(workbookId).toArray();
    const accounts = await db.accounts.where('workbookId').equals(workbookId).toArray();
    await db.workbooks.get(workbookId);
    const read = new Set<RecordKind>(['slos', 'journeys', 'retros', 'accounts']);
    const others = RECORD_KINDS.filter((kind) => !read.has(kind)).map((kind) => db[kind]);
    for (const table of [db.sliChunks, ...others]) {
      await table.where('workbookId').equals(workbookId).count();
    }
    // In the order people look for them: by name, and the latest incident first.
    const byName =
      <T>(name: (t: T) => string) =>
      (a: T, b: T) =>
        name(a).localeCompare(name(b));
    slos.sort(byName((s) => s.name));
    journeys.sort(byName((j) => j.name));
    retros.sort(
      (a, b) =>
        (b.startedAt ?? b.createdAt).localeCompare(a.startedAt ?? a.createdAt) ||
        a.title.localeCompare(b.title),
    );
    return {
      slos: named(slos, (s) => s.name),
      journeys: named(journeys, (j) => j.name),
      retros: named(retros, (r) => r.title),
      accounts: named(
        accounts.sort((a, b) => a.name.localeCompare(b.name)),
        (a) => a.name,
      ),
    };
  });
}
