import type { WorkbookContents } from '../domain/workbookFile';
import { RECORD_KIND_DESCRIPTORS } from '../domain/recordKinds';
import { SLI_FOLDER } from '../repository/recordPaths';
import {
  fromRepository,
  type RepositoryFile,
  type RepositoryProblem,
} from '../repository/repositoryForm';

export type Landing =
  | { ok: true; contents: WorkbookContents; refused: RepositoryProblem[] }
  | { ok: false; problems: RepositoryProblem[] };

const RECORD_FOLDERS = new Set([...RECORD_KIND_DESCRIPTORS.map((d) => d.folder), SLI_FOLDER]);
const isRecordFile = (path: string) => RECORD_FOLDERS.has(path.split('/')[0]!);

/** Rounds of refusing: dropping a new step refuses the new pain points on it, and so on. */
const ROUNDS = 8;

/**
 * Reads the remote's files so that what is valid lands: each record file that breaks a rule is
 * taken back to its version at the base (or left out if the base had none), so the merge sees
 * no change from the remote for that record and keeps the local one; the rest is read as it is.
 * Refusing one file can make another break a rule (a new pain point on a refused new step):
 * that one is refused too, with its own rule. A problem outside the record files (the
 * workbook's own file, a newer format) refuses the whole remote, as before.
 */
export function landValidFiles(
  theirs: readonly RepositoryFile[],
  base: readonly RepositoryFile[] | null,
): Landing {
  const baseByPath = new Map((base ?? []).map((f) => [f.path, f]));
  const files = new Map(theirs.map((f) => [f.path, f]));
  const refused: RepositoryProblem[] = [];
  const taken = new Set<string>();
  for (let round = 0; round < ROUNDS; round += 1) {
    const read = fromRepository([...files.values()]);
    if (read.ok) return { ok: true, contents: read.contents, refused };
    for (const problem of read.problems) {
      // A problem the base's own version brings back, or outside the records: nothing to fall back to.
      if (!isRecordFile(problem.path) || taken.has(problem.path)) {
        return { ok: false, problems: read.problems };
      }
    }
    for (const problem of read.problems) {
      refused.push(problem);
      taken.add(problem.path);
      const fallback = baseByPath.get(problem.path);
      if (fallback) files.set(problem.path, fallback);
      else files.delete(problem.path);
    }
  }
  return { ok: false, problems: refused };
}

/** "Refused pain-points/p-9.json line 3 (quote: …)": for the commit message that puts it back. */
export function describeRefusals(refused: readonly RepositoryProblem[]): string {
  const paths = [...new Set(refused.map((p) => p.path))];
  const first = refused[0];
  if (!first) return '';
  return paths.length === 1
    ? `Refused ${first.path} line ${first.line} (${first.rule})`
    : `Refused ${paths.length} files that break the workbook’s rules: ${paths.join(', ')}`;
}
