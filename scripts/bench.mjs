// `npm run bench`: speed figures, each printed beside a reference measured in the same run, as a
// ratio (never a timed assertion). Part 1 bundles the TypeScript benches for Node with Vite and
// runs them; part 2 runs the journeys bench in Chromium against real IndexedDB (fake-indexeddb
// under Node says nothing about the app's speed).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { benchInteractions } from './benchInteractions.mjs';
import { benchWindowStalls } from './benchWindowStalls.mjs';

// `npm run bench -- --only engine`, `--only git` (part 1's git sync rows, which take minutes),
// `--only journeys` (parts 2 and 3), `--only accounts` (an account page at 5,000 accounts),
// `--only app` (part 3, the app itself on the 200-journey workbook) or `--only stalls` (part 4,
// heavy jobs beside the window's longest task) runs less.
const only = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1]
  : null;

const outDir = path.resolve('.tmp/bench');
if (only === null || only === 'engine' || only === 'git') {
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
  // glibc returns large freed blocks to the system and maps fresh ones, each page of which then
  // costs a fault on first write (~40 ms per 12 MB in this sandbox), charged at random to the
  // measured side or its reference. Keeping freed memory in the process, as a long-running app
  // does, makes both run on reused memory; glibc reads these two settings from the environment.
  const run = spawnSync(process.execPath, ['--expose-gc', path.join(outDir, 'bench.mjs')], {
    stdio: 'inherit',
    env: {
      ...process.env,
      BENCH_ONLY: only ?? '',
      MALLOC_MMAP_THRESHOLD_: String(1 << 30),
      MALLOC_TRIM_THRESHOLD_: String(1 << 30),
    },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
if (only === 'engine' || only === 'git') process.exit(0);

// Part 2: journeys at scale, in Chromium.
const webDir = path.resolve('.tmp/bench-web');
await build({
  configFile: false,
  logLevel: 'warn',
  root: path.resolve('tests/bench/web'),
  define: { __APP_VERSION__: JSON.stringify('bench') },
  build: { outDir: webDir, emptyOutDir: true, target: 'es2022', minify: true },
});

// Part 3 drives the app as built: build it, and serve it beside the bench page (same origin, so
// it opens the workbook part 2 imported), with a blank page of the same build to compare with.
const appDir = path.resolve('out/renderer');
const built = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
const blankPage = readFileSync(path.join(appDir, 'index.html'), 'utf8').replace(
  /<script[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g,
  '',
);

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};
const server = createServer((req, res) => {
  const asked = (req.url ?? '/').split('?')[0];
  if (asked === '/app/blank.html') {
    res.writeHead(200, { 'content-type': 'text/html' }).end(blankPage);
    return;
  }
  const [dir, name] = asked.startsWith('/app/')
    ? [appDir, asked.slice(4)]
    : [webDir, asked === '/' ? '/index.html' : asked];
  const file = path.join(dir, path.normalize(name).replace(/^(\.\.[/\\])+/, ''));
  if (!file.startsWith(dir) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

function chromiumExecutable() {
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return undefined;
  } catch {
    // none registered
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
}

/** The inputs part 4 hands to the app, made by the bench page from the project's fixtures. */
const stallInputs = (page) => page.evaluate(() => globalThis.windowStallInputs());

const browser = await chromium.launch({
  executablePath: chromiumExecutable(),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--js-flags=--expose-gc',
  ],
});
try {
  // A context of our own (not browser.newPage's), so the app's bench can open its pages in it.
  const page = await (await browser.newContext()).newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => 'runJourneyBench' in globalThis);
  if (only === null || only === 'accounts') {
    console.log('\nAn account page at scale, in Chromium (real IndexedDB)');
    const a = await page.evaluate(() => globalThis.runAccountBench());
    console.log(
      `  ${a.accounts.toLocaleString('en-US')} accounts, ${a.painPoints.toLocaleString('en-US')} pain points (${a.perAccount} on the last account opened)`,
    );
    console.log(
      `  open an account page (its records and story): ${a.pageMs.toFixed(1)} ms vs raw IndexedDB read of the same records ${a.rawMs.toFixed(1)} ms: ratio ${(a.pageMs / a.rawMs).toFixed(2)}x (median of 15; goal at most 1.5x)`,
    );
    if (only === 'accounts') {
      await browser.close();
      server.close();
      process.exit(0);
    }
  }
  if (only === 'stalls') {
    await benchWindowStalls(browser, `http://127.0.0.1:${port}`, await stallInputs(page));
    await browser.close();
    server.close();
    process.exit(0);
  }
  if (only === 'app') {
    const pains = await page.evaluate(() => globalThis.loadScaleWorkbook());
    console.log(
      `\n(--only app: 200 journeys x 20 steps, ${pains.toLocaleString('en-US')} pain points)`,
    );
    await benchInteractions(page.context(), `http://127.0.0.1:${port}`);
    await browser.close();
    server.close();
    process.exit(0);
  }
  console.log('\nJourneys at scale, in Chromium (real IndexedDB)');
  const r = await page.evaluate(() => globalThis.runJourneyBench());
  const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
  const ms = (v) => `${v.toFixed(1)} ms`;
  console.log(
    `  workbook: 200 journeys x 20 steps x 50 pain points = ${r.painPoints.toLocaleString('en-US')} pain points, file ${r.fileMegabytes.toFixed(0)} MB`,
  );
  console.log(
    `  check the file (JSON + every rule): in a worker ${s(r.validateWorkerMs)}, the window's longest stall ${ms(r.validateWorkerStallMs)}; in the window's thread ${s(r.validateMs)}, longest stall ${ms(r.validateWindowStallMs)}: stall ratio ${(r.validateWorkerStallMs / r.validateWindowStallMs).toFixed(3)}x`,
  );
  console.log(
    `  import it (one transaction): ${s(r.importMs)} vs raw IndexedDB put of the same records ${s(r.importRawMs)}: ratio ${(r.importMs / r.importRawMs).toFixed(2)}x`,
  );
  console.log(
    `  import as the app does (checked again and written in a worker): ${s(r.importWorkerMs)}, the window's longest stall ${ms(r.importWorkerStallMs)}; in the window's thread (from checked records) longest stall ${ms(r.importWindowStallMs)}: stall ratio ${(r.importWorkerStallMs / r.importWindowStallMs).toFixed(3)}x`,
  );
  console.log(
    `  open a journey map: ${ms(r.mapOpenMs)} vs raw IndexedDB read of the same records ${ms(r.mapRawMs)}: ratio ${(r.mapOpenMs / r.mapRawMs).toFixed(2)}x (median of 15)`,
  );
  console.log(
    `  journey list, first screen with health: ${ms(r.listFirstScreenMs)} vs raw ${ms(r.listRawMs)}: ratio ${(r.listFirstScreenMs / r.listRawMs).toFixed(2)}x`,
  );
  console.log(
    `  one journey's report: ${ms(r.reportJourneyMs)} vs raw IndexedDB read of its map's records ${ms(r.mapRawMs)}: ratio ${(r.reportJourneyMs / r.mapRawMs).toFixed(2)}x (median of 5)`,
  );
  console.log(
    `  export the workbook file: in a worker ${s(r.exportWorkerMs)}, the window's longest stall ${ms(r.exportWorkerStallMs)}; in the window's thread ${s(r.exportWindowMs)}, longest stall ${ms(r.exportWindowStallMs)}: time ratio ${(r.exportWorkerMs / r.exportWindowMs).toFixed(2)}x, stall ratio ${(r.exportWorkerStallMs / r.exportWindowStallMs).toFixed(3)}x`,
  );
  console.log(
    `  whole-workbook report (${r.reportMegabytes.toFixed(0)} MB of Markdown): in a worker ${s(r.reportWorkerMs)}, the window's longest stall ${ms(r.reportWorkerStallMs)}; in the window's thread ${s(r.reportWindowMs)}, longest stall ${ms(r.reportWindowStallMs)}: time ratio ${(r.reportWorkerMs / r.reportWindowMs).toFixed(2)}x, stall ratio ${(r.reportWorkerStallMs / r.reportWindowStallMs).toFixed(3)}x`,
  );
  await benchInteractions(page.context(), `http://127.0.0.1:${port}`);
  await benchWindowStalls(browser, `http://127.0.0.1:${port}`, await stallInputs(page));
} finally {
  await browser.close();
  server.close();
}
