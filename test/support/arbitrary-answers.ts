/**
 * fast-check generators of valid answer sets, derived from the question catalogue so they follow it as it
 * grows. Generated answers only contain questions that apply (branching is respected), and every value passes
 * the answers schema.
 */
import fc from 'fast-check';
import {
  questions,
  splitByApplicability,
  UNSURE,
  type AnswerValue,
  type Answers,
  type Question,
} from '@/domain/questions';

const toIsoDate = (d: Date) => d.toISOString().slice(0, 10);

/** Realistic magnitudes most of the time, the full allowed range sometimes. */
function numberArb(min: number, max: number, integer: boolean): fc.Arbitrary<number> {
  const full = integer
    ? fc.integer({ min, max })
    : fc
        .double({ min, max, noNaN: true, noDefaultInfinity: true })
        .map((x) => Math.min(max, Math.max(min, Math.round(x * 10) / 10)));
  const smallMax = Math.min(max, Math.max(min, min + 1000));
  const small = integer ? fc.integer({ min, max: smallMax }) : full;
  return fc.oneof({ arbitrary: small, weight: 3 }, { arbitrary: full, weight: 1 });
}

/** "Not sure" now and then, where a question allows it. */
const maybeUnsure = (q: Question, arb: fc.Arbitrary<AnswerValue>): fc.Arbitrary<AnswerValue> =>
  (q.kind === 'number' || q.kind === 'date') && q.unsure
    ? fc.oneof({ arbitrary: arb, weight: 5 }, { arbitrary: fc.constant(UNSURE), weight: 1 })
    : arb;

export function answerArb(q: Question): fc.Arbitrary<AnswerValue> {
  return maybeUnsure(q, valueArb(q));
}

function valueArb(q: Question): fc.Arbitrary<AnswerValue> {
  switch (q.kind) {
    case 'single':
      return fc.constantFrom(...q.options.map((o) => o.value));
    case 'multi': {
      const values = q.options.map((o) => o.value).filter((v) => v !== q.exclusive);
      const some = fc.subarray(values, { minLength: 1 });
      return q.exclusive ? fc.oneof(fc.constant<string[]>([q.exclusive]), some) : some;
    }
    case 'number':
      return numberArb(q.min, q.max, q.integer);
    case 'text':
      return fc.string({ maxLength: 40 }).map((s) => `Text ${s}`.slice(0, q.maxLength));
    case 'date':
      return fc
        .date({
          min: new Date('2025-01-01T00:00:00Z'),
          max: new Date('2031-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map(toIsoDate);
  }
}

function build(record: Record<string, AnswerValue | undefined>): Answers {
  const answers: Answers = {};
  for (const [k, v] of Object.entries(record)) if (v !== undefined) answers[k] = v;
  return splitByApplicability(answers).active;
}

/** Every applicable question answered. */
export const completeAnswersArb: fc.Arbitrary<Answers> = fc
  .record(Object.fromEntries(questions.map((q) => [q.id, answerArb(q)])))
  .map(build);

/** Any subset answered, as during the live preview (including nothing at all). */
export const partialAnswersArb: fc.Arbitrary<Answers> = fc
  .record(
    Object.fromEntries(questions.map((q) => [q.id, fc.option(answerArb(q), { nil: undefined, freq: 2 })])),
  )
  .map(build);

/** Mostly complete, sometimes partial: the mix the property tests and the benchmark use. */
export const answersArb: fc.Arbitrary<Answers> = fc.oneof(
  { arbitrary: completeAnswersArb, weight: 3 },
  { arbitrary: partialAnswersArb, weight: 1 },
);
