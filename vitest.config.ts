import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    // Ceilings that catch a hung test, not speed checks (speed is the bench's): vitest's 5 s
    // default failed a whole-workbook database test under faketime on two cores kept busy by
    // stress-ng (7.2 s), which the suite must pass.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'eval', include: ['tests/eval/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: ['tests/db/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
      {
        extends: true,
        test: { name: 'renderer', include: ['tests/renderer/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'main', include: ['tests/main/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'cli',
          include: ['tests/cli/**/*.test.ts'],
          environment: 'node',
          // Building the command line once takes a few seconds on a slow machine.
          hookTimeout: 60_000,
          // Each test starts Node once or more: seconds when other work keeps the cores busy.
          testTimeout: 60_000,
        },
      },
    ],
  },
});
