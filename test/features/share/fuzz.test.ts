/**
 * Untrusted input never throws, never hangs and never opens to answers the schema would refuse. The structured
 * cases put random bytes behind a valid checksum, so they reach the inflater and the body reader instead of
 * stopping at the checksum.
 */
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { answersSchema } from '@/domain/answers';
import { questions } from '@/domain/questions';
import { decodeShareFragment, type DecodeResult } from '@/features/share/model';
import { writeBodyV1 } from '@/features/share/model/format-v1';
import { frame } from '@/features/share/model/frame';
import { toBase64url } from '@/features/share/model/base64url';
import { writeFormatV0 } from './support/format-v0-writer';
import { agenticHealthAnswers, typicalAnswers } from './sample-answers';

const reasons = ['truncated-or-altered', 'newer-version', 'too-large', 'not-ours'];
let decodes = 0;
let slowest = 0;

function check(input: string): DecodeResult {
  const start = performance.now();
  let result: DecodeResult;
  try {
    result = decodeShareFragment(input);
  } catch (e) {
    throw new Error(`decodeShareFragment threw on ${JSON.stringify(input.slice(0, 80))}`, { cause: e });
  }
  slowest = Math.max(slowest, performance.now() - start);
  decodes++;
  if (result.ok) expect(answersSchema.safeParse(result.answers).success).toBe(true);
  else {
    expect(reasons).toContain(result.reason);
    expect(result.message.length).toBeGreaterThan(0);
  }
  return result;
}

const withFlag = (flag: number, payload: Uint8Array): Uint8Array => {
  const out = new Uint8Array(payload.length + 1);
  out[0] = flag;
  out.set(payload, 1);
  return out;
};

const runs = { numRuns: 1000 };

describe('fuzzing the decoder', () => {
  afterAll(() => {
    console.info(`fuzz: ${decodes} decodes, none threw, slowest ${slowest.toFixed(1)} ms`);
    expect(slowest).toBeLessThan(1000); // generous for a loaded CI machine; a hang would be far slower
  });

  it('random strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.string({ unit: 'binary', maxLength: 2000 }),
          fc.string({
            unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
            maxLength: 9000,
          }),
        ),
        (s) => void check(s),
      ),
      runs,
    );
  });

  it('random base64url behind a version tag', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('s0.', 's1.', '#s1.', 's2.'),
        fc.uint8Array({ maxLength: 6000 }),
        (tag, bytes) => {
          expect(check(tag + toBase64url(bytes)).ok).toBe(false);
        },
      ),
      runs,
    );
  });

  it('random bytes behind a valid checksum, raw and "deflated"', () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 1, 2, 255), fc.uint8Array({ maxLength: 4000 }), (flag, bytes) => {
        check(frame(1, withFlag(flag, bytes)));
      }),
      runs,
    );
  });

  it('random bodies that really are deflated', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        check(frame(1, withFlag(1, deflateSync(bytes))));
      }),
      runs,
    );
  });

  it('valid bodies with random damage, re-checksummed', () => {
    const bodies = [writeBodyV1(typicalAnswers, questions), writeBodyV1(agenticHealthAnswers, questions)];
    fc.assert(
      fc.property(
        fc.constantFrom(...bodies),
        fc.array(
          fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom('set', 'insert', 'delete')),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        fc.boolean(),
        (body, edits, deflate) => {
          const bytes = [...body];
          for (const [at, value, op] of edits) {
            const i = at % (bytes.length + 1);
            if (op === 'set' && i < bytes.length) bytes[i] = value;
            else if (op === 'insert') bytes.splice(i, 0, value);
            else bytes.splice(i, 1);
          }
          const damaged = Uint8Array.from(bytes);
          check(frame(1, deflate ? withFlag(1, deflateSync(damaged)) : withFlag(0, damaged)));
        },
      ),
      runs,
    );
  });

  it('format-0 links with random JSON and random bytes', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue().map((v) => ({ value: v })),
          fc.dictionary(
            fc.constantFrom('__proto__', 'constructor', 'hosting', 'buildBudgetK', 'projectName', 'x'),
            fc.jsonValue(),
          ),
        ),
        fc.uint8Array({ maxLength: 500 }),
        (json, bytes) => {
          check(writeFormatV0(json as Record<string, unknown>));
          check(frame(0, bytes));
        },
      ),
      runs,
    );
    expect(Object.keys(Object.prototype)).toEqual([]); // no __proto__ key polluted anything
  });
});
