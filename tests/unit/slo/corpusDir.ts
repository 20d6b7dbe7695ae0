import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The team's corpus of real public files, kept beside the repository (never copied into it):
 * `../shared/corpus`, or wherever SLO_CORPUS_DIR points. Null where this machine has none, so
 * tests that read it say they were skipped rather than pass on nothing.
 */
export function corpusDir(...parts: string[]): string | null {
  const root =
    process.env['SLO_CORPUS_DIR'] ?? resolve(import.meta.dirname, '../../../../shared/corpus');
  const dir = join(root, ...parts);
  return existsSync(dir) ? dir : null;
}
