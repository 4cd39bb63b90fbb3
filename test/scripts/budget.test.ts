/** scripts/budget.mjs on small fake builds: what counts as first load, and when it must fail. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Vite's manifest names the questionnaire's chunk, which the intro loads lazily. */
const manifest = JSON.stringify({
  'src/app/session.tsx': { file: 'assets/session.js', isDynamicEntry: true },
});

function fakeBuild(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'budget-'));
  dirs.push(dist);
  const all = { '.vite/manifest.json': manifest, 'assets/session.js': '', ...files };
  for (const [name, text] of Object.entries(all)) {
    mkdirSync(join(dist, name, '..'), { recursive: true });
    writeFileSync(join(dist, name), text);
  }
  return dist;
}

function budget(dist: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/budget.mjs', '--no-build', '--dist', dist, ...args], {
    encoding: 'utf8',
  });
  return { status: r.status, out: r.stdout + r.stderr };
}

const html = `<!doctype html><html><head>
<script type="module" crossorigin src="./assets/index.js"></script>
<link rel="modulepreload" href="./assets/pre.js">
<link rel="stylesheet" href="./assets/index.css">
</head><body></body></html>`;

describe('npm run budget', () => {
  it('counts the entry, its static imports, preloads and CSS, but not dynamic imports', () => {
    const dist = fakeBuild({
      'index.html': html,
      'assets/index.js': 'import{a}from"./dep.js";const l=()=>import("./lazy.js");',
      'assets/dep.js': 'export const a=1;',
      'assets/pre.js': 'export const p=1;',
      'assets/lazy.js': 'const x="recharts-wrapper";',
      'assets/index.css': 'body{}',
    });
    const { status, out } = budget(dist);
    expect(status).toBe(0);
    const row = (name: string) => out.split('\n').find((l) => l.startsWith(`assets/${name}`)) ?? '';
    for (const f of ['index.js', 'dep.js', 'pre.js', 'index.css']) expect(row(f)).toMatch(/ first load/);
    expect(row('lazy.js')).toMatch(/ lazy\s+recharts/);
  });

  it('counts the questionnaire chunk and its static imports separately from the first load', () => {
    const dist = fakeBuild({
      'index.html': html,
      'assets/index.js': 'const s=()=>import("./session.js");',
      'assets/pre.js': '',
      'assets/index.css': '',
      'assets/session.js': 'import"./wizard.js";const r=()=>import("./results.js");',
      'assets/wizard.js': 'export const w=1;',
      'assets/results.js': '',
    });
    const { status, out } = budget(dist);
    expect(status).toBe(0);
    const row = (name: string) => out.split('\n').find((l) => l.startsWith(`assets/${name}`)) ?? '';
    expect(row('session.js')).toMatch(/ questionnaire/);
    expect(row('wizard.js')).toMatch(/ questionnaire/);
    expect(row('results.js')).toMatch(/ lazy/);
    expect(out).toMatch(/questionnaire: first load \+ [\d.]+ kB = [\d.]+ kB gzip/);
  });

  it('fails when the questionnaire is over its budget, contains recharts, or cannot be found', () => {
    const noise = Buffer.from(
      Array.from({ length: 125_000 }, () => Math.floor(Math.random() * 256)),
    ).toString('latin1');
    const heavy = fakeBuild({
      'index.html': html,
      'assets/index.js': '',
      'assets/pre.js': '',
      'assets/index.css': '',
      'assets/session.js': `const n=${JSON.stringify(noise)};`,
    });
    const over = budget(heavy);
    expect(over.status).toBe(1);
    expect(over.out).toMatch(/the questionnaire needs [\d.]+ kB gzip, over its 125.00 kB budget/);

    const charts = fakeBuild({
      'index.html': html,
      'assets/index.js': '',
      'assets/pre.js': '',
      'assets/index.css': '',
      'assets/session.js': 'const x="recharts-surface";',
    });
    expect(budget(charts).out).toMatch(
      /session.js is needed before the first question but contains recharts/,
    );

    const unnamed = fakeBuild({
      'index.html': html,
      'assets/index.js': '',
      'assets/pre.js': '',
      'assets/index.css': '',
      '.vite/manifest.json': '{}',
    });
    expect(budget(unnamed).status).toBe(1);
    expect(budget(unnamed).out).toContain('the build has no chunk for src/app/session.tsx');
  });

  it('fails when recharts or the PDF library is loaded up front', () => {
    for (const marker of ['recharts-surface', 'PDFKit']) {
      const dist = fakeBuild({
        'index.html': html,
        'assets/index.js': 'import"./dep.js";',
        'assets/dep.js': `const x=${JSON.stringify(marker)};`,
        'assets/pre.js': '',
        'assets/index.css': '',
      });
      const { status, out } = budget(dist);
      expect(status, marker).toBe(1);
      expect(out).toMatch(/needed before the first question but contains (recharts|pdfmake)/);
    }
  });

  it('fails over the size budget, and honours a ratchet given with --max-kb', () => {
    // Random bytes do not compress: about 112 kB gzipped (JSON-escaped), over the first load's 110 but under the questionnaire's 125.
    const noise = Buffer.from(Array.from({ length: 87_000 }, () => Math.floor(Math.random() * 256))).toString(
      'latin1',
    );
    const dist = fakeBuild({
      'index.html': html,
      'assets/index.js': `const n=${JSON.stringify(noise)};`,
      'assets/pre.js': '',
      'assets/index.css': '',
    });
    expect(budget(dist).status).toBe(1);
    const relaxed = budget(dist, '--max-kb', '400');
    expect(relaxed.status).toBe(0);
    expect(relaxed.out).toContain('target 110.00 kB (not met)');
  });
});
