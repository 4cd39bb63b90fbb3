import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { execFileSync } from 'node:child_process';
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

// A relative base lets the build be served from any static host path.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    validateRules(),
    contentSecurityPolicy(),
    // Offline after the first visit: a generated service worker precaches every built file, including the lazy
    // chunks (results, charts, PDF) and the PDF fonts. src/main.tsx registers it, so no inline script is needed.
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
        // The manifest and its icon are added by the plugin itself.
        globIgnores: ['**/node_modules/**'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // Control the page on the first visit, so it works offline from then on. No skipWaiting: an update waits
        // until every tab has closed, so an open tab never asks a new worker for chunks of an older build.
        clientsClaim: true,
        skipWaiting: false,
        // The charts chunk and the PDF fonts are large; they must still be precached to work offline.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
    }),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // The manifest lets scripts/budget.mjs read the chunk graph.
  build: { target: 'es2022', sourcemap: false, manifest: true },
  // The PDF worker (src/features/export/pdf-worker.ts) is a module worker: it loads pdfmake with import().
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  // The preview server sends what a well-configured host sends (see docs/hosting.md), so e2e tests and the
  // Lighthouse audit run under the real policy, including frame-ancestors.
  preview: { port: 4173, headers: securityHeaders },
  test: {
    globals: true,
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    setupFiles: ['test/setup.ts'],
    css: false,
    testTimeout: 20000,
  },
});
