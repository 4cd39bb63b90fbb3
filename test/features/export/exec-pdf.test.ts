/**
 * The executive one-pager is exactly one page (issue 14, items 1 and 5): for every example, for random answer sets
 * and for the longest texts a user can type. Its content is bounded, and `renderPdf` tightens the layout while it
 * runs over; the page count is read back from the PDF itself.
 */
import fc from 'fast-check';
import type { Answers } from '@/domain/questions';
import { evaluate } from '@/engine';
import { buildReaderDocument } from '@/features/export/readers';
import { renderPdf } from '@/features/export/to-pdf';
import { exampleFiles, loadExample } from '../../engine/support';
import { answersArb, completeAnswersArb } from '../../support/arbitrary-answers';

globalThis.localStorage ??= { clear: () => undefined } as unknown as Storage;

const today = '2026-12-01';
const generatedAt = '2026-11-29T10:00:00.000Z';

/** Pages as the PDF file counts them: one page object each. */
const pagesIn = (bytes: Uint8Array): number =>
  (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type \/Page\b/g) ?? []
  ).length;

async function onePager(answers: Answers) {
  const plan = evaluate(answers, { today });
  const { bytes, pages } = await renderPdf(buildReaderDocument('exec', plan, answers, { generatedAt }));
  return { pages, filePages: pagesIn(bytes) };
}

describe('the executive one-pager as a PDF', () => {
  it.each(exampleFiles)('is one page for %s', { timeout: 60_000 }, async (file) => {
    expect(await onePager(loadExample(file))).toEqual({ pages: 1, filePages: 1 });
  });

  it(
    'is one page with the longest project name and use case a user can type',
    { timeout: 60_000 },
    async () => {
      const long = {
        ...loadExample('fintech-agent.json'),
        projectName: 'W'.repeat(80),
        useCaseSummary: 'Reconcile every invoice line against the ledger and explain each mismatch. '.repeat(
          14,
        ),
      };
      expect(await onePager(long)).toEqual({ pages: 1, filePages: 1 });
    },
  );

  it(
    'counts honestly: a one-page layout with more than a page of content says so',
    { timeout: 60_000 },
    async () => {
      const doc = buildReaderDocument(
        'exec',
        evaluate(loadExample('fintech-agent.json'), { today }),
        {},
        { generatedAt },
      );
      const flood = Array.from({ length: 150 }, (_, i) => ({
        kind: 'paragraph' as const,
        spans: [{ text: `Paragraph ${i} of a document far longer than one page.` }],
      }));
      doc.sections[0]!.blocks.push(...flood);
      const { bytes, pages } = await renderPdf(doc);
      expect(pages).toBeGreaterThan(1);
      expect(pagesIn(bytes)).toBe(pages);
    },
  );

  it('is one page for random complete and partial answer sets', { timeout: 300_000 }, async () => {
    const samples = fc.sample(fc.oneof(completeAnswersArb, answersArb), { numRuns: 20, seed: 2027 });
    for (const answers of samples) expect(await onePager(answers)).toEqual({ pages: 1, filePages: 1 });
  });
});
