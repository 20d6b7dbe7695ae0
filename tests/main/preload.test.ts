import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL, bridgeKeys, eventChannels, invokeChannels } from '../../shared/ipcChannels';

const exposed = new Map<string, Record<string, (...args: unknown[]) => unknown>>();
const invoke = vi.fn(async () => 'answer');
const listeners = new Map<string, (event: unknown, payload: unknown) => void>();

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: Record<string, (...args: unknown[]) => unknown>) =>
      exposed.set(key, api),
  },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
      listeners.set(channel, listener),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

await import('../../electron/preload/index');

describe('preload bridge', () => {
  it('exposes exactly the contract’s functions under one name', () => {
    expect([...exposed.keys()]).toEqual([BRIDGE_GLOBAL]);
    const api = exposed.get(BRIDGE_GLOBAL)!;
    expect(Object.keys(api).sort()).toEqual([...bridgeKeys].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('invokes the contract channel with the request', async () => {
    const api = exposed.get(BRIDGE_GLOBAL)!;
    await expect(api.getAppInfo!({})).resolves.toBe('answer');
    expect(invoke).toHaveBeenCalledWith(invokeChannels.getAppInfo, {});
  });

  it('hands listeners the payload only, never the raw IPC event, and unsubscribes', () => {
    const api = exposed.get(BRIDGE_GLOBAL)!;
    const received: unknown[] = [];
    const unsubscribe = api.onMenuCommand!((...args: unknown[]) =>
      received.push(args),
    ) as () => void;
    listeners.get(eventChannels.onMenuCommand)!({ sender: 'secret' }, 'show-about');
    expect(received).toEqual([['show-about']]);
    unsubscribe();
    expect(listeners.has(eventChannels.onMenuCommand)).toBe(false);
  });
});
