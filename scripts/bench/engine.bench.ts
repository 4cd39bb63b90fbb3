/** Engine timings: the live preview re-evaluates on every keystroke, so one evaluation should take ≤ 0.5 ms. */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { parseAnswersFile } from '@/domain/answers';
import type { Answers } from '@/domain/questions';
import { evaluate } from '@/engine';
import { loadRuleset, rawRuleset } from '@/engine/ruleset';
import { answersArb } from '../../test/support/arbitrary-answers';
import type { BenchTask } from './types';

const RANDOM_SETS = 10_000;

const examples = (): Answers[] =>
  readdirSync('examples')
    .filter((f) => f.endsWith('.json'))
    .map((f) => parseAnswersFile(readFileSync(`examples/${f}`, 'utf8')))
    .flatMap((r) => (r.ok ? [r.value.answers] : []));

/** A fixed CPU-bound loop, so figures from different machines (or loads) can be put side by side. */
function referenceLoop(): number {
  let s = 0;
  for (let i = 0; i < 10_000_000; i++) s += i & 7;
  return s;
}

export const tasks: BenchTask[] = [
  {
    kind: 'timed',
    section: 'engine',
    name: 'machine reference: 10 million integer additions',
    iterations: 20,
    warmup: 3,
    run: referenceLoop,
  },
  {
    kind: 'timed',
    section: 'engine',
    // What re-runs as the user answers: the live preview's evaluation (no "not sure" next steps, no marks in the
    // "Why?" it does not show). The budget is for this.
    name: `evaluate() for the live preview, ${RANDOM_SETS.toLocaleString('en-US')} random answer sets`,
    iterations: RANDOM_SETS,
    warmup: 1_000,
    prepare: () => fc.sample(answersArb, { numRuns: RANDOM_SETS, seed: 20261123 }),
    run: (i, sets) => evaluate((sets as Answers[])[i % RANDOM_SETS]!, { preview: true }),
    targetMedianMs: 0.5,
  },
  {
    kind: 'timed',
    section: 'engine',
    name: `evaluate(), the whole plan, ${RANDOM_SETS.toLocaleString('en-US')} random answer sets`,
    iterations: RANDOM_SETS,
    warmup: 1_000,
    prepare: () => fc.sample(answersArb, { numRuns: RANDOM_SETS, seed: 20261123 }),
    run: (i, sets) => evaluate((sets as Answers[])[i % RANDOM_SETS]!),
  },
  {
    kind: 'timed',
    section: 'engine',
    name: 'evaluate(), the example answer files',
    iterations: 2_000,
    warmup: 200,
    prepare: examples,
    run: (i, sets) => evaluate((sets as Answers[])[i % (sets as Answers[]).length]!),
    targetMedianMs: 0.5,
  },
  {
    kind: 'timed',
    section: 'engine',
    name: 'evaluate(), empty answers (first screen)',
    iterations: 2_000,
    warmup: 200,
    run: () => evaluate({}),
  },
  {
    kind: 'timed',
    section: 'engine',
    name: 'validate the knowledge base (done once at load)',
    iterations: 50,
    warmup: 5,
    run: () => loadRuleset(rawRuleset),
  },
];
