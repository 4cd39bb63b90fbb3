/**
 * The what-if analysis is checked against the engine itself: every decisive answer it reports, put into the
 * answers, gives the plan it says (through the public `evaluate`, not the analysis' own cache), and the sensitivity
 * ranking is what re-evaluating every variation independently gives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { decisiveSchema, type Plan } from '@/domain/plan';
import { answerSchema } from '@/domain/answers';
import { questionById, splitByApplicability, UNSURE, type Answers } from '@/domain/questions';
import { evaluate } from '@/engine';
import {
  analyseDecisive,
  analyseWhatIf,
  finish,
  metrics,
  whatIfWork,
  type Changes,
  type Metric,
} from '@/engine/what-if';
import { applyChanges } from '@/engine/what-if/probe';
import { completeAnswers } from '../support/answers';
import { answersArb } from '../support/arbitrary-answers';

const TODAY = '2026-11-23';
const examples = readdirSync('examples').map((f) => ({
  name: f,
  answers: JSON.parse(readFileSync(`examples/${f}`, 'utf8')).answers as Answers,
}));

const blockersOf = (p: Plan) => p.warnings.filter((w) => w.level === 'blocker').map((w) => w.id);
const middle = ([a, b]: [number, number]) => (a + b) / 2;
const figure = (p: Plan, m: Metric) =>
  middle(m === 'build' ? p.costs.build : m === 'monthly' ? p.costs.monthly.total : p.timeline.totalWeeks);

/** The answers file a user would write: the active answers with one answer replaced. */
const withAnswer = (answers: Answers, id: string, value: unknown): Answers => ({
  ...splitByApplicability(answers).active,
  [id]: value as Answers[string],
});

function checkDecisive(answers: Answers): void {
  const base = evaluate(answers, { today: TODAY });
  const decisive = analyseDecisive(answers, { today: TODAY });
  for (const d of decisive) {
    decisiveSchema.parse(d);
    // A value the answers schema accepts: it can really be put into an answers file.
    expect(answerSchema(questionById.get(d.questionId)!).safeParse(d.value).success).toBe(true);
    const after = evaluate(withAnswer(answers, d.questionId, d.value), { today: TODAY });
    const what = `${d.questionId} = ${JSON.stringify(d.value)}`;
    expect(after.approach.recommended, what).toBe(d.becomes.approach ?? base.approach.recommended);
    expect(after.model.hosting, what).toBe(d.becomes.hosting ?? base.model.hosting);
    const was = blockersOf(base);
    const now = blockersOf(after);
    expect(was.filter((b) => !now.includes(b)).sort(), what).toEqual([...(d.becomes.clears ?? [])].sort());
    expect(now.filter((b) => !was.includes(b)).sort(), what).toEqual([...(d.becomes.raises ?? [])].sort());
    // Something it reports really changed.
    expect(Boolean(d.becomes.approach || d.becomes.hosting || d.becomes.clears?.length), what).toBe(true);
    // A threshold holds at its far end too.
    if (d.until !== undefined) {
      const far = evaluate(withAnswer(answers, d.questionId, d.until), { today: TODAY });
      expect(far.approach.recommended, `${what} until ${d.until}`).toBe(after.approach.recommended);
      expect(far.model.hosting).toBe(after.model.hosting);
      expect(blockersOf(far).sort()).toEqual(now.sort());
    }
  }
}

function checkSensitivity(answers: Answers): void {
  const analysis = analyseWhatIf(answers, { today: TODAY });
  for (const m of metrics) {
    const rows = analysis.sensitivity.rows[m];
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.swing).toBeGreaterThanOrEqual(rows[i]!.swing);
    for (const r of rows) {
      // Recomputed from scratch with the public evaluate: the lowest and highest points are what it says.
      const at = (changes: Changes) =>
        figure(evaluate(applyChanges(splitByApplicability(answers).active, changes), { today: TODAY }), m);
      expect(at(r.low.changes)).toBeCloseTo(r.low.value, 6);
      expect(at(r.high.changes)).toBeCloseTo(r.high.value, 6);
      expect(r.swing).toBeCloseTo(r.high.value - r.low.value, 6);
      expect(r.swing).toBeGreaterThan(0);
    }
  }
}

describe('decisive answers', () => {
  it.each(examples)('every flip reported for $name really flips the plan', ({ answers }) => {
    checkDecisive(answers);
  });

  it('holds for random answer sets', { timeout: 240_000 }, () => {
    fc.assert(
      fc.property(answersArb, (answers) => checkDecisive(answers)),
      { numRuns: 25, seed: 1515 },
    );
  });

  it('finds the labelled-examples threshold where fine-tuning becomes possible', () => {
    const answers: Answers = {
      ...completeAnswers,
      needsConsistentStyle: 'yes',
      needsFreshFacts: 'no',
      knowledgeDocs: 'no',
      labelledExamples: 200,
      taskCategory: 'content-creation',
    };
    const base = evaluate(answers, { today: TODAY });
    expect(base.approach.recommended).toBe('prompt');
    const flips = analyseDecisive(answers, { today: TODAY }).filter(
      (d) => d.questionId === 'labelledExamples',
    );
    expect(flips).toContainEqual(
      expect.objectContaining({
        value: 1000,
        bound: 'at-least',
        becomes: expect.objectContaining({ approach: 'fine-tune' }),
      }),
    );
  });

  it('treats "not sure" as an alternative of a number', () => {
    const answers: Answers = {
      ...completeAnswers,
      needsConsistentStyle: 'yes',
      needsFreshFacts: 'no',
      knowledgeDocs: 'no',
      labelledExamples: 5000,
      taskCategory: 'content-creation',
    };
    const flips = analyseDecisive(answers, { today: TODAY }).filter(
      (d) => d.questionId === 'labelledExamples',
    );
    expect(flips).toContainEqual(expect.objectContaining({ value: UNSURE }));
    expect(flips).toContainEqual(expect.objectContaining({ value: 999, bound: 'at-most' }));
  });

  it('finds the budget that clears a budget blocker, and the launch date that clears a launch blocker', () => {
    const answers: Answers = { ...completeAnswers, budgetCeiling: 1000, targetLaunch: '2026-12-01' };
    const base = evaluate(answers, { today: TODAY });
    expect(blockersOf(base)).toEqual(expect.arrayContaining(['budget-below-build', 'launch-too-early']));
    const flips = analyseDecisive(answers, { today: TODAY });
    const budget = flips.find((d) => d.questionId === 'budgetCeiling' && d.bound === 'at-least');
    expect(budget?.becomes.clears).toContain('budget-below-build');
    expect(budget!.value as number).toBeGreaterThanOrEqual(base.costs.build[0]);
    const launch = flips.find((d) => d.questionId === 'targetLaunch' && d.bound === 'at-least');
    expect(launch?.becomes.clears).toContain('launch-too-early');
    expect(typeof launch?.value).toBe('string');
  });

  it('gives the same result paused between evaluations as run at once', () => {
    const work = whatIfWork(completeAnswers, { today: TODAY });
    let pauses = 0;
    let r = work.next();
    while (!r.done) {
      pauses++;
      r = work.next();
    }
    expect(pauses).toBeGreaterThan(50);
    expect(r.value.decisive).toEqual(finish(whatIfWork(completeAnswers, { today: TODAY })).decisive);
  });
});

describe('sensitivity', () => {
  it.each(examples)('ranks what moves $name by recomputation', ({ answers }) => {
    checkSensitivity(answers);
  });

  it('holds for random answer sets', { timeout: 240_000 }, () => {
    fc.assert(
      fc.property(answersArb, (answers) => checkSensitivity(answers)),
      { numRuns: 15, seed: 1516 },
    );
  });

  it('puts the engineer-week rate among the top movers of the build cost, at half and half again', () => {
    // Answers that change the approach or add compliance gates (the kind of task, the industry, sensitive data)
    // may move it more; the rate moves every figure of the build in proportion.
    const rows = analyseWhatIf(completeAnswers, { today: TODAY }).sensitivity.rows.build;
    expect(rows.slice(0, 4).map((r) => r.id)).toContain('ratePerEngineerWeek');
    const rate = rows.find((r) => r.id === 'ratePerEngineerWeek')!;
    const base = evaluate(completeAnswers, { today: TODAY }).costs.build;
    expect(rate.low.range[1]).toBeCloseTo(base[1] / 2, -3);
  });
});
