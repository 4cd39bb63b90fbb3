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

function fakeBuild(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'budget-'));
  dirs.push(dist);
  for (const [name, text] of Object.entries(files)) {
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
    for (const f of ['index.js', 'dep.js', 'pre.js', 'index.css']) expect(row(f)).toMatch(/ yes/);
    expect(row('lazy.js')).toMatch(/ no\s+recharts/);
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
      expect(out).toMatch(/loaded up front but contains (recharts|pdfmake)/);
    }
  });

  it('fails over the size budget, and honours a ratchet given with --max-kb', () => {
    // Random bytes do not compress: about 120 kB gzipped.
    const noise = Buffer.from(
      Array.from({ length: 120_000 }, () => Math.floor(Math.random() * 256)),
    ).toString('latin1');
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
