import { invokeChannels, type InvokeName } from '../../shared/ipcChannels';
import { invokeContract, type BridgeApi } from '../../shared/ipc';
import { isTrustedSenderUrl } from './trustedSender';

/** What main needs from an IPC event: only the sending frame's URL. */
export interface IpcSenderInfo {
  senderFrame?: { url: string } | null;
}

export type InvokeHandlers = {
  [K in InvokeName]: (request: Parameters<BridgeApi[K]>[0]) => ReturnType<BridgeApi[K]>;
};

export class IpcRefusedError extends Error {
  override name = 'IpcRefusedError';
}

/**
 * One listener per channel: checks the sender, validates the request with the contract's schema,
 * then calls the plain handler. Returns channel -> listener, for `ipcMain.handle`.
 */
export function createIpcRouter(
  handlers: InvokeHandlers,
  options: { devServerUrl?: string } = {},
): Map<string, (event: IpcSenderInfo, raw: unknown) => Promise<unknown>> {
  const routes = new Map<string, (event: IpcSenderInfo, raw: unknown) => Promise<unknown>>();
  for (const name of Object.keys(invokeChannels) as InvokeName[]) {
    const schema = invokeContract[name].request;
    routes.set(invokeChannels[name], async (event, raw) => {
      if (!isTrustedSenderUrl(event.senderFrame?.url, options.devServerUrl)) {
        throw new IpcRefusedError(`${name}: refused a request from an unknown page`);
      }
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        throw new IpcRefusedError(`${name}: refused a request that does not match the contract`);
      }
      // The cast is safe: each schema's output is exactly its handler's parameter type.
      const handler = handlers[name] as (request: unknown) => Promise<unknown>;
      return handler(parsed.data);
    });
  }
  return routes;
}
