#!/usr/bin/env node
/**
 * Lighthouse on the production build, mobile profile (Lighthouse's default: a mid-range phone on a throttled
 * network), served the way a host serves it (vite preview with the security headers of scripts/csp.mjs).
 * Targets: performance >= 95, accessibility 100, best practices >= 95. Writes HTML and JSON reports to
 * artifacts/lighthouse/ and exits 1 when a target is missed.
 *
 * Usage: node scripts/audit.mjs [--no-build] [--runs N] [--path <path-and-hash>]…
 * --no-build reuses the audit's own build in artifacts/lighthouse/dist when there is one.
 * Each page is measured N times (3 unless told) and judged by its median run, as Lighthouse advises: one run's
 * performance score moves by a few points between identical builds on a shared machine. The range is printed.
 * By default it measures both ways in: what a first visit sees (the intro) and `#start`, opening the
 * questionnaire directly as a returning visitor or a link to it does; `--path` (repeatable) names others.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';

const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 95 };

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const given = args.flatMap((a, i) => (args[i - 1] === '--path' ? [a] : []));
const paths = given.length > 0 ? given : ['', '#start'];
const runs = Math.max(1, Number(args.flatMap((a, i) => (args[i - 1] === '--runs' ? [a] : []))[0] ?? 3));
const outDir = join(root, 'artifacts', 'lighthouse');

// A private build: other work rebuilding dist/ mid-audit would otherwise serve half a build.
const distDir = join(outDir, 'dist');
if (!args.includes('--no-build') || !existsSync(join(distDir, 'index.html'))) {
  const vite = join(root, 'node_modules', '.bin', 'vite');
  const r = spawnSync(vite, ['build', '--outDir', distDir, '--emptyOutDir'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const server = await preview({
  root,
  build: { outDir: distDir },
  preview: { port: 4190, strictPort: false, open: false },
  logLevel: 'warn',
});
const base = server.resolvedUrls?.local[0];
if (!base) throw new Error('vite preview did not report a URL');

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

let failed = false;
try {
  for (const path of paths) {
    const url = new URL(path, base).toString();
    const results = [];
    for (let i = 0; i < runs; i++) {
      const run = await lighthouse(url, {
        port: chrome.port,
        output: ['html', 'json'],
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!run) throw new Error('Lighthouse returned no result');
      results.push(run);
    }
    const performance = (r) => r.lhr.categories.performance?.score ?? 0;
    results.sort((a, b) => performance(a) - performance(b));
    const result = results[Math.floor(results.length / 2)];
    const [html, json] = result.report;
    mkdirSync(outDir, { recursive: true });
    const name = path ? `report-${path.replace(/[^\w-]+/g, '')}` : 'report';
    writeFileSync(join(outDir, `${name}.html`), html);
    writeFileSync(join(outDir, `${name}.json`), json);

    const { categories, audits } = result.lhr;
    console.log(
      `Lighthouse ${result.lhr.lighthouseVersion}, ${result.lhr.configSettings.formFactor}, ${url}: the median of ${runs} runs`,
    );
    if (runs > 1) {
      const lcp = results.map((r) => r.lhr.audits['largest-contentful-paint'].displayValue);
      console.log(
        `  performance in each run: ${results.map((r) => Math.round(performance(r) * 100)).join(', ')}; largest contentful paint: ${lcp.join(', ')}`,
      );
    }
    // A run that could not measure (page never painted, Chrome hiccup on a loaded machine) scores 0: say why.
    if (result.lhr.runtimeError) {
      const { code, message } = result.lhr.runtimeError;
      console.error(`  Lighthouse could not measure this run (${code}): ${message} Run it again.`);
      failed = true;
    }
    for (const [id, cat] of Object.entries(categories)) {
      const score = Math.round((cat.score ?? 0) * 100);
      const target = TARGETS[id];
      const verdict =
        target === undefined ? '' : score >= target ? `ok (target ${target})` : `FAIL (target ${target})`;
      if (target !== undefined && score < target) failed = true;
      console.log(`  ${cat.title.padEnd(16)} ${String(score).padStart(3)}  ${verdict}`);
      if (target !== undefined && score < 100)
        for (const ref of cat.auditRefs) {
          const a = audits[ref.id];
          if (ref.weight > 0 && a && a.score !== null && a.score < 1)
            console.log(`      - ${a.title}${a.displayValue ? `: ${a.displayValue}` : ''}`);
        }
    }
    for (const id of [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
    ])
      console.log(`  ${audits[id].title}: ${audits[id].displayValue}`);
    console.log(`Reports: ${join('artifacts', 'lighthouse', `${name}.html`)} and ${name}.json`);
  }
} finally {
  chrome.kill();
  await server.close();
}
process.exit(failed ? 1 : 0);
