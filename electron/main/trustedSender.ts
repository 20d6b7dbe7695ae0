import { APP_ORIGIN } from './appProtocol';

/**
 * IPC is answered only for our own pages: the app:// origin, or the dev server while developing.
 * A frame from anywhere else (an injected iframe, a navigation that slipped through) is refused.
 */
export function isTrustedSenderUrl(senderUrl: string | undefined, devServerUrl?: string): boolean {
  if (!senderUrl) return false;
  let url: URL;
  try {
    url = new URL(senderUrl);
  } catch {
    return false;
  }
  // app:// is a custom scheme, whose `origin` a URL parser may report as "null": compare parts.
  if (`${url.protocol}//${url.host}` === APP_ORIGIN) return true;
  if (!devServerUrl) return false;
  try {
    return url.origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}
