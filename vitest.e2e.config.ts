import { availableParallelism } from 'node:os';
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Files whose subject is timing itself (a keystroke 50 ms before the browser closes, two tabs editing 0.7 s apart):
 * they run alone, after the others, so a busy neighbour cannot change what they measure.
 */
const alone = ['test/e2e/never-lose-work.e2e.ts'];

// Real-browser tests: Debian Chromium driven by playwright-core against the production build. Each project serves
// the build on its own port (globalSetup).
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    environment: 'node',
    globalSetup: ['test/e2e/support/serve-build.ts'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // A lazily loaded chunk can take seconds on a busy 2-core machine; polls wait for it instead of flaking.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          exclude: alone,
          // A browser session waits on the page much of the time: one file per core keeps both cores busy.
          maxWorkers: availableParallelism(),
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e-alone',
          include: alone,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
