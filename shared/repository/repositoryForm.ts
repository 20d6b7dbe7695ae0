import {
  buildWorkbookFile,
  READABLE_FILE_VERSIONS,
  WORKBOOK_FILE_FORMAT,
  WORKBOOK_FILE_VERSION,
  workbookFileContents,
  workbookFileSchema,
  type WorkbookContents,
  type WorkbookFile,
} from '../domain/workbookFile';
import { RECORD_KIND_DESCRIPTORS, type RecordKind } from '../domain/recordKinds';
import { renderAllReports } from '../report/allReports';
import { GITATTRIBUTES, repositoryReadme } from './gitFiles';
import { fileNameOf, REPORTS_FOLDER, SLI_FOLDER, sliDayPath, WORKBOOK_PATH } from './recordPaths';
import { lineOfPath, stableJson } from './stableJson';

/**
 * The repository form of a workbook: a tree of text files a git host shows and a person can
 * review. One JSON file per record, in a folder per kind; SLI data as one file per SLO per day;
 * the reports and charts made from them; a README and a .gitattributes. The same workbook always
 * gives the same bytes, and reading the files back gives the same workbook.
 */
export const REPOSITORY_FORMAT = 'slo-workbook-repository';

export interface RepositoryFile {
  /** Relative, with "/" between folders. */
  path: string;
  text: string;
}

/** A file the form refuses: where, and which rule it breaks. */
export interface RepositoryProblem {
  path: string;
  line: number;
  rule: string;
}

export type RepositoryRead =
  { ok: true; contents: WorkbookContents } | { ok: false; problems: RepositoryProblem[] };

const recordPath = (kind: RecordKind, id: string) =>
  `${RECORD_KIND_DESCRIPTORS.find((d) => d.kind === kind)!.folder}/${fileNameOf(id)}.json`;

/**
 * The reports are as of the latest moment the workbook records (its last edit or last SLI
 * sample), in UTC: made from the records alone, they come out the same on every machine.
 */
export function reportsAsOf(file: WorkbookFile): string {
  let latest = Date.parse(file.workbook.updatedAt);
  for (const d of RECORD_KIND_DESCRIPTORS) {
    for (const record of file[d.kind] as { updatedAt?: unknown; createdAt?: unknown }[]) {
      const at = typeof record.updatedAt === 'string' ? record.updatedAt : record.createdAt;
      if (typeof at === 'string') latest = Math.max(latest, Date.parse(at));
    }
  }
  for (const chunk of file.sliData) {
    latest = Math.max(latest, chunk.startMs + (chunk.a.length - 1) * chunk.stepMs);
  }
  return new Date(latest).toISOString();
}

/** The files of a workbook's repository form, sorted by path. */
export function toRepository(
  contents: WorkbookContents,
  options: { reports?: boolean } = {},
): RepositoryFile[] {
  // Through the workbook file: records checked by their schemas, dangling names dropped.
  const file = buildWorkbookFile(contents, '', new Date(0).toISOString());
  const files: RepositoryFile[] = [
    { path: '.gitattributes', text: GITATTRIBUTES },
    { path: 'README.md', text: repositoryReadme(file.workbook.name) },
    {
      path: WORKBOOK_PATH,
      text: stableJson({
        format: REPOSITORY_FORMAT,
        version: WORKBOOK_FILE_VERSION,
        workbook: file.workbook,
      }),
    },
  ];
  for (const d of RECORD_KIND_DESCRIPTORS) {
    for (const record of file[d.kind] as { id: string }[]) {
      files.push({ path: recordPath(d.kind, record.id), text: stableJson(record) });
    }
  }
  for (const chunk of file.sliData) {
    files.push({ path: sliDayPath(chunk.sloId, chunk.dayStartMs), text: stableJson(chunk) });
  }
  if (options.reports !== false) {
    const seen = new Set<string>();
    const add = (name: string, text: string) => {
      // Two charts of the same name (two SLOs named alike): the first keeps the name.
      const path = `${REPORTS_FOLDER}/${name}`;
      if (seen.has(path)) return;
      seen.add(path);
      files.push({ path, text: text.endsWith('\n') ? text : `${text}\n` });
    };
    const reports = renderAllReports(workbookFileContents(file), {
      generatedAt: reportsAsOf(file),
      timeZone: 'UTC',
    });
    for (const report of reports) {
      add(report.fileName, report.markdown);
      for (const attachment of report.attachments) add(attachment.name, attachment.content);
    }
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Where a JSON parse failed, as a line, from the engine's message. */
function syntaxLine(text: string, error: unknown): number {
  const message = error instanceof Error ? error.message : '';
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  return position ? text.slice(0, Number(position[1])).split('\n').length : 1;
}

type Located = { path: string; text: string; value: unknown };

/**
 * Reads a workbook from its repository form. Files outside the form (the reports, a CI
 * configuration) are left alone; every record file is checked with the rules a workbook file
 * has, and each problem names its file, line and rule. All or nothing: one bad file, no workbook.
 */
export function fromRepository(files: readonly RepositoryFile[]): RepositoryRead {
  const problems: RepositoryProblem[] = [];
  const parse = (file: RepositoryFile): Located | null => {
    try {
      return { ...file, value: JSON.parse(file.text) as unknown };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      problems.push({
        path: file.path,
        line: syntaxLine(file.text, error),
        rule: `not valid JSON (${detail})`,
      });
      return null;
    }
  };
  const folderKind = new Map(RECORD_KIND_DESCRIPTORS.map((d) => [d.folder, d.kind]));
  const lists = new Map<RecordKind, Located[]>(RECORD_KIND_DESCRIPTORS.map((d) => [d.kind, []]));
  const days: Located[] = [];
  let head: Located | null = null;
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const parts = file.path.split('/');
    if (!file.path.endsWith('.json')) continue;
    if (file.path === WORKBOOK_PATH) head = parse(file);
    else if (parts.length === 2 && folderKind.has(parts[0]!)) {
      const located = parse(file);
      if (located) lists.get(folderKind.get(parts[0]!)!)!.push(located);
    } else if (parts.length === 3 && parts[0] === SLI_FOLDER) {
      const located = parse(file);
      if (located) days.push(located);
    }
  }
  // A file that is not JSON hides its record: the checks of the rest would blame the wrong file.
  if (problems.length) return { ok: false, problems };
  if (!head) {
    if (!files.some((f) => f.path === WORKBOOK_PATH)) {
      problems.push({
        path: WORKBOOK_PATH,
        line: 1,
        rule: 'missing: the folder holds no workbook (no workbook.json at its top)',
      });
    }
    return { ok: false, problems };
  }
  const header = head.value as { format?: unknown; version?: unknown; workbook?: unknown } | null;
  if (typeof header !== 'object' || header === null || header.format !== REPOSITORY_FORMAT) {
    problems.push({
      path: WORKBOOK_PATH,
      line: lineOfPath(head.text, ['format']),
      rule: `format: must be "${REPOSITORY_FORMAT}"`,
    });
    return { ok: false, problems };
  }
  if (typeof header.version !== 'number' || header.version > WORKBOOK_FILE_VERSION) {
    problems.push({
      path: WORKBOOK_PATH,
      line: lineOfPath(head.text, ['version']),
      rule:
        `version: this app reads versions up to ${WORKBOOK_FILE_VERSION}; ` +
        'a newer SLO Workbook wrote this folder: update the app to read it',
    });
    return { ok: false, problems };
  }

  const sliData = days.map((d) => d.value);
  const assembled: Record<string, unknown> = {
    format: WORKBOOK_FILE_FORMAT,
    version: (READABLE_FILE_VERSIONS as readonly number[]).includes(header.version)
      ? header.version
      : WORKBOOK_FILE_VERSION,
    exportedAt: new Date(0).toISOString(),
    appVersion: '',
    workbook: header.workbook,
    sliData,
    ...Object.fromEntries([...lists].map(([kind, located]) => [kind, located.map((l) => l.value)])),
  };
  const parsed = workbookFileSchema.safeParse(assembled);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [top, index, ...rest] = issue.path as (string | number)[];
      const list =
        top === 'sliData'
          ? days
          : (lists.get(top as RecordKind) ?? (top === 'workbook' ? [head] : []));
      const file = top === 'workbook' ? head : typeof index === 'number' ? list[index] : undefined;
      const inside = (top === 'workbook' ? issue.path.slice(1) : rest) as (string | number)[];
      const field = inside.map(String).join('.');
      problems.push({
        path: file?.path ?? String(top ?? WORKBOOK_PATH),
        line: file
          ? lineOfPath(file.text, top === 'workbook' ? ['workbook', ...inside] : inside)
          : 1,
        rule: field ? `${field}: ${issue.message}` : issue.message,
      });
    }
    return { ok: false, problems };
  }
  // Each record where its id says: a file renamed or copied by hand would otherwise hide another.
  for (const [kind, located] of lists) {
    parsed.data[kind].forEach((record, i) => {
      const expected = recordPath(kind, record.id);
      if (located[i]!.path !== expected) {
        problems.push({
          path: located[i]!.path,
          line: lineOfPath(located[i]!.text, ['id']),
          rule: `id: the file of record "${record.id}" must be ${expected}`,
        });
      }
    });
  }
  parsed.data.sliData.forEach((chunk, i) => {
    const expected = sliDayPath(chunk.sloId, chunk.dayStartMs);
    if (days[i]!.path !== expected) {
      problems.push({
        path: days[i]!.path,
        line: lineOfPath(days[i]!.text, ['dayStartMs']),
        rule: `sloId, dayStartMs: this day of SLI data must be ${expected}`,
      });
    }
  });
  if (problems.length) return { ok: false, problems };
  return { ok: true, contents: workbookFileContents(parsed.data) };
}
