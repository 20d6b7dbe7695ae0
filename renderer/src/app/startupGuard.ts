/**
 * Remembers which workbook is being opened until it has stayed on screen for a while, so a
 * workbook that took the window down (a crash, a blank page, an error in an area) is not
 * opened again by itself at the next start: the person is asked first.
 */

import { readTyping, writeTyping } from '../db/typingStore';

/** Kept with typed text (on disk within a frame), so a killed app still leaves its mark. */
const KEY = 'app:opening';

/** The longest a workbook is watched before it counts as opened fine, whatever its area does. */
export const SETTLED_MS = 4000;

/**
 * How long an area must stay still (no change on screen, nothing still loading) to count as
 * shown: its records read and drawn. A crash while opening happens before that; a person who
 * closes the app a second after switching area has seen the area, and is not asked next time.
 */
export const QUIET_MS = 500;

/**
 * Calls `onShown` once the area in `container` has been drawn and then stayed still for
 * QUIET_MS (no DOM change, no `aria-busy` part), and two frames have been painted after that,
 * or at SETTLED_MS at the latest. Returns the way to stop watching.
 */
export function watchAreaShown(container: HTMLElement, onShown: () => void): () => void {
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    stop();
    onShown();
  };
  const quiet = () => {
    if (container.querySelector('[aria-busy="true"]')) return; // a mutation restarts the wait
    frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(finish);
    });
  };
  const restart = () => {
    clearTimeout(quietTimer);
    cancelAnimationFrame(frame);
    quietTimer = setTimeout(quiet, QUIET_MS);
  };
  const observer = new MutationObserver(restart);
  observer.observe(container, { childList: true, subtree: true, characterData: true });
  const latest = setTimeout(finish, SETTLED_MS);
  function stop() {
    observer.disconnect();
    clearTimeout(quietTimer);
    clearTimeout(latest);
    cancelAnimationFrame(frame);
  }
  restart();
  return stop;
}

export interface OpeningMark {
  workbookId: string;
  area: string;
  /** Why it is suspect: still opening when the app went away, or an area that failed. */
  failed: 'unfinished' | string;
}

function read(): OpeningMark | null {
  try {
    const text = readTyping('drafts', KEY);
    if (typeof text !== 'string') return null;
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
  writeTyping('drafts', KEY, mark ? JSON.stringify(mark) : undefined);
}

let previous: OpeningMark | null | undefined;

const WINDOW_LOCK = 'slo-workbook:window';

/**
 * Reads what the previous start left behind, unless another window of the app is still open:
 * its mark is a workbook it is opening now, not one that took the app down. Each window holds a
 * Web Lock for as long as it lives, and the browser drops a lock when its window goes.
 */
export async function startWindowGuard(): Promise<void> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  let othersOpen = false;
  if (locks) {
    try {
      const { held = [] } = await locks.query();
      othersOpen = held.some((lock) => lock.name?.startsWith(WINDOW_LOCK));
      void locks.request(`${WINDOW_LOCK}:${crypto.randomUUID()}`, () => new Promise(() => {}));
    } catch {
      // no locks here: judge by the mark alone
    }
  }
  previous = othersOpen ? null : read();
}

/** What the previous start left behind (the workbook that did not open fine), read once. */
export function previousStart(): OpeningMark | null {
  if (previous === undefined) previous = read();
  return previous;
}

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
