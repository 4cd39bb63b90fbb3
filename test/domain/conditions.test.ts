/** The domain's compiled condition evaluator must agree with a plain tree walk on every rule and question. */
import fc from 'fast-check';
import { comparisonOps, compileCondition, recordFacts, type Condition } from '@/domain/conditions';
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

function compiledResult(c: Condition, facts: Facts): { holds: boolean; facts: string[] } {
  const compiled = compileCondition(c);
  const values = recordFacts(facts);
  const holds = compiled.holds(values);
  return { holds, facts: holds ? [...compiled.triggers(values)] : [] };
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

describe('compiled conditions', { timeout: 60_000 }, () => {
  it("agree with evaluateCondition for every rule condition over the engine's facts (result and triggers)", () => {
    const compiled = conditions.map((c) => ({ c, compiled: compileCondition(c) }));
    fc.assert(
      fc.property(answersArb, laterFactsArb, (answers, later) => {
        const bag = deriveFacts(answers);
        for (const [name, v] of Object.entries(later)) bag.set(name as FactName, v);
        // The same facts as a record, for the reference walk.
        const facts = Object.fromEntries(
          factNames.flatMap((n) => (bag.get(n) === undefined ? [] : [[n, bag.get(n)]])),
        );
        for (const { c, compiled: cc } of compiled) {
          const want = expected(c, facts);
          expect(cc.holds(bag)).toBe(want.holds);
          if (want.holds) expect([...cc.triggers(bag)]).toEqual(want.facts);
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
        for (const c of conditional) expect(compiledResult(c, answers)).toEqual(expected(c, answers));
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('agree with evaluateCondition on arbitrary nestings of all, any and not', () => {
    fc.assert(
      // Several fact sets per condition: one compiled condition must answer for each of them.
      fc.property(conditionArb, fc.array(smallFactsArb, { minLength: 1, maxLength: 6 }), (c, factSets) => {
        for (const facts of factSets) expect(compiledResult(c, facts)).toEqual(expected(c, facts));
      }),
      { numRuns: 5_000, seed: 42 },
    );
  });

  it('read own properties only, like the domain evaluator', () => {
    const c = compileCondition({ fact: 'constructor', op: 'answered' });
    expect(c.holds(recordFacts({}))).toBe(false);
    const own = recordFacts(JSON.parse('{"constructor":"x"}') as Facts);
    expect(c.holds(own)).toBe(true);
    expect(c.triggers(own)).toEqual(['constructor']);
  });

  it('treats an absent condition as always true, with no triggers', () => {
    expect(compileCondition(undefined).holds(new Map())).toBe(true);
    expect(compileCondition(undefined).triggers(new Map())).toEqual([]);
  });
});
