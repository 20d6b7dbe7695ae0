/**
 * Remembers which workbook is being opened until it has stayed on screen for a while, so a
 * workbook that took the window down (a crash, a blank page, an error in an area) is not
 * opened again by itself at the next start: the person is asked first.
 */

const KEY = 'slo-workbook:opening';

/** How long a workbook must stay on screen before it counts as opened fine. */
export const SETTLED_MS = 4000;

export interface OpeningMark {
  workbookId: string;
  area: string;
  /** Why it is suspect: still opening when the app went away, or an area that failed. */
  failed: 'unfinished' | string;
}

function read(): OpeningMark | null {
  try {
    const text = globalThis.localStorage?.getItem(KEY);
    if (!text) return null;
    const mark = JSON.parse(text) as Partial<OpeningMark>;
    return typeof mark.workbookId === 'string' && typeof mark.area === 'string'
      ? {
          workbookId: mark.workbookId,
          area: mark.area,
          failed: String(mark.failed ?? 'unfinished'),
        }
      : null;
  } catch {
    return null;
  }
}

function write(mark: OpeningMark | null): void {
  try {
    if (mark) globalThis.localStorage?.setItem(KEY, JSON.stringify(mark));
    else globalThis.localStorage?.removeItem(KEY);
  } catch {
    // No storage: nothing to remember across starts, so every start opens as before.
  }
}

/** What the previous start left behind: the workbook that did not open fine, if any. */
export const previousStart: OpeningMark | null = read();

/**
 * An area of a workbook is being shown. A failure kept for another area of the same workbook
 * stays until that area is shown fine again.
 */
export function markOpening(workbookId: string, area: string): void {
  const mark = read();
  if (mark && mark.workbookId === workbookId && mark.failed !== 'unfinished' && mark.area !== area)
    return;
  write({ workbookId, area, failed: 'unfinished' });
}

export function markFailed(workbookId: string, area: string, message: string): void {
  write({ workbookId, area, failed: message.slice(0, 500) || 'an error' });
}

export function markSettled(workbookId: string): void {
  const mark = read();
  if (mark?.workbookId === workbookId && mark.failed === 'unfinished') write(null);
}

export function clearOpeningMark(): void {
  write(null);
}
