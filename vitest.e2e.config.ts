import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';

// Real-browser tests: Debian Chromium driven by playwright-core against the production build.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/support/serve-build.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // A lazily loaded chunk can take seconds on a busy 2-core machine; polls wait for it instead of flaking.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
