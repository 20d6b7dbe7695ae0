// Builds the `workbook` command line into one self-contained ES module (shared/ code bundled in).
// `node scripts/build-cli.mjs [OUT_DIR]`; the default is out/cli, where package.json's bin points.
import path from 'node:path';
import { build } from 'vite';

export async function buildCli(outDir = path.resolve('out/cli')) {
  await build({
    configFile: false,
    logLevel: 'warn',
    ssr: { noExternal: true },
    build: {
      ssr: path.resolve('electron/cli/workbook.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rolldownOptions: {
        output: { entryFileNames: 'workbook.mjs', banner: '#!/usr/bin/env node' },
      },
    },
  });
  return path.join(outDir, 'workbook.mjs');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = await buildCli(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  console.log(`Built ${path.relative(process.cwd(), file)}`);
}
