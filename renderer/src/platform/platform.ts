import type { BridgeApi } from '../../../shared/ipc';
import { bridgeKeys } from '../../../shared/ipcChannels';
import { createBrowserBridge } from './browserBridge';

/** What the renderer uses for files and app info; never Electron or the DOM directly. */
export type Platform = BridgeApi;

function isCompleteBridge(candidate: unknown): candidate is BridgeApi {
  if (typeof candidate !== 'object' || candidate === null) return false;
  return bridgeKeys.every(
    (key) => typeof (candidate as Record<string, unknown>)[key] === 'function',
  );
}

/** Chosen once at start-up: the preload's bridge inside Electron, the browser adapter elsewhere. */
export function choosePlatform(win: Window = window): Platform {
  return isCompleteBridge(win.sloWorkbook) ? win.sloWorkbook : createBrowserBridge(win.document);
}

export const platform: Platform = choosePlatform();
