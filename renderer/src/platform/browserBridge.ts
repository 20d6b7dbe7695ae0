import { strToU8, zipSync } from 'fflate';
import { decodeFileText } from '../../../shared/decodeFileText';
import {
  MAX_FILE_BYTES,
  MAX_OPEN_FILES,
  filesTooLargeMessage,
  fileKinds,
  fileTooLargeMessage,
  type BridgeApi,
  type OpenFileResult,
} from '../../../shared/ipc';

import { createBrowserGit } from './browserGit';
import { createBrowserPrometheus } from './browserPrometheus';

declare const __APP_VERSION__: string;

/** "retro-x.md" and its charts as "retro-x.zip", holding the folder "retro-x/". */
export function reportArchive(
  fileName: string,
  content: string,
  attachments: readonly { name: string; content: string }[],
): { name: string; bytes: Uint8Array } {
  const base = fileName.replace(/\.[^.]+$/, '') || 'report';
  const files: Record<string, Uint8Array> = { [`${base}/${fileName}`]: strToU8(content) };
  for (const a of attachments) files[`${base}/${a.name}`] = strToU8(a.content);
  return { name: `${base}.zip`, bytes: zipSync(files, { level: 6 }) };
}

function download(doc: Document, name: string, content: string | Uint8Array, type: string): void {
  const blob =
    typeof content === 'string'
      ? new Blob([content], { type: `${type};charset=utf-8` })
      : new Blob([content as Uint8Array<ArrayBuffer>], { type });
  const url = URL.createObjectURL(blob);
  try {
    const link = doc.createElement('a');
    link.href = url;
    link.download = name;
    link.rel = 'noopener';
    doc.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoke after the click has been handled, or the download can lose its source.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** Saves by download and opens through a file input: the same typed API as the preload bridge. */
export function createBrowserBridge(doc: Document = document): BridgeApi {
  const view = doc.defaultView;
  return {
    ...createBrowserPrometheus((url, init) => {
      if (!view) return Promise.reject(new Error('no window'));
      return view.fetch(url, init);
    }),
    ...createBrowserGit((url, init) =>
      view ? view.fetch(url, init) : Promise.reject(new Error('no window')),
    ),
    async saveFile(request) {
      const type = request.kind === 'workbook' ? 'application/json' : 'text/plain';
      const attachments = request.attachments ?? [];
      if (attachments.length === 0) {
        download(doc, request.suggestedName, request.content, type);
        return { status: 'saved', fileName: request.suggestedName };
      }
      // A browser has no folder to choose, and a download per chart would ask once per file:
      // one archive holds a folder with the report and its charts, linked as they are named.
      const archive = reportArchive(request.suggestedName, request.content, attachments);
      download(doc, archive.name, archive.bytes, 'application/zip');
      return { status: 'saved', fileName: archive.name };
    },

    async copyText({ text }) {
      try {
        const clipboard = doc.defaultView?.navigator.clipboard;
        if (!clipboard) throw new Error('no clipboard here');
        await clipboard.writeText(text);
        return { status: 'copied' };
      } catch {
        return {
          status: 'failed',
          message:
            'The browser did not let SLO Workbook copy. Save the report instead, or select its text in the preview and copy that.',
        };
      }
    },

    async printToPdf() {
      // The browser's own print dialog offers "Save as PDF"; it reports nothing back.
      doc.defaultView?.print();
      return { status: 'canceled' };
    },

    openFile(request) {
      return new Promise<OpenFileResult>((resolve) => {
        const input = doc.createElement('input');
        input.type = 'file';
        input.accept = fileKinds[request.kind].extensions.map((ext) => `.${ext}`).join(',');
        input.hidden = true;
        input.setAttribute('aria-label', `Choose a ${fileKinds[request.kind].label}`);
        const finish = (result: OpenFileResult) => {
          input.remove();
          resolve(result);
        };
        input.addEventListener('cancel', () => finish({ status: 'canceled' }));
        input.multiple = request.multiple === true;
        input.addEventListener('change', () => {
          const chosen = [...(input.files ?? [])];
          if (chosen.length === 0) return finish({ status: 'canceled' });
          if (chosen.length > MAX_OPEN_FILES) {
            return finish({
              status: 'failed',
              message: `${chosen.length} files were chosen; SLO Workbook opens up to ${MAX_OPEN_FILES} at once.`,
            });
          }
          const big = chosen.find((file) => file.size > MAX_FILE_BYTES);
          if (big)
            return finish({ status: 'failed', message: fileTooLargeMessage(big.name, big.size) });
          const total = chosen.reduce((sum, file) => sum + file.size, 0);
          if (total > MAX_FILE_BYTES)
            return finish({
              status: 'failed',
              message: filesTooLargeMessage(chosen.length, total),
            });
          let current = chosen[0]!.name;
          Promise.all(
            chosen.map(async (file) => {
              current = file.name;
              return {
                fileName: file.name,
                text: decodeFileText(new Uint8Array(await file.arrayBuffer())),
              };
            }),
          ).then(
            (files) =>
              finish({
                status: 'opened',
                ...files[0]!,
                ...(request.multiple ? { files } : {}),
              }),
            () => finish({ status: 'failed', message: `“${current}” could not be read.` }),
          );
        });
        doc.body.append(input);
        input.click();
      });
    },

    async getAppInfo() {
      return { version: __APP_VERSION__, shell: 'browser', platform: navigator.platform || 'web' };
    },

    // A browser tab has no application menu; the same commands live in the app's own toolbar.
    onMenuCommand() {
      return () => undefined;
    },
  };
}
