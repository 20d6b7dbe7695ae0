import {
  buildWorkbookFile,
  parseWorkbookFile,
  serializeWorkbookFile,
  workbookFileContents,
} from '../domain/workbookFile';
import { RECORD_KIND_DESCRIPTORS } from '../domain/recordKinds';
import {
  fromRepository,
  reportsAsOf,
  toRepository,
  type RepositoryFile,
  type RepositoryProblem,
} from '../repository/repositoryForm';
import { REPORTS_FOLDER, SLI_FOLDER, WORKBOOK_PATH } from '../repository/recordPaths';

/** What the repository commands need besides the rest of the command line's edges. */
export interface RepositoryIo {
  readText(path: string): Promise<string>;
  writeText(dir: string, name: string, content: string): Promise<string>;
  out(text: string): void;
  err(text: string): void;
  isDirectory(path: string): Promise<boolean>;
  /** Every file under `dir` (".git" left out), with paths relative to it and "/" between folders. */
  readTree(dir: string): Promise<RepositoryFile[]>;
  removeFile(path: string): Promise<void>;
}

const APP = 'workbook command line';

const join = (dir: string, path: string) =>
  dir.endsWith('/') ? `${dir}${path}` : `${dir}/${path}`;

function writeTo(io: RepositoryIo, dir: string, path: string, text: string) {
  const slash = path.lastIndexOf('/');
  return slash < 0
    ? io.writeText(dir, path, text)
    : io.writeText(join(dir, path.slice(0, slash)), path.slice(slash + 1), text);
}

function sayProblems(io: RepositoryIo, dir: string, problems: RepositoryProblem[]) {
  for (const p of problems) io.err(`${join(dir, p.path)}:${p.line}: ${p.rule}\n`);
}

/** Whether a path is one the repository form writes (and so may replace or remove). */
function ownedByForm(path: string): boolean {
  const top = path.split('/')[0]!;
  return (
    path === WORKBOOK_PATH ||
    path === 'README.md' ||
    path === '.gitattributes' ||
    top === SLI_FOLDER ||
    top === REPORTS_FOLDER ||
    RECORD_KIND_DESCRIPTORS.some((d) => d.folder === top)
  );
}

async function readRepository(io: RepositoryIo, dir: string) {
  const result = fromRepository(await io.readTree(dir));
  if (!result.ok) {
    io.err(`${dir} is not a readable workbook repository:\n`);
    sayProblems(io, dir, result.problems);
  }
  return result;
}

/** `workbook convert FILE.json --to repository --out DIR` */
export async function convertToRepository(
  io: RepositoryIo,
  file: string,
  dir: string,
): Promise<number> {
  const parsed = parseWorkbookFile(await io.readText(file));
  if (!parsed.ok) {
    io.err(
      `${file} is not a readable workbook file:\n${parsed.problems.map((p) => `  ${p}`).join('\n')}\n`,
    );
    return 1;
  }
  const files = toRepository(workbookFileContents(parsed.value));
  const existing = (await io.isDirectory(dir)) ? await io.readTree(dir) : [];
  if (existing.length && !existing.some((f) => f.path === WORKBOOK_PATH)) {
    io.err(
      `${dir} holds other files and no workbook: choose an empty folder. Nothing was written.\n`,
    );
    return 1;
  }
  // Files of a workbook written there before that this one does not have: a deleted record.
  const keep = new Set(files.map((f) => f.path));
  for (const old of existing) {
    if (ownedByForm(old.path) && !keep.has(old.path)) await io.removeFile(join(dir, old.path));
  }
  const before = new Map(existing.map((f) => [f.path, f.text]));
  let written = 0;
  for (const f of files) {
    if (before.get(f.path) === f.text) continue;
    await writeTo(io, dir, f.path, f.text);
    written += 1;
  }
  io.out(`${dir}: ${files.length} files, ${written} written.\n`);
  return 0;
}

/** `workbook convert DIR --to workbook --out FILE.json` */
export async function convertToWorkbook(
  io: RepositoryIo,
  dir: string,
  out: string,
): Promise<number> {
  const result = await readRepository(io, dir);
  if (!result.ok) return 1;
  // Dated by its own latest change, so the same folder always gives the same file.
  const draft = buildWorkbookFile(result.contents, APP, new Date(0).toISOString());
  const file = { ...draft, exportedAt: reportsAsOf(draft) };
  const slash = Math.max(out.lastIndexOf('/'), out.lastIndexOf('\\'));
  await io.writeText(
    slash >= 0 ? out.slice(0, slash) || '/' : '.',
    out.slice(slash + 1),
    serializeWorkbookFile(file),
  );
  io.out(`${out}\n`);
  return 0;
}

/** `workbook report DIR [--out OUT]`: the reports as the repository form holds them. */
export async function reportRepository(
  io: RepositoryIo,
  dir: string,
  out: string | undefined,
): Promise<number> {
  const result = await readRepository(io, dir);
  if (!result.ok) return 1;
  const target = out ?? join(dir, REPORTS_FOLDER);
  const reports = toRepository(result.contents).filter((f) =>
    f.path.startsWith(`${REPORTS_FOLDER}/`),
  );
  for (const f of reports) {
    io.out(`${await writeTo(io, target, f.path.slice(REPORTS_FOLDER.length + 1), f.text)}\n`);
  }
  return 0;
}

/** `workbook validate DIR`: every record file checked; each problem with its path, line and rule. */
export async function validateRepository(io: RepositoryIo, dir: string): Promise<number> {
  const files = await io.readTree(dir);
  const result = fromRepository(files);
  if (!result.ok) {
    for (const p of result.problems) io.out(`${join(dir, p.path)}:${p.line}: ${p.rule}\n`);
    return 1;
  }
  const c = result.contents;
  io.out(
    `${dir}: a valid workbook repository (workbook “${c.workbook.name}”: ${c.journeys.length} journeys, ` +
      `${c.painPoints.length} pain points, ${c.slos.length} SLOs, ${c.retros.length} retrospectives).\n`,
  );
  // Reports are made from the records: say when the folder's are not the ones they make.
  const made = toRepository(c).filter((f) => f.path.startsWith(`${REPORTS_FOLDER}/`));
  const held = new Map(files.map((f) => [f.path, f.text]));
  const stale = made.filter((f) => held.get(f.path) !== f.text).map((f) => f.path);
  if (stale.length) {
    io.out(
      `warning: ${stale.length} reports are not the ones the records make (${stale.slice(0, 3).join(', ')}` +
        `${stale.length > 3 ? ', …' : ''}): run “workbook report ${dir}”.\n`,
    );
  }
  return 0;
}
