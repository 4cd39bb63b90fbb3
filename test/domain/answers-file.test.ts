import { describe, expect, it } from 'vitest';
import { parseAnswersFile, toAnswersFile } from '@/domain/answers';
import { completeAnswers } from '../support/answers';

describe('answers file', () => {
  it('accepts a valid file and round-trips it', () => {
    const r = parseAnswersFile(JSON.stringify(toAnswersFile(completeAnswers)));
    expect(r).toEqual({ ok: true, value: toAnswersFile(completeAnswers) });
  });

  it('names each bad field', () => {
    const file = toAnswersFile({ ...completeAnswers, dailyUsers: 1e12, industry: 'space', regions: [] });
    const r = parseAnswersFile(JSON.stringify(file));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(
      expect.arrayContaining([
        'answers.dailyUsers: must be at most 10,000,000',
        expect.stringMatching(/^answers\.industry: must be one of: healthcare/),
        'answers.regions: choose at least one option',
      ]),
    );
  });

  it.each([
    ['not JSON', 'hello', /not valid JSON/],
    ['an array', '[]', /must contain a JSON object/],
    ['another format', '{"format":"other"}', /not a Scopewise answers file/],
    ['a newer version', '{"format":"scopewise-answers","schemaVersion":99,"answers":{}}', /newer version/],
    [
      'unknown fields',
      '{"format":"scopewise-answers","schemaVersion":1,"answers":{"favouriteColour":"red"}}',
      /unknown field/,
    ],
    [
      'prototype keys',
      '{"format":"scopewise-answers","schemaVersion":1,"answers":{"__proto__":{"x":1}}}',
      /unknown field/,
    ],
    [
      '"none" beside a choice',
      '{"format":"scopewise-answers","schemaVersion":1,"answers":{"highStakes":["none","legal"]}}',
      /cannot be combined/,
    ],
  ])('rejects %s with a message', (_n, text, message) => {
    const r = parseAnswersFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(message);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
