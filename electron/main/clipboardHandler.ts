import type { CopyTextRequest, CopyTextResult } from '../../shared/ipc';

/**
 * Puts text on the clipboard from main, where Electron's clipboard needs no permission: the
 * renderer's own clipboard API would ask for one, and every permission request is denied.
 */
export function createCopyTextHandler(writeText: (text: string) => void) {
  return async ({ text }: CopyTextRequest): Promise<CopyTextResult> => {
    try {
      writeText(text);
      return { status: 'copied' };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { status: 'failed', message: `The text could not be copied (${detail}).` };
    }
  };
}
