import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_GLOBAL, eventChannels, invokeChannels } from '../../shared/ipcChannels';

/**
 * Builds the one bridge object from the channel list: an invoke function per call, a subscribe
 * function per event. Listeners get the payload only, never the raw IPC event (which would hand
 * the page `sender`).
 */
const api: Record<string, unknown> = {};
for (const [name, channel] of Object.entries(invokeChannels)) {
  api[name] = (request: unknown) => ipcRenderer.invoke(channel, request);
}
for (const [name, channel] of Object.entries(eventChannels)) {
  api[name] = (listener: (payload: unknown) => void) => {
    const relay = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, relay);
    return () => {
      ipcRenderer.removeListener(channel, relay);
    };
  };
}

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, Object.freeze(api));
