// `npm start`: build, then open the desktop app; where the Electron binary could not be
// installed, serve the same app on 127.0.0.1 for a browser and say so.
import { spawn, spawnSync } from 'node:child_process';
import { electronBinaryPath } from './electronBinary.mjs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const build = spawnSync(npx, ['electron-vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const binary = electronBinaryPath();
if (binary) {
  const child = spawn(binary, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('The Electron binary is not installed here, so SLO Workbook opens in your browser.');
  const child = spawn(process.execPath, ['scripts/serve-renderer.mjs'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
