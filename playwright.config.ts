import { chromium, defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

/** Playwright's own Chromium where installed, else Debian's (it cannot download browsers here). */
function chromiumExecutable(): string | undefined {
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return undefined;
  } catch {
    // no bundled browser registered: fall through to the system one
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(
    'No Chromium for the end-to-end tests: install Debian\'s "chromium" package (apt-get install chromium).',
  );
}

// E2E_PORT lets two checkouts on one machine run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4873);

export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Ceilings, not waits: a passing test takes no longer for them, and a machine whose cores are
  // both busy (CI beside other work, stress-ng) still gets through a cold start and a worker job.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  projects: [
    {
      name: 'browser',
      testDir: 'tests/e2e',
      use: {
        baseURL: `http://127.0.0.1:${PORT}`,
        browserName: 'chromium',
        acceptDownloads: true,
        launchOptions: {
          executablePath: chromiumExecutable(),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
  webServer: {
    command: `node scripts/serve-renderer.mjs ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
