import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileHandlers, type FileDialogs } from '../../electron/main/fileHandlers';
import { MAX_FILE_BYTES } from '../../shared/ipc';

function dialogs(overrides: Partial<FileDialogs>): FileDialogs {
  return {
    showSaveDialog: async () => ({ canceled: true }),
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    ...overrides,
  };
}

describe('save and open handlers', () => {
  it('saves to the path the person chose in main’s dialog', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'slo-save-'));
    const chosen = path.join(dir, 'checkout.md');
    let seenDefault = '';
    const handlers = createFileHandlers({
      defaultDir: dir,
      dialogs: dialogs({
        showSaveDialog: async (options) => {
          seenDefault = options.defaultPath;
          return { canceled: false, filePath: chosen };
        },
      }),
    });
    const result = await handlers.saveFile({
      suggestedName: 'report.md',
      content: '# Report',
      kind: 'markdown',
    });
    expect(result).toEqual({ status: 'saved', fileName: 'checkout.md' });
    expect(seenDefault).toBe(path.join(dir, 'report.md'));
    expect(await readFile(chosen, 'utf8')).toBe('# Report');
  });

  it('reports a cancelled dialog and writes nothing', async () => {
    const handlers = createFileHandlers({ defaultDir: os.tmpdir(), dialogs: dialogs({}) });
    expect(
      await handlers.saveFile({ suggestedName: 'a.md', content: 'x', kind: 'markdown' }),
    ).toEqual({
      status: 'canceled',
    });
  });

  it('explains a full disk in plain words and keeps the earlier copy', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'slo-save-'));
    const chosen = path.join(dir, 'wb.json');
    await writeFile(chosen, 'earlier');
    const handlers = createFileHandlers({
      defaultDir: dir,
      dialogs: dialogs({ showSaveDialog: async () => ({ canceled: false, filePath: chosen }) }),
      atomicFs: {
        open: fsp.open,
        unlink: fsp.unlink,
        rename: async () => {
          throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
        },
      },
    });
    const result = await handlers.saveFile({
      suggestedName: 'wb.json',
      content: 'new',
      kind: 'workbook',
    });
    expect(result.status).toBe('failed');
    if (result.status === 'failed')
      expect(result.message).toMatch(/disk is full.*earlier copy is unchanged/);
    expect(await readFile(chosen, 'utf8')).toBe('earlier');
  });

  it('opens a file as text, without a byte-order mark', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'slo-open-'));
    const file = path.join(dir, 'data.csv');
    await writeFile(file, '\uFEFFtime,good,total\n');
    const handlers = createFileHandlers({
      defaultDir: dir,
      dialogs: dialogs({ showOpenDialog: async () => ({ canceled: false, filePaths: [file] }) }),
    });
    expect(await handlers.openFile({ kind: 'csv' })).toEqual({
      status: 'opened',
      fileName: 'data.csv',
      text: 'time,good,total\n',
    });
  });

  it('opens several files at once when asked, and only one otherwise', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'slo-open-'));
    const slis = path.join(dir, 'slis.yaml');
    const slos = path.join(dir, 'slos.yaml');
    await writeFile(slis, 'kind: SLI\n');
    await writeFile(slos, 'kind: SLO\n');
    let asked: string[] = [];
    const handlers = createFileHandlers({
      defaultDir: dir,
      dialogs: dialogs({
        showOpenDialog: async (options) => {
          asked = options.properties;
          return { canceled: false, filePaths: [slis, slos] };
        },
      }),
    });
    expect(await handlers.openFile({ kind: 'openslo', multiple: true })).toEqual({
      status: 'opened',
      fileName: 'slis.yaml',
      text: 'kind: SLI\n',
      files: [
        { fileName: 'slis.yaml', text: 'kind: SLI\n' },
        { fileName: 'slos.yaml', text: 'kind: SLO\n' },
      ],
    });
    expect(asked).toEqual(['openFile', 'multiSelections']);
    expect(await handlers.openFile({ kind: 'openslo' })).toEqual({
      status: 'opened',
      fileName: 'slis.yaml',
      text: 'kind: SLI\n',
    });
    expect(asked).toEqual(['openFile']);
  });

  it('refuses files that together pass the size limit, naming how much they come to', async () => {
    const handlers = createFileHandlers({
      defaultDir: os.tmpdir(),
      dialogs: dialogs({
        showOpenDialog: async () => ({ canceled: false, filePaths: ['/a.yaml', '/b.yaml'] }),
      }),
      readFs: {
        stat: (async () => ({ size: MAX_FILE_BYTES / 2 + 1 })) as unknown as typeof fsp.stat,
        readFile: (async () => '') as unknown as typeof fsp.readFile,
      },
    });
    const result = await handlers.openFile({ kind: 'openslo', multiple: true });
    expect(result).toEqual({
      status: 'failed',
      message: expect.stringMatching(/The 2 files come to 100\.0 MB.*import them in parts/),
    });
  });

  it('refuses a file over the size limit with a clear message, without reading it', async () => {
    let read = false;
    const handlers = createFileHandlers({
      defaultDir: os.tmpdir(),
      dialogs: dialogs({
        showOpenDialog: async () => ({ canceled: false, filePaths: ['/data/huge.json'] }),
      }),
      readFs: {
        stat: (async () => ({ size: MAX_FILE_BYTES + 1 })) as unknown as typeof fsp.stat,
        readFile: (async () => {
          read = true;
          return '';
        }) as unknown as typeof fsp.readFile,
      },
    });
    const result = await handlers.openFile({ kind: 'workbook' });
    expect(result.status).toBe('failed');
    if (result.status === 'failed')
      expect(result.message).toMatch(/“huge\.json” is 100\.0 MB.*up to 100\.0 MB/);
    expect(read).toBe(false);
  });
});

describe('reports with charts, and printing', () => {
  it('writes a report’s charts into the folder the report was saved in', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'slo-report-'));
    const chosen = path.join(dir, 'my-slo.md');
    const handlers = createFileHandlers({
      defaultDir: dir,
      dialogs: dialogs({ showSaveDialog: async () => ({ canceled: false, filePath: chosen }) }),
    });
    const result = await handlers.saveFile({
      suggestedName: 'slo.md',
      content: '![chart](slo-budget.svg)',
      kind: 'markdown',
      attachments: [{ name: 'slo-budget.svg', content: '<svg/>' }],
    });
    expect(result).toEqual({ status: 'saved', fileName: 'my-slo.md' });
    expect(await readFile(path.join(dir, 'slo-budget.svg'), 'utf8')).toBe('<svg/>');
  });

  it('the contract refuses chart names that are paths or not SVG', async () => {
    const { saveFileRequestSchema } = await import('../../shared/ipc');
    for (const name of ['../x.svg', 'a/b.svg', '.hidden.svg', 'x.html', 'x.svg/..']) {
      const parsed = saveFileRequestSchema.safeParse({
        suggestedName: 'r.md',
        content: '',
        kind: 'markdown',
        attachments: [{ name, content: '' }],
      });
      expect(parsed.success, name).toBe(false);
    }
  });

  it('prints the page to a PDF where the person chose, or says it cannot', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'slo-pdf-'));
    const chosen = path.join(dir, 'report.pdf');
    const pdf = new TextEncoder().encode('%PDF-1.7 test');
    const handlers = createFileHandlers({
      defaultDir: dir,
      dialogs: dialogs({ showSaveDialog: async () => ({ canceled: false, filePath: chosen }) }),
      printPdf: async () => pdf,
    });
    expect(await handlers.printToPdf({ suggestedName: 'report.pdf' })).toEqual({
      status: 'saved',
      fileName: 'report.pdf',
    });
    expect(await readFile(chosen, 'utf8')).toBe('%PDF-1.7 test');
    const without = createFileHandlers({ defaultDir: dir, dialogs: dialogs({}) });
    expect(await without.printToPdf({ suggestedName: 'x.pdf' })).toMatchObject({
      status: 'failed',
    });
  });
});
