import fc from 'fast-check';
import { answersSchema } from '@/domain/answers';
import {
  canonicalShareAnswers,
  decodeShareFragment,
  encodeShareFragment,
  SHARE_FORMAT_VERSION,
} from '@/features/share/model';
import { answersArb } from '../../support/arbitrary-answers';
import { arbitraryAnswers, shuffledKeys } from './arbitrary-answers';

/**
 * The shared generator gives realistic answer sets; ours adds hostile ones (full-length text in any script, lone
 * surrogates, padding, inapplicable answers, multi-choices out of order) that only the codec cares about.
 */
const anyAnswers = fc.oneof(answersArb, arbitraryAnswers(), arbitraryAnswers({ all: true }));

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('share links over random answers', () => {
  it('round-trip to the canonical answers, which the schema accepts', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const fragment = encodeShareFragment(answers);
        const decoded = decodeShareFragment(fragment);
        expect(decoded).toEqual({
          ok: true,
          answers: canonicalShareAnswers(answers),
          formatVersion: SHARE_FORMAT_VERSION,
        });
        expect(decoded.ok && answersSchema.safeParse(decoded.answers).success).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('encode deterministically, whatever the key order', () => {
    fc.assert(
      fc.property(anyAnswers, fc.integer(), (answers, seed) => {
        const fragment = encodeShareFragment(answers);
        expect(encodeShareFragment(shuffledKeys(answers, seed))).toBe(fragment);
        expect(encodeShareFragment(canonicalShareAnswers(answers))).toBe(fragment);
      }),
      { numRuns: 200 },
    );
  });

  it('never open after a random one-character change or truncation', () => {
    fc.assert(
      fc.property(anyAnswers, fc.nat(), fc.constantFrom(...alphabet), fc.nat(), (answers, at, char, cut) => {
        const fragment = encodeShareFragment(answers);
        const i = at % fragment.length;
        if (fragment[i] !== char)
          expect(decodeShareFragment(fragment.slice(0, i) + char + fragment.slice(i + 1)).ok).toBe(false);
        expect(decodeShareFragment(fragment.slice(0, cut % fragment.length)).ok).toBe(false);
      }),
      { numRuns: 400 },
    );
  });
});
