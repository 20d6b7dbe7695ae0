import {
  buildWorkbookFile,
  parseWorkbookFile,
  serializeWorkbookFile,
  workbookFileContents,
} from '../../../../shared/domain/workbookFile';
import type { Workbook } from '../../../../shared/domain/workbook';
import type { WorkbookDatabase } from '../../db/database';
import { importWorkbookContents, readWorkbookContents } from '../../db/workbookRepository';
import type { Platform } from '../../platform/platform';

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
  const contents = await readWorkbookContents(db, workbookId);
  if (!contents) return { ok: false, message: 'That workbook no longer exists.' };
  const { workbook } = contents;
  const { version } = await platform.getAppInfo({});
  const content = serializeWorkbookFile(
    buildWorkbookFile(contents, version, new Date().toISOString()),
  );
  const result = await platform.saveFile({
    suggestedName: workbookFileName(workbook.name),
    content,
    kind: 'workbook',
  });
  if (result.status === 'canceled') return null;
  if (result.status === 'failed') return { ok: false, message: result.message };
  return { ok: true, message: `Exported “${workbook.name}” to ${result.fileName}.` };
}

/** Opens a workbook file, validates all of it, then writes it in one transaction or not at all. */
export async function importWorkbook(
  db: WorkbookDatabase,
  platform: Platform,
): Promise<FileOutcome> {
  const opened = await platform.openFile({ kind: 'workbook' });
  if (opened.status === 'canceled') return null;
  if (opened.status === 'failed') return { ok: false, message: opened.message };
  const parsed = parseWorkbookFile(opened.text);
  if (!parsed.ok) {
    return {
      ok: false,
      message: `“${opened.fileName}” was not imported; nothing was changed. ${parsed.problems.join(' ')}`,
    };
  }
  const workbook = await importWorkbookContents(db, workbookFileContents(parsed.value));
  return { ok: true, message: `Imported “${workbook.name}” from ${opened.fileName}.`, workbook };
}
