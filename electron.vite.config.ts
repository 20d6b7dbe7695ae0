import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './shared/csp';
import pkg from './package.json' with { type: 'json' };

/** Writes the app's CSP into index.html, so the browser build is held to the same policy. */
function cspMetaTag(): Plugin {
  let devOrigin: string | undefined;
  return {
    name: 'slo-workbook:csp',
    configureServer(server) {
      const { host, port } = server.config.server;
      devOrigin = `http://${typeof host === 'string' ? host : 'localhost'}:${port ?? 5173}`;
    },
    transformIndexHtml(html) {
      const policy = contentSecurityPolicy({
        delivery: 'meta',
        ...(devOrigin ? { devServerOrigin: devOrigin } : {}),
      });
      return html.replace(
        '<!-- csp -->',
        `<meta http-equiv="Content-Security-Policy" content="${policy}" />`,
      );
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          // Also run by the web build's server (scripts/gitProxy.mjs).
          gitService: resolve('electron/main/git/gitService.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load ES modules or anything outside its own file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    oxc: { jsx: { runtime: 'automatic' } },
    plugins: [cspMetaTag()],
    server: { host: '127.0.0.1', port: 5173, strictPort: true },
    // Module workers split their dynamic imports into chunks, so the database worker loads the
    // blame checker's language model only when a retrospective's report asks for it.
    worker: { format: 'es' },
    build: {
      outDir: resolve('out/renderer'),
      minify: true,
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
