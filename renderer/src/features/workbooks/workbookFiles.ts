import { newId } from '../../../../shared/domain/ids';
import { buildSampleWorkbook } from '../../../../shared/sample/sampleWorkbook';
import type { Workbook } from '../../../../shared/domain/workbook';
import type { WorkbookDatabase } from '../../db/database';
import { importWorkbookContents } from '../../db/workbookRepository';
import type { Platform } from '../../platform/platform';
import { withProgress } from '../../ui/progressStore';
import type { WorkbookFileSummary } from '../../workers/databaseJobs';
import { runDatabaseJobOffThread } from '../../workers/runDatabaseJobOffThread';

export function workbookFileName(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'workbook'}.slo-workbook.json`;
}

export type FileOutcome =
  { ok: true; message: string; workbook?: Workbook } | { ok: false; message: string } | null;

/** Exports one workbook through the platform. Returns null when the person cancelled. */
export async function exportWorkbook(
  db: WorkbookDatabase,
  platform: Platform,
  workbookId: string,
): Promise<FileOutcome> {
  const gone: FileOutcome = { ok: false, message: 'That workbook no longer exists.' };
  const stored = await db.workbooks.get(workbookId);
  if (!stored) return gone;
  const { version } = await platform.getAppInfo({});
  const file = await withProgress(
    `Exporting “${stored.name}”`,
    () =>
      runDatabaseJobOffThread(db, {
        type: 'export',
        workbookId,
        appVersion: version,
        exportedAt: new Date().toISOString(),
      }).result,
    { indeterminate: true },
  );
  if (!file) return gone;
  const result = await platform.saveFile({
    suggestedName: workbookFileName(file.name),
    content: file.text,
    kind: 'workbook',
  });
  if (result.status === 'canceled') return null;
  if (result.status === 'failed') return { ok: false, message: result.message };
  return { ok: true, message: `Exported “${file.name}” to ${result.fileName}.` };
}

/** A workbook file checked whole; nothing of it is written yet. */
export interface OpenedWorkbookFile {
  fileName: string;
  text: string;
  summary: WorkbookFileSummary;
}

/**
 * Opens a workbook file and checks all of it in the background, so a large file never freezes
 * the window; nothing is written yet. Null when the person cancelled.
 */
export async function openWorkbookFile(
  db: WorkbookDatabase,
  platform: Platform,
): Promise<{ ok: true; file: OpenedWorkbookFile } | { ok: false; message: string } | null> {
  const opened = await platform.openFile({ kind: 'workbook' });
  if (opened.status === 'canceled') return null;
  if (opened.status === 'failed') return { ok: false, message: opened.message };
  const checked = await withProgress(
    `Checking “${opened.fileName}”`,
    () => runDatabaseJobOffThread(db, { type: 'check-file', text: opened.text }).result,
    { indeterminate: true },
  );
  if (!checked.ok) {
    return {
      ok: false,
      message: `“${opened.fileName}” was not imported; nothing was changed. ${checked.problems.join(' ')}`,
    };
  }
  return {
    ok: true,
    file: { fileName: opened.fileName, text: opened.text, summary: checked.summary },
  };
}

/** Writes a checked file as a workbook of its own, in one transaction, in the background. */
export async function importAsNewWorkbook(
  db: WorkbookDatabase,
  file: OpenedWorkbookFile,
): Promise<FileOutcome> {
  const workbook = await withProgress(
    `Importing “${file.summary.name}”`,
    (report) =>
      runDatabaseJobOffThread(db, { type: 'import-file', text: file.text }, report).result,
  );
  return { ok: true, message: `Imported “${workbook.name}” from ${file.fileName}.`, workbook };
}

/** The sample workbook, told relative to now, with fresh ids so it can be opened again. */
export async function openSampleWorkbook(db: WorkbookDatabase): Promise<Workbook> {
  const ids = new Map<string, string>();
  const idFor = (key: string) => {
    let id = ids.get(key);
    if (!id) ids.set(key, (id = newId()));
    return id;
  };
  return importWorkbookContents(db, buildSampleWorkbook({ endMs: Date.now(), idFor }));
}
