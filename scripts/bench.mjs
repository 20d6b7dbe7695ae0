// `npm run bench`: bundles the TypeScript benches for Node with Vite, then runs them. Each figure
// is printed beside a reference measured in the same run, as a ratio (never a timed assertion).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { build } from 'vite';

const outDir = path.resolve('.tmp/bench');
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: path.resolve('tests/bench/bench.ts'),
    outDir,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: { output: { entryFileNames: 'bench.mjs' } },
  },
});
const run = spawnSync(process.execPath, ['--expose-gc', path.join(outDir, 'bench.mjs')], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
