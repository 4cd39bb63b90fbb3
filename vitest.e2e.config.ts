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
  },
});
