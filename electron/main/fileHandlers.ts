import { decodeFileText } from '../../shared/decodeFileText';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import {
  MAX_FILE_BYTES,
  fileKinds,
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
    properties: 'openFile'[];
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

  async function openFile(request: OpenFileRequest): Promise<OpenFileResult> {
    const kind = fileKinds[request.kind];
    const choice = await deps.dialogs.showOpenDialog({
      title: `Open ${kind.label}`,
      filters: [{ name: kind.label, extensions: kind.extensions }],
      properties: ['openFile'],
    });
    const filePath = choice.filePaths[0];
    if (choice.canceled || !filePath) return { status: 'canceled' };
    const fileName = path.basename(filePath);
    try {
      const stat = await readFs.stat(filePath);
      if (stat.size > MAX_FILE_BYTES) {
        return { status: 'failed', message: fileTooLargeMessage(fileName, stat.size) };
      }
      const text = decodeFileText(await readFs.readFile(filePath));
      return { status: 'opened', fileName, text };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'unknown error';
      return { status: 'failed', message: `“${fileName}” could not be read (${code}).` };
    }
  }

  return { saveFile, openFile, printToPdf };
}
