// `npm test`: every check the project has, in order, with one closing line that counts them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { electronBinaryPath } from './electronBinary.mjs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const steps = [
  { name: 'lint (eslint + prettier)', cmd: ['npm', 'run', '-s', 'lint'] },
  { name: 'typecheck', cmd: ['npm', 'run', '-s', 'typecheck'] },
  {
    name: 'unit, database and main-process tests (vitest)',
    cmd: [
      npx,
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${results}/vitest.json`,
    ],
    counts: () => {
      const json = JSON.parse(readFileSync(`${results}/vitest.json`, 'utf8'));
      return {
        passed: json.numPassedTests,
        failed: json.numFailedTests,
        skipped: json.numPendingTests + json.numTodoTests,
      };
    },
  },
  { name: 'build (electron-vite)', cmd: [npx, 'electron-vite', 'build'] },
  { name: 'build (command line)', cmd: [process.execPath, 'scripts/build-cli.mjs'] },
  { name: 'security gate (Electronegativity)', cmd: ['npm', 'run', '-s', 'security'] },
  {
    name: 'end-to-end tests in Chromium and the Electron smoke test (playwright)',
    cmd: [npx, 'playwright', 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${results}/playwright.json` },
    counts: () => {
      const { stats } = JSON.parse(readFileSync(`${results}/playwright.json`, 'utf8'));
      return {
        passed: stats.expected + stats.flaky,
        failed: stats.unexpected,
        skipped: stats.skipped,
      };
    },
  },
];

const total = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}`);
  const [command, ...args] = step.cmd;
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
  let counted = false;
  if (step.counts) {
    try {
      const c = step.counts();
      total.passed += c.passed;
      total.failed += c.failed;
      total.skipped += c.skipped;
      counted = true;
    } catch {
      // no report: the runner itself failed, counted below as one failure
    }
  }
  if (run.status !== 0) {
    failedSteps.push(step.name);
    if (!counted || !step.counts) total.failed += 1;
  } else if (!step.counts) {
    total.passed += 1;
  }
}

console.log('');
if (!electronBinaryPath()) {
  console.log(
    'Electron smoke test: SKIPPED, no Electron binary on this machine (its download was not ' +
      'reachable during npm install). The renderer was tested in Chromium instead.',
  );
}
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join('; ')}`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failedSteps.length > 0 ? 1 : 0);
