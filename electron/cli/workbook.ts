// The `workbook` command: the Node edge of shared/cli (files, output, exit status).
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { runWorkbookCli } from '../../shared/cli/runWorkbookCli';
import { decodeFileText } from '../../shared/decodeFileText';

const status = await runWorkbookCli(process.argv.slice(2), {
  readText: async (path) => decodeFileText(await readFile(path)),
  fileSize: async (path) => (await stat(path)).size,
  writeText: async (dir, name, content) => {
    await mkdir(dir, { recursive: true });
    const path = join(dir, name);
    await writeFile(path, content, 'utf8');
    return path;
  },
  isDirectory: async (path) => (await stat(path).catch(() => null))?.isDirectory() ?? false,
  readTree: async (dir) => {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    const files = [];
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
      if (path === '.git' || path.startsWith('.git/')) continue;
      files.push({ path, text: decodeFileText(await readFile(join(dir, path))) });
    }
    return files;
  },
  removeFile: (path) => rm(path, { force: true }),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  now: () => new Date(),
  fetch: (url, init) => fetch(url, init),
  timeZone: () => process.env['TZ'] || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
});
process.exitCode = status;
