import { z } from 'zod';
import { isoTimeSchema } from './ids';
import { workbookSchema, type Workbook } from './workbook';
import { formatIssues } from './formatIssues';

/**
 * The file a workbook leaves the app as. `version` is the file format, raised whenever a
 * reader of the old format could misread the new one.
 */
export const WORKBOOK_FILE_FORMAT = 'slo-workbook';
export const WORKBOOK_FILE_VERSION = 1;

export const workbookFileSchema = z
  .object({
    format: z.literal(WORKBOOK_FILE_FORMAT),
    version: z.literal(WORKBOOK_FILE_VERSION),
    exportedAt: isoTimeSchema,
    appVersion: z.string().max(50),
    workbook: workbookSchema,
  })
  .strict();

export type WorkbookFile = z.infer<typeof workbookFileSchema>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: string[] };

export function buildWorkbookFile(
  workbook: Workbook,
  appVersion: string,
  exportedAt: string,
): WorkbookFile {
  return {
    format: WORKBOOK_FILE_FORMAT,
    version: WORKBOOK_FILE_VERSION,
    exportedAt,
    appVersion,
    workbook,
  };
}

export function serializeWorkbookFile(file: WorkbookFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads a workbook file's text; never throws, and says what is wrong in plain words. */
export function parseWorkbookFile(text: string): ParseResult<WorkbookFile> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const truncated = text.trim().length > 0 && !text.trim().endsWith('}');
    return {
      ok: false,
      problems: [
        truncated
          ? `The file looks cut short: it is not complete JSON (${detail}).`
          : `The file is not a workbook file: it is not valid JSON (${detail}).`,
      ],
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problems: ['The file is not a workbook file: it holds no workbook.'] };
  }
  const header = data as { format?: unknown; version?: unknown };
  if (header.format !== WORKBOOK_FILE_FORMAT) {
    return {
      ok: false,
      problems: ['The file is not an SLO Workbook file (its "format" field is missing or other).'],
    };
  }
  if (typeof header.version === 'number' && header.version > WORKBOOK_FILE_VERSION) {
    return {
      ok: false,
      problems: [
        `The file was made by a newer version of SLO Workbook (file format ${header.version}; ` +
          `this app reads format ${WORKBOOK_FILE_VERSION}). Update the app to open it.`,
      ],
    };
  }
  const parsed = workbookFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: formatIssues(parsed.error) };
  return { ok: true, value: parsed.data };
}
