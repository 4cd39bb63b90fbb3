/**
 * Issue 14, item 3: each thing said once, and only when it applies. Over every example and random answer sets:
 * no two items of a plan share their text, no item presumes retrieval when the architecture has none, and the full
 * Markdown never prints the same paragraph twice.
 */
import fc from 'fast-check';
import type { Answers } from '@/domain/questions';
import { evaluate } from '@/engine';
import { toMarkdown } from '@/features/export/to-markdown';
import { exampleFiles, loadExample } from '../engine/support';
import { answersArb, completeAnswersArb } from '../support/arbitrary-answers';
import { hasRetrieval, repeatedItems, retrievalItems } from '../support/presented-items';

const today = '2026-12-01';
const examples = exampleFiles.map((f) => ({ name: f, answers: loadExample(f) }));
const runs = { numRuns: 300, seed: 1414 };

describe('each thing once', () => {
  it.each(examples)('no two items of $name share their text', ({ answers }) => {
    expect(repeatedItems(evaluate(answers, { today }))).toEqual([]);
  });

  it(
    'no two items share their text, for random complete and partial answer sets',
    { timeout: 120_000 },
    () => {
      fc.assert(
        fc.property(fc.oneof(completeAnswersArb, answersArb), (answers: Answers) => {
          expect(repeatedItems(evaluate(answers, { today }))).toEqual([]);
        }),
        runs,
      );
    },
  );

  it.each(examples)('the full Markdown of $name prints no paragraph twice', ({ answers }) => {
    const md = toMarkdown(evaluate(answers, { today }), answers, { generatedAt: today }).split(
      '\n## Technical trace',
    )[0]!;
    const counts = new Map<string, number>();
    for (const raw of md.split('\n')) {
      // Paragraphs and list items of some length; tables, headings and an item's short attributes (its date,
      // its owner) may repeat across items.
      const line = raw.trim().replace(/^(\d+\.|-)\s+/, '');
      if (line.length < 60 || /^(\||#|When:|Owner:)/.test(line)) continue;
      counts.set(line, (counts.get(line) ?? 0) + 1);
    }
    expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
  });
});

describe('only what applies: retrieval', () => {
  it.each(examples)('$name: no retrieval item without retrieval in the architecture', ({ answers }) => {
    const plan = evaluate(answers, { today });
    if (!hasRetrieval(plan)) expect(retrievalItems(plan)).toEqual([]);
  });

  it('no retrieval item without retrieval, for random answer sets', { timeout: 120_000 }, () => {
    let without = 0;
    fc.assert(
      fc.property(fc.oneof(completeAnswersArb, answersArb), (answers: Answers) => {
        const plan = evaluate(answers, { today });
        if (hasRetrieval(plan)) return;
        without++;
        expect(retrievalItems(plan)).toEqual([]);
      }),
      runs,
    );
    // The property says something only if plans without retrieval were generated.
    expect(without).toBeGreaterThan(50);
  });

  it('the examples cover both kinds of plan', () => {
    const kinds = examples.map(({ answers }) => hasRetrieval(evaluate(answers, { today })));
    expect(kinds).toContain(true);
    expect(kinds).toContain(false);
  });
});
