import {
  buildWorkbookFile,
  parseWorkbookFile,
  serializeWorkbookFile,
  workbookFileContents,
  type WorkbookContents,
} from '../../../shared/domain/workbookFile';
import type { Workbook } from '../../../shared/domain/workbook';
import { journeyPainScores } from '../../../shared/journey/journeyPainScores';
import { journeyRevenue } from '../../../shared/customer/revenueRanking';
import type { WorkbookDatabase } from '../db/database';
import { mergeWorkbookContents, planMerge, type MergePlan, type OnBoth } from '../db/workbookMerge';
import { importWorkbookContents, readWorkbookContents } from '../db/workbookRepository';
import { makeReport, type ReportRequest, type ReportResult } from '../db/makeReport';

/**
 * Work on a whole workbook or a whole file: done in a worker so the window stays live meanwhile.
 * A workbook file travels as its text and is checked again where it is used, because a checked
 * file's records would cost the window as long to receive as to check.
 */
export type DatabaseJob =
  | { type: 'report'; request: ReportRequest }
  | { type: 'export'; workbookId: string; appVersion: string; exportedAt: string }
  | { type: 'check-file'; text: string }
  | { type: 'import-file'; text: string }
  | { type: 'plan-merge'; text: string; targetId: string }
  | { type: 'merge-file'; text: string; targetId: string; onBoth: OnBoth }
  | { type: 'journey-pain'; workbookId: string }
  | { type: 'journey-revenue'; workbookId: string };

/** A workbook file's text, or null when the workbook is no longer there. */
export type ExportResult = { name: string; text: string } | null;

/** What the import dialog tells about a valid file before anything is written. */
export interface WorkbookFileSummary {
  name: string;
  journeys: number;
  slos: number;
  retros: number;
}

export type CheckResult =
  { ok: true; summary: WorkbookFileSummary } | { ok: false; problems: string[] };

export interface DatabaseJobResults {
  report: ReportResult;
  export: ExportResult;
  'check-file': CheckResult;
  'import-file': Workbook;
  'plan-merge': MergePlan;
  'merge-file': MergePlan;
  /** Each journey's customer pain, by journey id. */
  'journey-pain': Record<string, number>;
  /** Each journey's revenue at risk, by journey id (journeys without named accounts absent). */
  'journey-revenue': Record<string, { value: number; text: string }>;
}

export type JobProgress = (fraction: number) => void;

async function exportText(
  db: WorkbookDatabase,
  job: Extract<DatabaseJob, { type: 'export' }>,
): Promise<ExportResult> {
  const contents = await readWorkbookContents(db, job.workbookId);
  if (!contents) return null;
  return {
    name: contents.workbook.name,
    text: serializeWorkbookFile(buildWorkbookFile(contents, job.appVersion, job.exportedAt)),
  };
}

function checkFile(text: string): CheckResult {
  const parsed = parseWorkbookFile(text);
  if (!parsed.ok) return parsed;
  const file = parsed.value;
  return {
    ok: true,
    summary: {
      name: file.workbook.name,
      journeys: file.journeys.length,
      slos: file.slos.length,
      retros: file.retros.length,
    },
  };
}

/** The records of a file checked before; it is checked again, so a changed text cannot slip in. */
function contentsOf(text: string): WorkbookContents {
  const parsed = parseWorkbookFile(text);
  if (!parsed.ok) throw new Error(`The file is not a valid workbook file. ${parsed.problems[0]}`);
  return workbookFileContents(parsed.value);
}

/** Does the job against this database; the same code runs in the worker and, failing that, here. */
export function runDatabaseJob<J extends DatabaseJob>(
  db: WorkbookDatabase,
  job: J,
  onProgress?: JobProgress,
): Promise<DatabaseJobResults[J['type']]>;
export async function runDatabaseJob(
  db: WorkbookDatabase,
  job: DatabaseJob,
  onProgress?: JobProgress,
): Promise<DatabaseJobResults[DatabaseJob['type']]> {
  switch (job.type) {
    case 'report':
      return makeReport(db, job.request);
    case 'export':
      return exportText(db, job);
    case 'check-file':
      return checkFile(job.text);
    case 'import-file':
      return importWorkbookContents(db, contentsOf(job.text), onProgress);
    case 'plan-merge':
      return planMerge(db, job.targetId, contentsOf(job.text));
    case 'journey-pain':
      return journeyPainScores(
        await db.painPoints.where('workbookId').equals(job.workbookId).toArray(),
      );
    case 'journey-revenue':
      return db.transaction('r', db.painPoints, db.accounts, async () =>
        journeyRevenue(
          await db.painPoints.where('workbookId').equals(job.workbookId).toArray(),
          await db.accounts.where('workbookId').equals(job.workbookId).toArray(),
        ),
      );
    case 'merge-file':
      return mergeWorkbookContents(db, job.targetId, contentsOf(job.text), job.onBoth, onProgress);
  }
}
