import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, URL } from 'node:url';
import { cspMeta, securityHeaders } from './scripts/csp.mjs';

/**
 * The Content-Security-Policy as a <meta> tag, first in <head> so it covers every script and stylesheet after
 * it. Build only: the dev server injects inline scripts (React Fast Refresh) that the policy rightly forbids.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'scopewise:csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${cspMeta}" />`;
        // Right after the charset declaration, which must stay first, and before any script or stylesheet.
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html))
          throw new Error('index.html needs <meta charset> for the CSP meta to follow');
        return html.replace(charset, (m) => `${m}\n    ${meta}`);
      },
    },
  };
}

/**
 * Every production build validates the knowledge base first: the built engine trusts its rules at run time
 * (see src/engine/ruleset.ts), so an invalid rule must fail the build instead.
 */
function validateRules(): Plugin {
  return {
    name: 'scopewise:validate-rules',
    apply: 'build',
    buildStart() {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/check-rules.ts'], { stdio: 'inherit' });
    },
  };
}

/**
 * What the footer names as this build, so a user (or a test) can see that an update arrived: the package version
 * and the commit, or SCOPEWISE_BUILD when set (the update test builds a second, different dist with it).
 */
function buildName(): string {
  const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  let build = process.env.SCOPEWISE_BUILD;
  if (!build)
    try {
      build = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
        encoding: 'utf8',
        stdio: 'pipe',
      }).trim();
    } catch {
      build = '';
    }
  return build ? `${version} (${build})` : version;
}

/**
 * Built files fetched on first use and cached from then on (see runtimeCaching), never precached: the charts
 * (recharts), the PDF worker, pdfmake (in the worker, and on the page where there are no module workers) and the
 * PDF fonts, and the archived rulesets (rules/archive, loaded to say what changed since a link was made). Names as the build writes them: `<name>-<hash>.<ext>`.
 */
const ON_DEMAND = [
  'plan-charts',
  'recharts',
  'tornado-chart',
  'pdf-worker',
  'to-pdf',
  'pdfmake',
  'Roboto',
  'ruleset',
];

// A relative base lets the build be served from any static host path.
export default defineConfig({
  base: './',
  define: { __SCOPEWISE_VERSION__: JSON.stringify(buildName()) },
  plugins: [
    react(),
    validateRules(),
    contentSecurityPolicy(),
    // Offline after the first visit: a generated service worker precaches the app, and keeps the heavy parts few
    // visitors use (recharts, the PDF worker, pdfmake and its fonts) once they have been used.
    // src/main.tsx registers it, so no inline script is needed.
    VitePWA({
      injectRegister: false,
      manifest: {
        name: 'Scopewise — plan a generative-AI project',
        short_name: 'Scopewise',
        description:
          'Decide before you build: a cited plan for a generative-AI project, made in your browser.',
        theme_color: '#1f3a5f',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: './',
        scope: './',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,ttf,woff2}'],
        // The manifest and its icon are added by the plugin itself. ON_DEMAND files are cached by runtimeCaching
        // below when first fetched instead: 0.87 MB that every first visit would otherwise download.
        globIgnores: ['**/node_modules/**', ...ON_DEMAND.map((name) => `**/assets/${name}-*`)],
        runtimeCaching: [
          {
            urlPattern: new RegExp(`/assets/(?:${ON_DEMAND.join('|')})-[\\w.-]+\\.(?:js|ttf)$`),
            // Hashed file names never change content: the cached copy is always right, online or not.
            handler: 'CacheFirst',
            options: {
              cacheName: 'scopewise-on-demand',
              // Each release brings new hashes; the oldest copies go once newer ones pile up.
              expiration: { maxEntries: 16 },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // Control the page on the first visit, so it works offline from then on. No automatic skipWaiting: a new
        // version waits, and the page offers "A new version is ready — Reload" (src/app/updates.tsx); choosing it
        // activates the new worker and reloads every open tab, so none asks it for chunks of an older build.
        clientsClaim: true,
        skipWaiting: false,
        // Headroom above workbox's 2 MiB default, so a growing chunk is never silently left out of the precache.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
    }),
  ],
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      // React has useSyncExternalStore built in: @xstate/react's shim for React 17 is dead weight (see the file).
      {
        find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
        replacement: 'use-sync-external-store/with-selector.js',
      },
      {
        find: /^use-sync-external-store\/shim(\/index\.js)?$/,
        replacement: fileURLToPath(new URL('./src/vendor/use-sync-external-store-shim.ts', import.meta.url)),
      },
    ],
  },
  // The manifest lets scripts/budget.mjs read the chunk graph.
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    rollupOptions: {
      output: {
        // Two lazy modules draw with recharts (the plan's charts, the what-if tornado): the chunks they share are
        // named for it, so they stay on demand (ON_DEMAND) whatever the bundler would have called them. The two
        // modules' own chunks keep their names.
        chunkFileNames: (chunk) =>
          !chunk.facadeModuleId &&
          chunk.moduleIds.some((id) => /[\\/]node_modules[\\/]recharts[\\/]/.test(id))
            ? 'assets/recharts-[hash].js'
            : 'assets/[name]-[hash].js',
      },
    },
  },
  // The PDF worker (src/features/export/pdf-worker.ts) is a module worker: it loads pdfmake with import().
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  // The preview server sends what a well-configured host sends (see docs/hosting.md), so e2e tests and the
  // Lighthouse audit run under the real policy, including frame-ancestors.
  preview: { port: 4173, headers: securityHeaders },
  test: {
    globals: true,
    // Most tests need no DOM and run faster without one; a file that does starts with `// @vitest-environment jsdom`.
    environment: 'node',
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    setupFiles: ['test/setup.ts'],
    css: false,
    testTimeout: 20000,
    // One worker per core (Vitest's default leaves one core to its own process, which mostly waits).
    maxWorkers: availableParallelism(),
  },
});
