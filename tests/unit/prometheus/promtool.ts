import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Debian's promtool (package prometheus), which `.ci/run` installs: the rules are checked by
 * Prometheus itself, never by a stand-in. A machine without it fails here, saying how to get it.
 */
export function promtool(args: string[], files: Record<string, string>) {
  const found = spawnSync('promtool', ['--version'], { encoding: 'utf8' });
  if (found.error) {
    throw new Error(
      'promtool is not installed: run `apt-get install prometheus` (Debian), as .ci/run does.',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'promtool-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const run = spawnSync('promtool', args, { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
