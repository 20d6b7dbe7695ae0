/**
 * The one Content-Security-Policy of the renderer. Main sends it as a response header for
 * app:// pages and the build writes it into index.html, so the browser build is held to the
 * same rules. No remote origin anywhere, no 'unsafe-eval', no inline script.
 */
export interface CspOptions {
  /** The Vite dev server needs its websocket for hot reload; nothing else is loosened. */
  devServerOrigin?: string;
  /** Browsers ignore (and complain about) frame-ancestors in a <meta> tag; only headers carry it. */
  delivery?: 'header' | 'meta';
}

export function contentSecurityPolicy(options: CspOptions = {}): string {
  const connect = ["'self'"];
  if (options.devServerOrigin) {
    const ws = options.devServerOrigin.replace(/^http/, 'ws');
    connect.push(options.devServerOrigin, ws);
  }
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    // React writes style through the CSSOM, which CSP allows; recharts sets style attributes
    // on SVG nodes, which needs the inline allowance for styles (never for scripts).
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': connect,
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-src': ["'none'"],
  };
  if (options.delivery !== 'meta') directives['frame-ancestors'] = ["'none'"];
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}
