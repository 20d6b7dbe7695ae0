import { decodeFileText } from '../../shared/decodeFileText';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import {
  MAX_FILE_BYTES,
  MAX_OPEN_FILES,
  fileKinds,
  filesTooLargeMessage,
  fileTooLargeMessage,
  type OpenFileRequest,
  type OpenFileResult,
  type PrintToPdfRequest,
  type SaveFileRequest,
  type SaveFileResult,
} from '../../shared/ipc';
import { atomicWriteFile, type AtomicFs } from './atomicWrite';

/** The slice of Electron's dialog module the handlers use; faked in tests. */
export interface FileDialogs {
  showSaveDialog(options: {
    title: string;
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: {
    title: string;
    filters: { name: string; extensions: string[] }[];
    properties: ('openFile' | 'multiSelections')[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export interface FileHandlerDeps {
  dialogs: FileDialogs;
  /** Where save dialogs start: the user's documents folder. */
  defaultDir: string;
  atomicFs?: AtomicFs;
  readFs?: Pick<typeof fsp, 'stat' | 'readFile'>;
  /** Renders the window's page as a PDF (Electron's webContents.printToPDF). */
  printPdf?: () => Promise<Uint8Array>;
}

function describeWriteError(error: unknown, fileName: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
      return `The disk is full, so “${fileName}” was not saved. Free some space and save again; any earlier copy is unchanged.`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `SLO Workbook may not write to that folder, so “${fileName}” was not saved. Choose another folder.`;
    default:
      return `“${fileName}” could not be saved (${code ?? 'unknown error'}). Any earlier copy is unchanged.`;
  }
}

export function createFileHandlers(deps: FileHandlerDeps) {
  const readFs = deps.readFs ?? fsp;

  async function saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
    const kind = fileKinds[request.kind];
    const choice = await deps.dialogs.showSaveDialog({
      title: `Save ${kind.label}`,
      defaultPath: path.join(deps.defaultDir, request.suggestedName),
      filters: [{ name: kind.label, extensions: kind.extensions }],
    });
    if (choice.canceled || !choice.filePath) return { status: 'canceled' };
    const fileName = path.basename(choice.filePath);
    const dir = path.dirname(choice.filePath);
    let writing = fileName;
    try {
      await atomicWriteFile(choice.filePath, request.content, deps.atomicFs);
      for (const attachment of request.attachments ?? []) {
        // The schema allows a bare .svg name only; basename() is a second lock on the folder.
        writing = path.basename(attachment.name);
        await atomicWriteFile(path.join(dir, writing), attachment.content, deps.atomicFs);
      }
      return { status: 'saved', fileName };
    } catch (error) {
      return { status: 'failed', message: describeWriteError(error, writing) };
    }
  }

  async function printToPdf(request: PrintToPdfRequest): Promise<SaveFileResult> {
    if (!deps.printPdf) return { status: 'failed', message: 'Printing to PDF is not available.' };
    const choice = await deps.dialogs.showSaveDialog({
      title: 'Print to PDF',
      defaultPath: path.join(deps.defaultDir, request.suggestedName),
      filters: [{ name: fileKinds.pdf.label, extensions: fileKinds.pdf.extensions }],
    });
    if (choice.canceled || !choice.filePath) return { status: 'canceled' };
    const fileName = path.basename(choice.filePath);
    try {
      const pdf = await deps.printPdf();
      await atomicWriteFile(choice.filePath, pdf, deps.atomicFs);
      return { status: 'saved', fileName };
    } catch (error) {
      return { status: 'failed', message: describeWriteError(error, fileName) };
    }
  }

  async function readOne(filePath: string): Promise<{ fileName: string; text: string }> {
    const fileName = path.basename(filePath);
    const text = decodeFileText(await readFs.readFile(filePath));
    return { fileName, text };
  }

  async function openFile(request: OpenFileRequest): Promise<OpenFileResult> {
    const kind = fileKinds[request.kind];
    const choice = await deps.dialogs.showOpenDialog({
      title: `Open ${kind.label}`,
      filters: [{ name: kind.label, extensions: kind.extensions }],
      properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
    });
    const paths = choice.filePaths.slice(0, request.multiple ? MAX_OPEN_FILES : 1);
    if (choice.canceled || paths.length === 0) return { status: 'canceled' };
    if (choice.filePaths.length > MAX_OPEN_FILES) {
      return {
        status: 'failed',
        message: `${choice.filePaths.length} files were chosen; SLO Workbook opens up to ${MAX_OPEN_FILES} at once.`,
      };
    }
    let current = path.basename(paths[0]!);
    try {
      let total = 0;
      for (const filePath of paths) {
        current = path.basename(filePath);
        const stat = await readFs.stat(filePath);
        total += stat.size;
        if (stat.size > MAX_FILE_BYTES)
          return { status: 'failed', message: fileTooLargeMessage(current, stat.size) };
        if (total > MAX_FILE_BYTES)
          return { status: 'failed', message: filesTooLargeMessage(paths.length, total) };
      }
      const files = [];
      for (const filePath of paths) {
        current = path.basename(filePath);
        files.push(await readOne(filePath));
      }
      const [first] = files;
      return { status: 'opened', ...first!, ...(request.multiple ? { files } : {}) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'unknown error';
      return { status: 'failed', message: `“${current}” could not be read (${code}).` };
    }
  }

  return { saveFile, openFile, printToPdf };
}
