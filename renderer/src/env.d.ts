import type { BridgeApi } from '../../shared/ipc';

declare global {
  const __APP_VERSION__: string;
  interface Window {
    /** Present only inside the Electron shell, put there by the preload. */
    sloWorkbook?: BridgeApi;
  }
}

export {};
