/**
 * Random answer sets built from the catalogue itself, so a question added tomorrow is covered without touching
 * this file. Values are valid for their question; which questions are answered is random, and the encoder drops
 * the ones whose condition does not hold (as it must).
 */
import fc from 'fast-check';
import { questions, type Answers, type AnswerValue, type Question } from '@/domain/questions';

const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Any UTF-16 code unit, lone surrogates included, next to ordinary and astral text. */
const anyText = (maxLength: number): fc.Arbitrary<string> =>
  fc
    .oneof(
      fc.string({ minLength: 1, maxLength }),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: Math.floor(maxLength / 2) }),
      fc.string({ unit: 'binary', minLength: 1, maxLength: Math.floor(maxLength / 2) }),
      fc.string({
        unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
        minLength: 1,
        maxLength,
      }),
    )
    .map((s) => s.slice(0, maxLength));

export function arbitraryValue(q: Question): fc.Arbitrary<AnswerValue> {
  switch (q.kind) {
    case 'single':
      return fc.constantFrom(...q.options.map((o) => o.value));
    case 'multi': {
      const values = q.options.map((o) => o.value);
      return fc
        .subarray(values, { minLength: 1 })
        .chain((picked) =>
          fc.shuffledSubarray(picked, { minLength: picked.length, maxLength: picked.length }),
        )
        .map((picked) =>
          q.exclusive && picked.includes(q.exclusive) && picked.length > 1
            ? picked.filter((v) => v !== q.exclusive)
            : picked,
        );
    }
    case 'number':
      return q.integer
        ? fc.integer({ min: q.min, max: q.max })
        : fc.oneof(
            fc.integer({ min: Math.ceil(q.min), max: Math.floor(q.max) }),
            fc.integer({ min: q.min * 100, max: q.max * 100 }).map((n) => n / 100),
            fc.double({ min: q.min, max: q.max, noNaN: true }),
          );
    case 'text':
      return anyText(q.maxLength).filter((s) => s.trim().length > 0);
    case 'date':
      return isoDate;
  }
}

/** Each question answered or not at random (`all` answers every one). */
export function arbitraryAnswers(opts: { all?: boolean } = {}): fc.Arbitrary<Answers> {
  const fields = Object.fromEntries(
    questions.map((q) => [
      q.id,
      opts.all ? arbitraryValue(q) : fc.option(arbitraryValue(q), { nil: undefined }),
    ]),
  );
  return fc.record(fields).map((rec) => {
    const out: Answers = {};
    for (const [id, v] of Object.entries(rec)) if (v !== undefined) out[id] = v as AnswerValue;
    return out;
  });
}

/** The same answers with the keys in a different order. */
export const shuffledKeys = (a: Answers, seed: number): Answers => {
  const entries = Object.entries(a);
  let s = seed >>> 0 || 1;
  for (let i = entries.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) >>> 0;
    const j = s % (i + 1);
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  return Object.fromEntries(entries);
};
