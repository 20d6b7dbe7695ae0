// postinstall: fetch the Electron binary where the network allows; where it cannot, say so in
// one line and succeed, so `npm install` still works and the app runs in a browser instead.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { electronBinaryPath } from './electronBinary.mjs';

if (electronBinaryPath()) process.exit(0);
if (process.env.SLO_WORKBOOK_SKIP_ELECTRON === '1') {
  console.log('SLO Workbook: skipping the Electron download (SLO_WORKBOOK_SKIP_ELECTRON=1).');
  process.exit(0);
}
let installer;
try {
  const require = createRequire(import.meta.url);
  installer = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
} catch {
  console.log(
    'SLO Workbook: the electron package is not installed; the app will run in a browser.',
  );
  process.exit(0);
}
const result = spawnSync(process.execPath, [installer], { encoding: 'utf8', timeout: 300_000 });
if (result.status === 0 && electronBinaryPath()) {
  console.log('SLO Workbook: Electron binary installed.');
} else {
  console.log(
    'SLO Workbook: could not download the Electron binary (no network to its releases); ' +
      '`npm start` will run the app in your browser instead.',
  );
}
process.exit(0);
