// The `workbook` command: the Node edge of shared/cli (files, output, exit status).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runWorkbookCli } from '../../shared/cli/runWorkbookCli';
import { decodeFileText } from '../../shared/decodeFileText';

const status = await runWorkbookCli(process.argv.slice(2), {
  readText: async (path) => decodeFileText(await readFile(path)),
  writeText: async (dir, name, content) => {
    await mkdir(dir, { recursive: true });
    const path = join(dir, name);
    await writeFile(path, content, 'utf8');
    return path;
  },
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  now: () => new Date(),
  fetch: (url, init) => fetch(url, init),
  timeZone: () => process.env['TZ'] || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
});
process.exitCode = status;
