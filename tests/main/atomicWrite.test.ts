import { mkdtemp, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicWriteFile } from '../../electron/main/atomicWrite';

async function tempDir() {
  return mkdtemp(path.join(os.tmpdir(), 'slo-atomic-'));
}

describe('atomic file writes', () => {
  it('replaces the file with the new content', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'report.md');
    await writeFile(file, 'old');
    await atomicWriteFile(file, 'new');
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['report.md']);
  });

  it('leaves the old file intact and no temp file behind when writing fails midway', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'workbook.json');
    await writeFile(file, 'precious');
    const failingOpen: typeof fsp.open = async (...args) => {
      const handle = await fsp.open(...args);
      const realWrite = handle.writeFile.bind(handle);
      handle.writeFile = async (data, options) => {
        await realWrite(String(data).slice(0, 3), options);
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      };
      return handle;
    };
    await expect(
      atomicWriteFile(file, 'replacement', {
        open: failingOpen,
        rename: fsp.rename,
        unlink: fsp.unlink,
      }),
    ).rejects.toThrow(/no space/);
    expect(await readFile(file, 'utf8')).toBe('precious');
    expect(await readdir(dir)).toEqual(['workbook.json']);
  });

  it('leaves the target untouched when the final rename fails', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'occupied');
    await mkdir(target);
    await writeFile(path.join(target, 'inside.txt'), 'keep');
    await expect(atomicWriteFile(target, 'data')).rejects.toThrow();
    expect(await readFile(path.join(target, 'inside.txt'), 'utf8')).toBe('keep');
    expect((await readdir(dir)).sort()).toEqual(['occupied']);
  });
});
