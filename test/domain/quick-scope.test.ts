/** The quick scope as data: the decisive questions, the pages, the defaults for everything else, the briefs. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsOf, type Condition } from '@/domain/conditions';
import { answerSchema, parseAnswersFile } from '@/domain/answers';
import { planSchema } from '@/domain/plan';
import {
  assumedAnswers,
  assumeUnanswered,
  briefOf,
  isQuick,
  missingAnswers,
  pageOf,
  pages,
  pagesOf,
  pathEffort,
  questionById,
  questions,
  quickQuestionIds,
  stepIds,
  type Answers,
  type QuestionId,
} from '@/domain/questions';
import { evaluate } from '@/engine';
import { seedLines, seedsDir, seedsMissing } from '../support/seeds';

const asked = questions.filter((q) => q.step !== 'figures' && !q.retired);
const examples = readdirSync('examples').map((f) => {
  const parsed = parseAnswersFile(readFileSync(`examples/${f}`, 'utf8'));
  if (!parsed.ok) throw new Error(f);
  return { file: f, answers: parsed.value.answers };
});
const quickOnly = (a: Answers): Answers =>
  Object.fromEntries(Object.entries(a).filter(([id]) => isQuick(id))) as Answers;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('the quick scope', () => {
  it('asks at most 15 questions, each required, asked in the questionnaire and not retired', () => {
    expect(quickQuestionIds.length).toBeLessThanOrEqual(15);
    for (const id of quickQuestionIds) {
      const q = questionById.get(id)!;
      expect(q.required, id).toBe(true);
      expect(q.step, id).not.toBe('figures');
      expect(q.retired, id).toBeUndefined();
      // Asked whatever the other answers: a decisive question never hides behind a branch.
      expect(q.showIf, id).toBeUndefined();
    }
  });

  it('has a stated default for every other question, and none for the decisive ones', () => {
    for (const q of asked)
      expect(assumedAnswers[q.id as QuestionId] !== undefined, q.id).toBe(!isQuick(q.id));
    for (const id of Object.keys(assumedAnswers)) expect(questionById.get(id)?.step, id).not.toBe('figures');
  });

  it('assumes only answers the answers schema accepts, following answers and options that exist', () => {
    for (const [id, a] of Object.entries(assumedAnswers)) {
      const q = questionById.get(id)!;
      for (const v of [a.value, ...(a.cases ?? []).map((c) => c.value)])
        if (v !== undefined)
          expect(answerSchema(q).safeParse(v).success, `${id}: ${JSON.stringify(v)}`).toBe(true);
      for (const c of a.cases ?? [])
        for (const f of factsOf(c.when as Condition)) {
          const target = questionById.get(f.fact);
          expect(target, `${id} reads ${f.fact}`).toBeDefined();
          if (target && (target.kind === 'single' || target.kind === 'multi'))
            for (const v of [f.value].flat())
              expect(
                target.options.map((o) => o.value),
                id,
              ).toContain(v);
        }
      expect(a.why.length, id).toBeGreaterThan(20);
    }
  });

  it('makes a complete plan from the decisive answers of every example: nothing missing, every default listed', () => {
    for (const { file, answers } of examples) {
      const plan = planSchema.parse(evaluate(quickOnly(answers)));
      expect(plan.missing, file).toEqual([]);
      const { assumed, answers: filled } = assumeUnanswered(quickOnly(answers));
      expect(
        missingAnswers(filled).every((q) => assumedAnswers[q.id as QuestionId]),
        file,
      ).toBe(true);
      const listed = plan.assumptions.filter((a) => a.id.startsWith('assumed.')).map((a) => a.id.slice(8));
      expect(listed, file).toEqual(assumed);
      expect(assumed.length, file).toBeGreaterThan(20);
      // In the user's words: the label of the question and of the option assumed.
      const quality = plan.assumptions.find((a) => a.id === 'assumed.dataQuality')!;
      expect(quality.text).toContain('“Overall, how clean is the data the project depends on?”');
      expect(quality.text).toContain('“We have not looked yet”');
    }
  });

  it('changes nothing for an answer set that is complete', () => {
    for (const { file, answers } of examples) {
      const plan = evaluate(answers);
      expect(
        plan.assumptions.some((a) => a.id.startsWith('assumed')),
        file,
      ).toBe(false);
      expect(JSON.stringify(plan), file).not.toContain('(assumed)');
    }
  });

  it('keeps the plan honest: unexamined data widens the estimate instead of assuming it clean', () => {
    for (const { file, answers } of examples) {
      const assumed = evaluate(quickOnly(answers));
      const clean = evaluate({ ...quickOnly(answers), dataQuality: 'high' });
      expect(assumed.timeline.totalWeeks[1], file).toBeGreaterThanOrEqual(clean.timeline.totalWeeks[1]);
      expect(assumed.costs.build[1], file).toBeGreaterThanOrEqual(clean.costs.build[1]);
    }
  });

  it('says which "Why?" rests on an assumed answer', () => {
    const plan = evaluate(quickOnly(examples[0]!.answers));
    const triggers = JSON.stringify(plan).match(/"value":"[^"]*\(assumed\)"/g) ?? [];
    expect(triggers.length).toBeGreaterThan(0);
  });

  it('follows the answers given where a default depends on them', () => {
    const agentic = assumeUnanswered({ taskCategory: 'agentic-workflow' }).answers;
    expect(agentic.autonomy).toBe('agent');
    // The agent's questions then apply, and are assumed in turn.
    expect(agentic.agentActions).toEqual(['read', 'write']);
    expect(assumeUnanswered({ highStakes: ['financial'] }).answers.reviewProcess).toBe('all');
    expect(assumeUnanswered({ highStakes: ['none'] }).answers.reviewProcess).toBe('sample');
    expect(assumeUnanswered({ audience: 'internal' }).answers.outputUse).toBe('internal');
    expect(assumeUnanswered({ industry: 'insurance' }).answers.regulatedSector).toBe('yes');
    // An answer given is never replaced.
    expect(assumeUnanswered({ dataQuality: 'high' }).answers.dataQuality).toBe('high');
  });
});

describe('pages', () => {
  it('hold at most eight questions, every one counted, closed disclosures included', () => {
    for (const p of pages) expect(p.questions.length, p.id).toBeLessThanOrEqual(8);
  });

  it('ask every question of the detailed path exactly once, in catalogue order, in its own step', () => {
    const detailed = pagesOf('detailed');
    const ids = detailed.flatMap((p) => p.questions);
    expect(ids).toEqual(asked.map((q) => q.id));
    for (const p of detailed)
      for (const id of p.questions) expect(questionById.get(id)!.step, id).toBe(p.step);
    // A draft saved before pages resumes at its step: the first page of every step carries its name.
    for (const step of stepIds) expect(detailed.find((p) => p.step === step)!.id).toBe(step);
  });

  it('ask exactly the decisive questions on the quick path', () => {
    expect(pagesOf('quick').flatMap((p) => p.questions)).toEqual([...quickQuestionIds]);
    for (const id of quickQuestionIds) expect(pageOf(id, 'quick')).toBeDefined();
  });

  it('tuck away only optional questions behind "refine"', () => {
    for (const p of pages)
      for (const id of p.refine?.questions ?? []) {
        expect(p.questions, p.id).toContain(id);
        expect(questionById.get(id)!.required, id).toBe(false);
      }
  });
});

describe('help', () => {
  it('shows one short sentence per question, the rest behind "More"', () => {
    for (const q of asked) {
      const brief = briefOf(q);
      expect(words(brief), `${q.id}: ${brief}`).toBeLessThanOrEqual(15);
      expect(brief, q.id).toMatch(/[.!?]$/);
      expect(brief.replace(/\.$/, ''), q.id).not.toMatch(/[.!?]\s/);
    }
  });

  it.skipIf(seedsMissing())('is written in the product’s own words, like the rules', () => {
    const norm = (s: string) =>
      s
        .toLowerCase()
        .replace(/[’']/g, '')
        .split(/[^a-z0-9%$.]+/)
        .map((w) => w.replace(/\.$/, ''))
        .filter(Boolean);
    const runs = (s: string) => {
      const w = norm(s);
      return w.slice(0, Math.max(0, w.length - 6)).map((_, i) => w.slice(i, i + 7).join(' '));
    };
    const seedRuns = new Set<string>();
    for (const f of readdirSync(seedsDir).filter((x) => x.endsWith('.txt')))
      for (const line of seedLines(f)) for (const r of runs(line)) seedRuns.add(r);
    const texts = [...asked.map(briefOf), ...Object.values(assumedAnswers).map((a) => a.why)];
    expect(texts.flatMap((t) => runs(t!).filter((r) => seedRuns.has(r)))).toEqual([]);
  });
});

describe('how long each path takes', () => {
  it('is what the intro promises, for every example', async () => {
    const { pathLengths } = await import('@/app/path-lengths');
    for (const { file, answers } of examples) {
      const quick = pathEffort('quick', answers);
      expect(quick.questions, file).toBe(pathLengths.quick.questions);
      expect(Math.round(quick.minutes), file).toBe(pathLengths.quick.minutes);
      const detailed = pathEffort('detailed', answers);
      expect(detailed.questions, file).toBeGreaterThanOrEqual(pathLengths.detailed.questions[0]);
      expect(detailed.questions, file).toBeLessThanOrEqual(pathLengths.detailed.questions[1]);
      expect(Math.round(detailed.minutes / 5) * 5, file).toBe(pathLengths.detailed.minutes);
    }
  });
});
