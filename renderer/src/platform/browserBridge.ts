import { decodeFileText } from '../../../shared/decodeFileText';
import {
  MAX_FILE_BYTES,
  fileKinds,
  fileTooLargeMessage,
  type BridgeApi,
  type OpenFileResult,
} from '../../../shared/ipc';

declare const __APP_VERSION__: string;

function download(doc: Document, name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
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
  return {
    async saveFile(request) {
      const type = request.kind === 'workbook' ? 'application/json' : 'text/plain';
      download(doc, request.suggestedName, request.content, type);
      // A browser has no folder to choose: each chart is downloaded beside the report.
      for (const attachment of request.attachments ?? []) {
        download(doc, attachment.name, attachment.content, 'image/svg+xml');
      }
      return { status: 'saved', fileName: request.suggestedName };
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
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) return finish({ status: 'canceled' });
          if (file.size > MAX_FILE_BYTES) {
            return finish({ status: 'failed', message: fileTooLargeMessage(file.name, file.size) });
          }
          file.arrayBuffer().then(
            (buffer) =>
              finish({
                status: 'opened',
                fileName: file.name,
                text: decodeFileText(new Uint8Array(buffer)),
              }),
            () => finish({ status: 'failed', message: `“${file.name}” could not be read.` }),
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
