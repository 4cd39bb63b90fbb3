/**
 * The domain's condition evaluator (holds, triggersOf) must agree with an independent reference walk on every rule
 * and question condition, and on random nestings.
 */
import fc from 'fast-check';
import { comparisonOps, holds, recordFacts, triggersOf, type Condition } from '@/domain/conditions';
import { questions, type Answers } from '@/domain/questions';
import { deriveFacts, derivedFacts, factNames, type DerivedFactDoc, type FactName } from '@/engine/facts';
import { ruleset } from '@/engine/ruleset';
import { answersArb } from '../support/arbitrary-answers';
import { evaluateCondition, type Facts } from '../support/reference-conditions';

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

/** What the reference walk says: whether it holds and, if so, each trigger's fact once. */
function expected(c: Condition, facts: Facts): { holds: boolean; facts: string[] } {
  const r = evaluateCondition(c, facts);
  return { holds: r.holds, facts: [...new Set(r.triggers.map((t) => t.fact))] };
}

function actual(c: Condition, record: Facts): { holds: boolean; facts: string[] } {
  const facts = recordFacts(record);
  const held = holds(c, facts);
  return { holds: held, facts: held ? triggersOf(c, facts) : [] };
}

/** Random conditions over a few facts, nesting all / any / not, to reach the cases no rule uses yet. */
const scalarArb = fc.oneof(fc.constantFrom('a', 'b', 'c', ''), fc.integer({ min: -2, max: 2 }), fc.boolean());
const comparisonArb: fc.Arbitrary<Condition> = fc.record({
  fact: fc.constantFrom('x', 'y', 'z', 'list', 'constructor'),
  op: fc.constantFrom(...comparisonOps),
  value: fc.oneof(scalarArb, fc.array(scalarArb, { maxLength: 3 })),
});
const conditionArb: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    comparisonArb,
    fc.array(tie('c'), { maxLength: 3 }).map((all) => ({ all })),
    fc.array(tie('c'), { maxLength: 3 }).map((any) => ({ any })),
    tie('c').map((not) => ({ not })),
  ),
})).c;
const smallFactsArb: fc.Arbitrary<Facts> = fc.record(
  {
    x: fc.oneof(scalarArb, fc.constant(null)),
    y: scalarArb,
    z: fc.integer({ min: -3, max: 3 }),
    list: fc.array(scalarArb, { maxLength: 3 }),
    constructor: scalarArb,
  },
  { requiredKeys: [] },
);

describe('conditions', { timeout: 60_000 }, () => {
  it("agree with evaluateCondition for every rule condition over the engine's facts (result and triggers)", () => {
    fc.assert(
      fc.property(answersArb, laterFactsArb, (answers, later) => {
        const bag = deriveFacts(answers);
        for (const [name, v] of Object.entries(later)) bag.set(name as FactName, v);
        // The same facts as a record, for the reference walk.
        const facts = Object.fromEntries(
          factNames.flatMap((n) => (bag.get(n) === undefined ? [] : [[n, bag.get(n)]])),
        );
        for (const c of conditions as Condition<FactName>[]) {
          const want = expected(c, facts);
          expect(holds(c, bag)).toBe(want.holds);
          if (want.holds) expect(triggersOf(c, bag)).toEqual(want.facts);
        }
      }),
      { numRuns: 300, seed: 99 },
    );
  });

  it('agree with evaluateCondition for every question condition, also over answers of hidden questions', () => {
    const conditional = questions.flatMap((q) => (q.showIf ? [q.showIf] : []));
    fc.assert(
      fc.property(answersArb, answersArb, (a, b) => {
        const answers: Answers = { ...a, ...b };
        for (const c of conditional) expect(actual(c, answers)).toEqual(expected(c, answers));
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('agree with evaluateCondition on arbitrary nestings of all, any and not', () => {
    fc.assert(
      fc.property(conditionArb, fc.array(smallFactsArb, { minLength: 1, maxLength: 6 }), (c, factSets) => {
        for (const facts of factSets) expect(actual(c, facts)).toEqual(expected(c, facts));
      }),
      { numRuns: 5_000, seed: 42 },
    );
  });

  it('read own properties only', () => {
    const c: Condition = { fact: 'constructor', op: 'answered' };
    expect(holds(c, recordFacts({}))).toBe(false);
    const own = recordFacts(JSON.parse('{"constructor":"x"}') as Facts);
    expect(holds(c, own)).toBe(true);
    expect(triggersOf(c, own)).toEqual(['constructor']);
  });

  it('treats an absent condition as always true, with no triggers', () => {
    expect(holds(undefined, new Map())).toBe(true);
    expect(triggersOf(undefined, new Map())).toEqual([]);
  });
});
