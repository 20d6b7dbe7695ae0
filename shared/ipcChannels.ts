/**
 * Channel names only, with no schema library, so the sandboxed preload stays tiny.
 * `shared/ipc.ts` pairs each one with its request schema and response type.
 */
export const invokeChannels = {
  saveFile: 'file:save',
  openFile: 'file:open',
  getAppInfo: 'app:info',
  printToPdf: 'file:print-pdf',
  copyText: 'clipboard:write-text',
  getPrometheusSource: 'prometheus:get-source',
  setPrometheusSource: 'prometheus:set-source',
  testPrometheus: 'prometheus:test',
  queryPrometheus: 'prometheus:query',
  gitConnect: 'git:connect',
  gitShare: 'git:share',
  gitOpen: 'git:open',
  gitSync: 'git:sync',
} as const;

export const eventChannels = {
  onMenuCommand: 'menu:command',
} as const;

export type InvokeName = keyof typeof invokeChannels;
export type EventName = keyof typeof eventChannels;

/** Every key the bridge object exposes, in the order the preload builds it. */
export const bridgeKeys: readonly string[] = [
  ...Object.keys(invokeChannels),
  ...Object.keys(eventChannels),
];

/** The name of the object the preload puts on `window`. */
export const BRIDGE_GLOBAL = 'sloWorkbook';
