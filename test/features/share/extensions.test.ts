/**
 * Format 2's extension records for notes, the ruleset and the scenarios of a comparison: they round-trip, an
 * answers-only link is unchanged by them, and a damaged or impossible record is refused like any other damage.
 */
import fc from 'fast-check';
import { cleanNote, NOTE_MAX_LENGTH } from '@/domain/notes';
import { approachIds } from '@/domain/plan';
import { questions, type Answers } from '@/domain/questions';
import { ByteWriter } from '@/features/share/model/bytes';
import { decodeWith, encodeCanonical } from '@/features/share/model/codec';
import { EXT_NOTES, EXT_RULESET, EXT_SCENARIO } from '@/features/share/model/extensions';
import {
  canonicalShareAnswers,
  decodeShareFragment,
  encodeShareFragment,
  SCENARIO_NAME_MAX,
} from '@/features/share/model';
import { hostileStrings } from '../../fixtures/hostile-strings';
import { completeAnswersArb } from '../../support/arbitrary-answers';
import { typicalAnswers } from './sample-answers';

const answeredIds = (a: Answers) => Object.keys(canonicalShareAnswers(a));

describe('notes in a link', () => {
  it.each(hostileStrings)('carries a note holding $name as plain text', ({ value }) => {
    const note = cleanNote(value);
    if (!note) return;
    const decoded = decodeShareFragment(
      encodeShareFragment(typicalAnswers, { notes: { budgetCeiling: note } }),
    );
    expect(decoded).toMatchObject({ ok: true, notes: { budgetCeiling: note } });
  });

  it('leaves out notes on questions the link does not carry, and empty notes', () => {
    const decoded = decodeShareFragment(
      encodeShareFragment(typicalAnswers, { notes: { agentCount: 'not asked here', teamSize: '   ' } }),
    );
    expect(decoded.ok && decoded.notes).toBeUndefined();
  });

  it('does not change an answers-only link', () => {
    expect(encodeShareFragment(typicalAnswers, {})).toBe(encodeShareFragment(typicalAnswers));
  });

  it('refuses a note longer than a note can be', () => {
    const canonical = canonicalShareAnswers(typicalAnswers);
    const long = new TextEncoder().encode('x'.repeat(NOTE_MAX_LENGTH + 1));
    const w = new ByteWriter().uvarint(questions.find((q) => q.id === 'budgetCeiling')!.code);
    w.uvarint(long.length).bytes(long);
    const fragment = encodeCanonical(canonical, questions, [{ type: EXT_NOTES, payload: w.finish() }]);
    expect(decodeShareFragment(fragment)).toMatchObject({ ok: false, reason: 'truncated-or-altered' });
  });

  it('reads a note on a question it does not know as made by a newer version', () => {
    const w = new ByteWriter()
      .uvarint(9_999)
      .uvarint(1)
      .bytes(new Uint8Array([65]));
    const fragment = encodeCanonical(canonicalShareAnswers(typicalAnswers), questions, [
      { type: EXT_NOTES, payload: w.finish() },
    ]);
    expect(decodeShareFragment(fragment)).toMatchObject({ ok: false, reason: 'newer-version' });
  });
});

describe('the ruleset in a link', () => {
  it('round-trips', () => {
    const decoded = decodeShareFragment(encodeShareFragment(typicalAnswers, { rulesetVersion: '2026.11.3' }));
    expect(decoded).toMatchObject({ ok: true, rulesetVersion: '2026.11.3' });
  });

  it('costs a few characters', () => {
    const plain = encodeShareFragment(typicalAnswers).length;
    const named = encodeShareFragment(typicalAnswers, { rulesetVersion: '2026.11.3' }).length;
    expect(named - plain).toBeLessThanOrEqual(10);
  });

  it('refuses an impossible version', () => {
    const payload = new ByteWriter().uvarint(2026).uvarint(13).uvarint(1).finish();
    const fragment = encodeCanonical(canonicalShareAnswers(typicalAnswers), questions, [
      { type: EXT_RULESET, payload },
    ]);
    expect(decodeShareFragment(fragment)).toMatchObject({ ok: false, reason: 'truncated-or-altered' });
  });

  it('reads an extension type it does not know as made by a newer version', () => {
    const fragment = encodeCanonical(canonicalShareAnswers(typicalAnswers), questions, [
      { type: 99, payload: new Uint8Array([1]) },
    ]);
    expect(decodeWith(fragment)).toMatchObject({ ok: false, reason: 'newer-version' });
  });
});

describe('scenarios in a link', () => {
  it('round-trip over random answer sets, each to its canonical answers', () => {
    fc.assert(
      fc.property(
        completeAnswersArb,
        completeAnswersArb,
        fc.option(fc.constantFrom(...approachIds), { nil: undefined }),
        fc.string({ maxLength: 80 }),
        (a, b, force, name) => {
          const scenarios = [
            { name: 'A', answers: a },
            { name, answers: b, ...(force ? { forceApproach: force } : {}) },
          ];
          const decoded = decodeShareFragment(encodeShareFragment(a, { scenarios }));
          expect(decoded.ok).toBe(true);
          if (!decoded.ok) return;
          expect(decoded.answers).toEqual(canonicalShareAnswers(a));
          expect(decoded.scenarios?.map((s) => s.answers)).toEqual([
            canonicalShareAnswers(a),
            canonicalShareAnswers(b),
          ]);
          expect(decoded.scenarios?.[1]?.forceApproach).toBe(force);
          expect(decoded.scenarios?.[1]?.name).toBe(
            new TextDecoder().decode(new TextEncoder().encode(name.slice(0, SCENARIO_NAME_MAX))),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('carries a scenario as its difference from the link’s answers', () => {
    const plain = encodeShareFragment(typicalAnswers).length;
    const compared = encodeShareFragment(typicalAnswers, {
      scenarios: [
        { name: 'A', answers: typicalAnswers },
        { name: 'More users', answers: { ...typicalAnswers, dailyUsers: 1200 } },
      ],
    }).length;
    expect(compared - plain).toBeLessThan(40);
  });

  it('refuses a scenario whose answers the schema rejects', () => {
    const canonical = canonicalShareAnswers(typicalAnswers);
    const w = new ByteWriter()
      .uvarint(0)
      .uvarint(1)
      .bytes(new Uint8Array([66]))
      .uvarint(0);
    // A body setting the team size to a negative number.
    const team = questions.find((q) => q.id === 'teamSize')!;
    w.uvarint(team.code).uvarint(1 * 16 + 0); // zigzag(−1) = 1, no decimals
    const fragment = encodeCanonical(canonical, questions, [{ type: EXT_SCENARIO, payload: w.finish() }]);
    expect(decodeShareFragment(fragment)).toMatchObject({ ok: false, reason: 'truncated-or-altered' });
  });

  it('keeps the ids of answers it removes to questions it knows', () => {
    const canonical = canonicalShareAnswers(typicalAnswers);
    expect(answeredIds(typicalAnswers).length).toBeGreaterThan(10);
    const w = new ByteWriter()
      .uvarint(0)
      .uvarint(1)
      .bytes(new Uint8Array([66]))
      .uvarint(1)
      .uvarint(9_999);
    const fragment = encodeCanonical(canonical, questions, [{ type: EXT_SCENARIO, payload: w.finish() }]);
    expect(decodeShareFragment(fragment)).toMatchObject({ ok: false, reason: 'newer-version' });
  });
});
