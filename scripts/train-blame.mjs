// `npm run train:blame`: trains the blame checker's model on tests/fixtures/blame-corpus and
// writes shared/retro/blame/model/blameModel.json. Deterministic (full-batch training, sorted
// features, rounded weights): a test retrains and compares with the committed file.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { build } from 'vite';

const outDir = path.resolve('.tmp/train-blame');
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: path.resolve('tests/eval/trainBlameCli.ts'),
    outDir,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: { output: { entryFileNames: 'train.mjs' } },
  },
});
const run = spawnSync(process.execPath, [path.join(outDir, 'train.mjs')], { stdio: 'inherit' });
process.exit(run.status ?? 1);
