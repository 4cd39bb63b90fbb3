#!/usr/bin/env node
/**
 * Bundle budget, gzipped, for two moments of a first visit on a phone:
 * - first load: what the intro needs, which must stay under BUDGET_BYTES;
 * - questionnaire: the first load plus the questionnaire's chunk (src/app/session.tsx) and its static imports,
 *   which the intro fetches while it is read and "Start planning" needs; it must stay under QUESTIONNAIRE_KB.
 * Neither may contain recharts or the PDF library.
 *
 * "First load" is what dist/index.html references (scripts, stylesheets, modulepreload links) plus every chunk
 * those scripts import statically, transitively. Dynamic `import()` targets are not first load. The graph is
 * read from the chunks themselves and, when the build wrote one, from Vite's manifest; both must agree that a
 * chunk is lazy for it to count as lazy.
 *
 * Usage: node scripts/budget.mjs [--no-build] [--dist <dir>] [--max-kb <n>]
 * Plain Node, no dependencies, so CI can run it right after `vite build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** kB as Vite prints them (1 kB = 1000 bytes), so the numbers here match the build log. */
const TARGET_KB = 110;
/**
 * Everything needed to answer the first question: react-dom, XState, react-hook-form, the catalogue, the wizard.
 * History of the limit is in the README ("Loading, in order").
 */
const QUESTIONNAIRE_KB = 125;
const QUESTIONNAIRE_SOURCE = 'src/app/session.tsx';

/**
 * Strings that survive minification and only occur in these libraries: recharts' class names, and the PDF
 * writer inside pdfmake (pdfkit) that stamps every file with a `%PDF-` header and its producer name.
 */
const FORBIDDEN = [
  { lib: 'recharts', markers: ['recharts-wrapper', 'recharts-surface', 'recharts-cartesian'] },
  // Not the word "pdfmake": chunk file names carry it (the service worker's precache list, the exporter's import).
  { lib: 'pdfmake', markers: ['PDFKit', '%PDF-1.'] },
];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const noBuild = args.includes('--no-build');
const distArg = args.indexOf('--dist');
const dist = resolve(root, distArg >= 0 ? args[distArg + 1] : 'dist');
// `--max-kb` lets CI hold a ratchet above the target while the last steps towards it land; the target stays
// printed so the gap is never hidden.
const maxArg = args.indexOf('--max-kb');
const maxKb = maxArg >= 0 ? Number(args[maxArg + 1]) : TARGET_KB;
if (!Number.isFinite(maxKb) || maxKb <= 0) {
  console.error('budget: --max-kb needs a positive number');
  process.exit(2);
}
const BUDGET_BYTES = Math.round(maxKb * 1000);

/** Newest modification time under a path; directories are walked, node_modules-like noise is skipped. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = 0;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

function isStale() {
  const built = join(dist, 'index.html');
  if (!existsSync(built)) return true;
  const inputs = [
    'src',
    'rules',
    'public',
    'index.html',
    'vite.config.ts',
    'package.json',
    'package-lock.json',
  ];
  const latest = Math.max(...inputs.map((p) => newest(join(root, p))));
  return latest > statSync(built).mtimeMs;
}

if (!noBuild && isStale()) {
  console.log('dist/ is missing or older than the sources: building…');
  const vite = join(root, 'node_modules', '.bin', 'vite');
  const r = spawnSync(vite, ['build', '--outDir', dist, '--emptyOutDir'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`budget: ${relative(root, dist)}/index.html not found; run the build first.`);
  process.exit(1);
}

const html = readFileSync(join(dist, 'index.html'), 'utf8');

/** Resolves a URL found in index.html or a chunk to a path relative to dist/, or null for other origins. */
function toDistPath(url, fromFile) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null; // absolute: not ours to count
  const clean = url.split(/[?#]/)[0];
  if (clean.startsWith('/')) return clean.slice(1);
  return posix.normalize(posix.join(posix.dirname(fromFile), clean));
}

function attr(tag, name) {
  const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return m ? (m[2] ?? m[3] ?? m[4]) : undefined;
}

const entry = new Set();
for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
  const src = attr(tag, 'src');
  if (src) entry.add(toDistPath(src, 'index.html'));
}
for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
  const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
  const href = attr(tag, 'href');
  if (href && (rel.includes('stylesheet') || rel.includes('modulepreload')))
    entry.add(toDistPath(href, 'index.html'));
}
entry.delete(null);

/** Static `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"`; never `import("./x.js")`. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.m?js)["']/g;

function staticImportsOf(file) {
  const code = readFileSync(join(dist, file), 'utf8');
  const out = [];
  for (const m of code.matchAll(STATIC_IMPORT)) {
    const p = toDistPath(m[1], file);
    if (p) out.push(p);
  }
  return out;
}

/** Vite's manifest, when the build wrote one: imports and css per chunk, keyed by source id. */
const manifestPath = join(dist, '.vite', 'manifest.json');
const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};

function manifestImports() {
  const edges = new Map();
  for (const chunk of Object.values(manifest)) {
    const deps = [...(chunk.imports ?? []).map((k) => manifest[k]?.file), ...(chunk.css ?? [])].filter(
      Boolean,
    );
    edges.set(chunk.file, deps);
  }
  return edges;
}

const manifestEdges = manifestImports();

/** The given files and everything they import statically, transitively. */
function closure(starts) {
  const out = new Set();
  const queue = [...starts];
  while (queue.length > 0) {
    const file = queue.pop();
    if (out.has(file) || !existsSync(join(dist, file))) continue;
    out.add(file);
    if (/\.m?js$/.test(file)) queue.push(...staticImportsOf(file));
    queue.push(...(manifestEdges.get(file) ?? []));
  }
  return out;
}

const firstLoad = closure(entry);
const sessionChunk = manifest[QUESTIONNAIRE_SOURCE]?.file;
const questionnaire = closure([...firstLoad, ...(sessionChunk ? [sessionChunk] : [])]);

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

const stageOrder = ['first load', 'questionnaire', 'lazy'];
const rows = walk(dist)
  .map((abs) => relative(dist, abs).split('\\').join('/'))
  .filter((f) => /\.(m?js|css)$/.test(f) && !f.startsWith('.vite/') && !f.endsWith('.map'))
  .map((file) => {
    const buf = readFileSync(join(dist, file));
    const text = buf.toString('utf8');
    // Scripts only: a stylesheet may style recharts' class names without containing recharts.
    const isJs = /\.m?js$/.test(file);
    const libs = isJs
      ? FORBIDDEN.filter((f) => f.markers.some((m) => text.includes(m))).map((f) => f.lib)
      : [];
    const first = firstLoad.has(file);
    const stage = first ? 'first load' : questionnaire.has(file) ? 'questionnaire' : 'lazy';
    return { file, raw: buf.length, gzip: gzipSync(buf).length, first, stage, libs };
  })
  .sort((a, b) => stageOrder.indexOf(a.stage) - stageOrder.indexOf(b.stage) || b.gzip - a.gzip);

const kb = (n) => `${(n / 1000).toFixed(2)} kB`;
const table = [
  ['chunk', 'raw', 'gzip', 'needed for', 'contains'],
  ...rows.map((r) => [r.file, kb(r.raw), kb(r.gzip), r.stage, r.libs.join(', ')]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
for (const [i, row] of table.entries()) {
  console.log(
    row.map((c, j) => (j === 1 || j === 2 ? c.padStart(widths[j]) : c.padEnd(widths[j]))).join('  '),
  );
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}

const first = rows.filter((r) => r.first);
const sum = (xs, k) => xs.reduce((n, r) => n + r[k], 0);
const js = first.filter((r) => /\.m?js$/.test(r.file));
const css = first.filter((r) => r.file.endsWith('.css'));
const total = sum(first, 'gzip');
console.log(
  `\nfirst load: JS ${kb(sum(js, 'gzip'))} + CSS ${kb(sum(css, 'gzip'))} = ${kb(total)} gzip ` +
    `(${kb(sum(first, 'raw'))} raw) — budget ${kb(BUDGET_BYTES)}` +
    (maxKb === TARGET_KB
      ? ''
      : `, target ${kb(TARGET_KB * 1000)} (${total > TARGET_KB * 1000 ? 'not met' : 'met'})`),
);

const upToQuestions = rows.filter((r) => r.stage !== 'lazy');
const questionsTotal = sum(upToQuestions, 'gzip');
console.log(
  `questionnaire: first load + ${kb(questionsTotal - total)} = ${kb(questionsTotal)} gzip — budget ` +
    kb(QUESTIONNAIRE_KB * 1000),
);

const failures = [];
if (total > BUDGET_BYTES)
  failures.push(`first-load JS + CSS is ${kb(total)} gzip, over the ${kb(BUDGET_BYTES)} budget`);
if (!sessionChunk) failures.push(`the build has no chunk for ${QUESTIONNAIRE_SOURCE} (manifest missing?)`);
if (questionsTotal > QUESTIONNAIRE_KB * 1000)
  failures.push(
    `the questionnaire needs ${kb(questionsTotal)} gzip, over its ${kb(QUESTIONNAIRE_KB * 1000)} budget`,
  );
for (const r of upToQuestions)
  for (const lib of r.libs)
    failures.push(`${r.file} is needed before the first question but contains ${lib}; load it lazily`);
if (firstLoad.size === 0) failures.push('found no JS or CSS referenced by dist/index.html');

if (failures.length > 0) {
  for (const f of failures) console.error(`budget: FAIL ${f}`);
  process.exit(1);
}
console.log('budget: OK');
