/** The compiled fast path must agree with the domain's condition evaluator on every rule. */
import fc from 'fast-check';
import { evaluateCondition, type Condition } from '@/domain/conditions';
import { compileCondition } from '@/engine/compile';
import { deriveFacts, derivedFacts, type DerivedFactDoc } from '@/engine/facts';
import { ruleset } from '@/engine/ruleset';
import { answersArb } from '../support/arbitrary-answers';

const conditions: Condition[] = Object.values(ruleset).flatMap((file) =>
  (file.rules as { when?: Condition }[]).flatMap((r) => (r.when ? [r.when] : [])),
);
const docs: Record<string, DerivedFactDoc> = derivedFacts;

/** Random values for the facts the engine adds after the answers stage. */
const laterFactsArb = fc.record(
  Object.fromEntries(
    Object.entries(docs)
      .filter(([, d]) => d.stage !== 'answers')
      .map(([name, d]) => [
        name,
        fc.option(
          (d.kind === 'boolean'
            ? fc.boolean()
            : d.kind === 'number'
              ? fc.integer({ min: -100_000, max: 1_000_000 })
              : fc.constantFrom(...(d.values ?? ['x']))) as fc.Arbitrary<unknown>,
          { nil: undefined },
        ),
      ]),
  ),
);

describe('compiled conditions', { timeout: 60_000 }, () => {
  it('agree with evaluateCondition for every rule condition over random facts', () => {
    const compiled = conditions.map((c) => ({ c, test: compileCondition(c) }));
    fc.assert(
      fc.property(answersArb, laterFactsArb, (answers, later) => {
        const facts = { ...deriveFacts(answers), ...later };
        for (const { c, test } of compiled) expect(test(facts)).toBe(evaluateCondition(c, facts).holds);
      }),
      { numRuns: 300, seed: 99 },
    );
  });

  it('read own properties only, like the domain evaluator', () => {
    const test = compileCondition({ fact: 'constructor', op: 'answered' });
    expect(test({})).toBe(false);
    expect(test({ constructor: 'x' })).toBe(true);
  });

  it('treats an absent condition as always true', () => {
    expect(compileCondition(undefined)({})).toBe(true);
  });
});
