/**
 * Issue 14, item 2: rule ids and fact names only in the technical trace. Every example's Markdown (the full plan
 * before its trace, and every reader's document) and PDF text (the full plan and the one-pager, read back with
 * pdftotext) name no rule and no fact; the trace at the end of the Markdown does, which shows the scan finds them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { evaluate } from '@/engine';
import { readerIds } from '@/features/export/document';
import { buildReaderDocument } from '@/features/export/readers';
import { renderCsv } from '@/features/export/to-csv';
import { renderMarkdown, toMarkdown } from '@/features/export/to-markdown';
import { toPdf } from '@/features/export/to-pdf';
import { exampleFiles, loadExample } from '../engine/support';
import { findInternalNames, internalNames } from '../support/internal-names';

// The shared setup clears localStorage after each test; Node has none, and these tests run where the CLI runs.
globalThis.localStorage ??= { clear: () => undefined } as unknown as Storage;

const today = '2026-12-01';
const generatedAt = '2026-11-29T10:00:00.000Z';
const examples = exampleFiles.map((name) => {
  const answers = loadExample(name);
  return { name, answers, plan: evaluate(answers, { today }) };
});
const names = internalNames(examples.map((e) => e.plan));
const TRACE = '\n## Technical trace';

describe('internal names in the exports', () => {
  it('knows what to look for', () => {
    expect(names.ruleIds.length).toBeGreaterThan(300);
    expect(names.ruleIds).toContain('warn-launch-tight');
    expect(names.facts).toContain('phiWithoutBaa');
    expect(names.facts).toContain('launchShortfallMin');
  });

  it.each(examples)(
    'the full Markdown of $name names them only in its technical trace',
    ({ plan, answers }) => {
      const md = toMarkdown(plan, answers, { generatedAt });
      const at = md.indexOf(TRACE);
      expect(at).toBeGreaterThan(0);
      // The trace is the last section.
      expect(md.indexOf('\n## ', at + 1)).toBe(-1);
      expect(findInternalNames(md.slice(0, at), names)).toEqual([]);
      expect(findInternalNames(md.slice(at), names).length).toBeGreaterThan(plan.trace.length);
    },
  );

  it.each(examples)('every reader’s document of $name names none (Markdown and CSV)', ({ plan, answers }) => {
    for (const reader of readerIds.filter((r) => r !== 'full')) {
      const doc = buildReaderDocument(reader, plan, answers, { generatedAt });
      expect(findInternalNames(renderMarkdown(doc), names), reader).toEqual([]);
      if (reader === 'backlog') expect(findInternalNames(renderCsv(doc), names)).toEqual([]);
    }
  });

  const PDFTOTEXT = '/usr/bin/pdftotext';
  it.runIf(existsSync(PDFTOTEXT)).each(examples)(
    'the PDFs of $name (full plan and one-pager) name none',
    { timeout: 60_000 },
    async ({ name, plan, answers }) => {
      mkdirSync('artifacts/export', { recursive: true });
      for (const reader of ['full', 'exec'] as const) {
        const file = `artifacts/export/names-${reader}-${name.replace('.json', '')}.pdf`;
        writeFileSync(file, await toPdf(plan, answers, { generatedAt, reader }));
        const text = execFileSync(PDFTOTEXT, [file, '-'], { encoding: 'utf8' });
        expect(text.length, reader).toBeGreaterThan(500);
        expect(findInternalNames(text, names), reader).toEqual([]);
        expect(text, reader).not.toContain('Technical trace');
      }
    },
  );
});
