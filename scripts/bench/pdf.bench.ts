/**
 * PDF export: generation time for the largest example plan (target ≤ 2 s), its size, the fonts shipped for it,
 * and, when a build exists, a check that the PDF library stays out of the first-load bundle.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnswersFile } from '@/domain/answers';
import type { Plan } from '@/domain/plan';
import type { Answers } from '@/domain/questions';
import { evaluate } from '@/engine';
import { toPdf } from '@/features/export/to-pdf';
import type { BenchTask } from './types';

const generatedAt = '2026-11-23T00:00:00.000Z';
const FONT_DIR = 'src/features/export/fonts';

/** The example whose plan is the largest: the most text to lay out. */
function largestExample(): { name: string; plan: Plan; answers: Answers } {
  const all = readdirSync('examples')
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const parsed = parseAnswersFile(readFileSync(`examples/${f}`, 'utf8'));
      return parsed.ok
        ? [{ name: f, answers: parsed.value.answers, plan: evaluate(parsed.value.answers) }]
        : [];
    });
  const largest = all.sort((a, b) => JSON.stringify(b.plan).length - JSON.stringify(a.plan).length)[0];
  if (!largest) throw new Error('No example answers files in examples/');
  return largest;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

/** Scripts the page loads up front: entry modules and their modulepreloads, read from the built index.html. */
function firstLoadScripts(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return [
    ...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\.?\/?([^"]+\.js)"/g),
  ].map((m) => join(dist, m[1]!));
}

export const tasks: BenchTask[] = [
  {
    kind: 'timed',
    section: 'pdf',
    name: 'toPdf(), largest example plan (fonts and pdfmake already loaded)',
    iterations: 5,
    warmup: 1,
    prepare: largestExample,
    run: (_i, ex) => {
      const { plan, answers } = ex as ReturnType<typeof largestExample>;
      return toPdf(plan, answers, { generatedAt });
    },
    targetMedianMs: 2000,
  },
  {
    kind: 'report',
    section: 'pdf',
    name: 'PDF size, fonts, bundle',
    report: async () => {
      const ex = largestExample();
      const bytes = await toPdf(ex.plan, ex.answers, { generatedAt });
      const pages = (
        Buffer.from(bytes)
          .toString('latin1')
          .match(/\/Type \/Page\b/g) ?? []
      ).length;
      const fonts = readdirSync(FONT_DIR).filter((f) => f.endsWith('.ttf'));
      const fontBytes = fonts.reduce((sum, f) => sum + statSync(join(FONT_DIR, f)).size, 0);
      const rows = [
        { name: `PDF of ${ex.name}`, value: `${kb(bytes.byteLength)}, ${pages} pages` },
        {
          name: `fonts shipped (${fonts.join(', ')})`,
          value: kb(fontBytes),
          target: 'loaded only on PDF export',
        },
      ];
      if (existsSync('dist/index.html')) {
        const scripts = firstLoadScripts('dist');
        // Strings that exist only inside pdfmake/pdfkit.
        const leaked = scripts.filter((f) => /pdfmake|PDFKit|svg-to-pdfkit/.test(readFileSync(f, 'utf8')));
        rows.push({
          name: 'PDF library in the first-load scripts',
          value: leaked.length ? `yes: ${leaked.join(', ')}` : `no (${scripts.length} scripts checked)`,
          target: 'no',
          ok: leaked.length === 0,
        } as (typeof rows)[number]);
      }
      return rows;
    },
  },
];
