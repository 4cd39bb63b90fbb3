/** Properties over random valid answer sets (fast-check, generators from the question catalogue). */
import fc from 'fast-check';
import { ruleset } from '@/engine/ruleset';
import { layOutPhases } from '@/domain/phase-layout';
import { planSchema, type Plan } from '@/domain/plan';
import { questionById, quickQuestionIds, splitByApplicability, type Answers } from '@/domain/questions';
import type { Range } from '@/domain/range';
import { evaluate } from '@/engine';
import { moneyRange } from '@/engine/estimates';
import { formatWeeksRange } from '@/domain/format';
import { phases } from '@/engine/labels';
import type { PhaseId } from '@/engine/rules-schema';
import { answersArb, completeAnswersArb, partialAnswersArb } from '../support/arbitrary-answers';

const runs = { numRuns: 200, seed: 4242 };
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function ranges(plan: Plan): Range[] {
  return [
    plan.headline.timelineWeeks,
    plan.headline.buildCost,
    plan.headline.monthlyCost,
    plan.timeline.totalWeeks,
    plan.timeline.dataPrepShare,
    ...plan.timeline.phases.map((p) => p.weeks),
    plan.costs.build,
    plan.costs.monthly.hosting,
    plan.costs.monthly.inference,
    plan.costs.monthly.total,
    plan.costs.optimisedInference.monthly,
    plan.costs.optimisedInference.savingPercent,
  ];
}

const notWorse = (after: Range, before: Range) => after[0] >= before[0] && after[1] >= before[1];
/** Re-applies branching after a change, as the wizard would. */
const active = (a: Answers) => splitByApplicability(a).active;

const notSure = ruleset.assumptions.notSure.values;
const words = ruleset.assumptions.wordsByTask.values;
// The typical range "not sure" stands for, for one answer set.
const typical = (id: string, a: Answers): Range | undefined => {
  const task = words[a.taskCategory as string];
  if (id === 'teamSize') return notSure.teamSize;
  if (id === 'requestsPerUser') return notSure.requestsPerUser;
  if (id === 'dailyUsers')
    return notSure.dailyUsers[
      a.audience === 'customers' || a.audience === 'public' ? a.audience : 'internal'
    ];
  if (id === 'inputWords') return task?.input;
  if (id === 'outputWords') return task?.output;
  return undefined;
};

describe('evaluate() over random answers', { timeout: 60_000 }, () => {
  it('never throws and always returns a schema-valid plan, even for partial answers', () => {
    fc.assert(
      fc.property(partialAnswersArb, (answers) => {
        planSchema.parse(evaluate(answers));
      }),
      runs,
    );
  });

  it('lists exactly the unanswered required questions as missing, and nothing for complete answers', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const plan = evaluate(answers);
        for (const id of plan.missing) {
          expect(questionById.get(id)?.required).toBe(true);
          expect(answers[id]).toBeUndefined();
        }
      }),
      runs,
    );
    fc.assert(
      fc.property(completeAnswersArb, (answers) => {
        expect(evaluate(answers).missing).toEqual([]);
      }),
      runs,
    );
  });

  it('every range has 0 ≤ min ≤ max', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const [a, b] of ranges(evaluate(answers))) {
          expect(a).toBeGreaterThanOrEqual(0);
          expect(a).toBeLessThanOrEqual(b);
        }
      }),
      runs,
    );
  });

  it('the total timeline is where the last phase ends, a parallel phase overlapping the one before it', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const plan = evaluate(answers);
        for (const p of plan.timeline.phases)
          expect(p.parallel === true).toBe(phases[p.id as PhaseId].parallel);
        let sum: Range = [0, 0];
        let stretch: Range = [0, 0];
        for (const p of plan.timeline.phases) {
          if (p.parallel) stretch = [Math.max(stretch[0], p.weeks[0]), Math.max(stretch[1], p.weeks[1])];
          else [sum, stretch] = [[sum[0] + stretch[0], sum[1] + stretch[1]], p.weeks];
        }
        expect(plan.timeline.totalWeeks).toEqual([sum[0] + stretch[0], sum[1] + stretch[1]]);
        expect(layOutPhases(plan.timeline.phases).span).toEqual(plan.timeline.totalWeeks);
        expect(plan.headline.timelineWeeks).toEqual(plan.timeline.totalWeeks);
        const m = plan.costs.monthly;
        expect(m.total).toEqual([m.hosting[0] + m.inference[0], m.hosting[1] + m.inference[1]]);
      }),
      runs,
    );
  });

  it('is deterministic: the same answers and today give the same plan', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(evaluate(answers, { today: '2027-01-01' })).toEqual(
          evaluate(answers, { today: '2027-01-01' }),
        );
      }),
      { numRuns: 50, seed: 7 },
    );
  });

  it('leaves an earlier plan untouched while evaluating others', () => {
    fc.assert(
      fc.property(answersArb, fc.array(answersArb, { minLength: 1, maxLength: 5 }), (first, others) => {
        const plan = evaluate(first);
        const before = JSON.stringify(plan);
        for (const answers of others) evaluate(answers);
        expect(JSON.stringify(plan)).toBe(before);
        expect(plan).toEqual(evaluate(first));
      }),
      { numRuns: 50, seed: 11 },
    );
  });

  // "Worse data readiness": the data-quality and document-state answers, each moved one step worse. Whether the
  // documents exist at all (knowledgeDocs) also decides the approach, so it is not a readiness step here.
  const worse: Record<string, string[]> = {
    dataQuality: ['high', 'medium', 'unknown', 'low'],
    docsStructured: ['yes', 'partly', 'no'],
    docsDeduplicated: ['yes', 'partly', 'no'],
    docsAccessControlled: ['yes', 'partly', 'no'],
  };

  it('worse data readiness never shortens the timeline or lowers the build cost', () => {
    const field = fc.constantFrom(...Object.keys(worse));
    fc.assert(
      fc.property(completeAnswersArb, field, (answers, id) => {
        const scale = worse[id]!;
        const i = scale.indexOf(answers[id] as string);
        if (i < 0 || i === scale.length - 1) return;
        const before = evaluate(answers);
        const after = evaluate(active({ ...answers, [id]: scale[i + 1]! }));
        expect(notWorse(after.timeline.totalWeeks, before.timeline.totalWeeks)).toBe(true);
        expect(notWorse(after.costs.build, before.costs.build)).toBe(true);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('adding a regulated sector or EU users never removes an obligation', () => {
    fc.assert(
      fc.property(answersArb, fc.boolean(), (answers, regulated) => {
        const changed: Answers = regulated
          ? { ...answers, regulatedSector: 'yes' }
          : {
              ...answers,
              regions: [...new Set([...((answers.regions as string[] | undefined) ?? []), 'eu'])],
            };
        const before = new Set(evaluate(answers).obligations.map((o) => o.id));
        const after = new Set(evaluate(active(changed)).obligations.map((o) => o.id));
        for (const id of before) expect(after.has(id)).toBe(true);
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  /** Which obligations belong to a region: its own jurisdictions. */
  const regionJurisdictions: Record<string, readonly string[]> = {
    eu: ['EU'],
    uk: ['UK'],
    us: ['US', 'US-state', 'US-local'],
  };
  const regionsOf = (a: Answers) => (Array.isArray(a.regions) ? (a.regions as string[]) : []);

  it('removing a region never adds that region’s obligations (and leaves none of them)', () => {
    fc.assert(
      fc.property(
        answersArb.filter((a) => regionsOf(a).some((r) => r in regionJurisdictions)),
        fc.nat(),
        (answers, pick) => {
          const present = regionsOf(answers).filter((r) => r in regionJurisdictions);
          const region = present[pick % present.length]!;
          const of = (a: Answers) =>
            new Set(
              evaluate(a)
                .obligations.filter((o) => regionJurisdictions[region]!.includes(o.regime.jurisdiction))
                .map((o) => o.id),
            );
          const before = of(answers);
          const after = of(active({ ...answers, regions: regionsOf(answers).filter((r) => r !== region) }));
          for (const id of after) expect(before.has(id)).toBe(true);
          expect([...after]).toEqual([]);
        },
      ),
      { numRuns: 300, seed: 21 },
    );
  });

  it('adding a high-risk use never removes an obligation', () => {
    const uses = questionById.get('highStakes')!;
    const values = uses.kind === 'multi' ? uses.options.map((o) => o.value).filter((v) => v !== 'none') : [];
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...values), (answers, use) => {
        const given = Array.isArray(answers.highStakes) ? (answers.highStakes as string[]) : [];
        const changed = { ...answers, highStakes: [...new Set([...given.filter((v) => v !== 'none'), use])] };
        // Each obligation with each rule that raised it: a use may not take away a reason either.
        const raised = (a: Answers) =>
          evaluate(a).obligations.flatMap((o) => o.because.map((b) => `${o.id} ← ${b.ruleId}`));
        const after = new Set(raised(active(changed)));
        for (const pair of raised(answers)) expect(after.has(pair), pair).toBe(true);
      }),
      { numRuns: 300, seed: 22 },
    );
  });

  it('raises an obligation only where its jurisdiction is among the regions', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const regions = regionsOf(answers);
        for (const o of evaluate(answers).obligations) {
          if (o.regime.jurisdiction === 'international') continue;
          const region = Object.keys(regionJurisdictions).find((r) =>
            regionJurisdictions[r]!.includes(o.regime.jurisdiction),
          )!;
          expect(regions, o.id).toContain(region);
        }
      }),
      { numRuns: 300, seed: 23 },
    );
  });

  it('more users never lower the monthly run cost', () => {
    fc.assert(
      fc.property(completeAnswersArb, fc.integer({ min: 1, max: 100_000 }), (answers, extra) => {
        fc.pre(typeof answers.dailyUsers === 'number');
        const users = Math.min(10_000_000, (answers.dailyUsers as number) + extra);
        const before = evaluate(answers);
        const after = evaluate({ ...answers, dailyUsers: users });
        expect(notWorse(after.costs.monthly.total, before.costs.monthly.total)).toBe(true);
        expect(notWorse(after.costs.monthly.inference, before.costs.monthly.inference)).toBe(true);
      }),
      { numRuns: 300, seed: 13 },
    );
  });

  it('"not sure" never narrows a range: it covers every answer in its typical range', () => {
    const covers = (outer: Range, inner: Range) => outer[0] <= inner[0] + 1e-9 && outer[1] >= inner[1] - 1e-9;
    fc.assert(
      fc.property(
        completeAnswersArb,
        fc.constantFrom('teamSize', 'dailyUsers', 'requestsPerUser', 'inputWords', 'outputWords'),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (answers, id, at) => {
          const range = typical(id, answers);
          fc.pre(range !== undefined && answers[id] !== undefined);
          const value = Math.round(range![0] + at * (range![1] - range![0]));
          const known = evaluate({ ...answers, [id]: value });
          const unsure = evaluate({ ...answers, [id]: 'unsure' });
          expect(covers(unsure.timeline.totalWeeks, known.timeline.totalWeeks)).toBe(true);
          expect(covers(unsure.timeline.effort, known.timeline.effort)).toBe(true);
          expect(covers(unsure.costs.build, known.costs.build)).toBe(true);
          expect(covers(unsure.costs.monthly.total, known.costs.monthly.total)).toBe(true);
        },
      ),
      { numRuns: 300, seed: 29 },
    );
  });

  it('says in the next step what a "not sure" figure would change, as a full evaluation at each end gives it', () => {
    const figureOf = (plan: Plan, id: string) => {
      const $ = plan.costs.currencySymbol;
      if (id === 'teamSize') return formatWeeksRange(plan.timeline.totalWeeks);
      return `${moneyRange(plan.costs.monthly.total, $)} a month`;
    };
    fc.assert(
      fc.property(
        completeAnswersArb,
        fc.constantFrom('teamSize', 'dailyUsers', 'requestsPerUser', 'inputWords', 'outputWords'),
        (answers, id) => {
          const range = typical(id, answers);
          fc.pre(range !== undefined && answers[id] !== undefined);
          const unsure = evaluate({ ...answers, [id]: 'unsure' });
          const [low, high] = range!.map((n) => figureOf(evaluate({ ...answers, [id]: n }), id));
          const step = unsure.nextSteps.find((s) => s.because.some((b) => b.ruleId === `unknowns.${id}`));
          if (low === high) expect(step).toBeUndefined();
          else expect(step?.text).toMatch(new RegExp(` ${escape(low!)}; with .*, ${escape(high!)}\\.$`));
        },
      ),
      { numRuns: 200, seed: 31 },
    );
  });

  it('accepts an empty answer set and names the decisive questions as missing, assuming the rest', () => {
    const plan = evaluate({});
    expect(plan.missing).toEqual([...quickQuestionIds]);
    expect(plan.assumptions.map((a) => a.id)).toContain('assumed.preferredApproach');
    expect(plan.costs.monthly.inference).toEqual([0, 0]);
  });
});
