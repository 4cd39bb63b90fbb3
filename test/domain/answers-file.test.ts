import { describe, expect, it } from 'vitest';
import { parseAnswersBytes, parseAnswersFile, toAnswersFile } from '@/domain/answers';
import { decodeAnswersBytes } from '@/domain/answers-text';
import { isCalendarDate } from '@/domain/calendar-date';
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

describe('calendar dates (finding 7: 2027-02-30 was accepted and shown as 2 March)', () => {
  it.each(['2027-02-30', '2027-02-29', '2027-04-31', '2027-13-01', '2027-00-10', '2027-01-00', '2100-02-29'])(
    'refuses %s, a day that does not exist',
    (date) => {
      expect(isCalendarDate(date)).toBe(false);
      const r = parseAnswersFile(JSON.stringify(toAnswersFile({ ...completeAnswers, targetLaunch: date })));
      expect(r).toEqual({ ok: false, errors: ['answers.targetLaunch: is not a real calendar date'] });
    },
  );

  it.each(['2028-02-29', '2000-02-29', '2027-12-31', '2027-04-30'])('accepts %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
    expect(
      parseAnswersFile(JSON.stringify(toAnswersFile({ ...completeAnswers, targetLaunch: date }))).ok,
    ).toBe(true);
  });

  it('agrees with the calendar on every day of a leap and a common year', () => {
    for (const year of [2027, 2028]) {
      const real = new Set<string>();
      for (let d = Date.UTC(year, 0, 1); d < Date.UTC(year + 1, 0, 1); d += 86_400_000)
        real.add(new Date(d).toISOString().slice(0, 10));
      for (let m = 1; m <= 12; m++)
        for (let day = 1; day <= 31; day++) {
          const s = `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(isCalendarDate(s), s).toBe(real.has(s));
        }
    }
  });
});

describe('schemaVersion', () => {
  const withVersion = (v: unknown) =>
    JSON.stringify({ format: 'scopewise-answers', schemaVersion: v, answers: completeAnswers });

  it('explains an old version and what to do, instead of "expected 1" (finding 7)', () => {
    const r = parseAnswersFile(withVersion(0));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^schemaVersion: 0 is older than any answers format Scopewise has released/);
    expect(r.errors[0]).toMatch(/download them again/);
    expect(r.errors[0]).not.toMatch(/Invalid input|expected 1/);
  });

  it.each([
    [undefined, /missing\. Add "schemaVersion": 2/],
    ['1', /as the number 1, without quotes/],
    [1.5, /must be a whole number/],
    [3, /newer version of Scopewise .* open it with that version, or update this one/],
  ])('explains schemaVersion %j', (v, message) => {
    const r = parseAnswersFile(withVersion(v));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(message);
  });
});

describe('older files', () => {
  it('reads a version-1 file as today’s, its retired answers carried over to the questions asked now', () => {
    const v1 = JSON.stringify({
      format: 'scopewise-answers',
      schemaVersion: 1,
      answers: { ...completeAnswers, regions: ['eu'], highStakes: ['none'], euAiActUses: ['employment'] },
    });
    const r = parseAnswersFile(v1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.schemaVersion).toBe(2);
    expect(r.value.answers).not.toHaveProperty('euAiActUses');
    expect(r.value.answers.highStakes).toEqual(['hiring']);
  });

  it('writes version 2, with "not sure" answers and the user’s own figures', () => {
    const file = toAnswersFile({
      ...completeAnswers,
      teamSize: 'unsure',
      rateLow: 2000,
      currencySymbol: '€',
    });
    expect(file.schemaVersion).toBe(2);
    expect(parseAnswersFile(JSON.stringify(file))).toEqual({ ok: true, value: file });
  });
});

describe('file bytes (one decoder for the browser and the CLI)', () => {
  const json = JSON.stringify(toAnswersFile(completeAnswers), null, 2);
  const utf16 = (text: string, bigEndian: boolean, bom: boolean): Uint8Array => {
    const units = [
      ...(bom ? [0xfeff] : []),
      ...Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)),
    ];
    const out = new Uint8Array(units.length * 2);
    units.forEach((u, i) => {
      out[i * 2 + (bigEndian ? 1 : 0)] = u & 0xff;
      out[i * 2 + (bigEndian ? 0 : 1)] = u >> 8;
    });
    return out;
  };
  const utf8 = new TextEncoder().encode(json);

  it.each([
    ['UTF-8', utf8],
    ['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])],
    ['UTF-16 LE with a mark', utf16(json, false, true)],
    ['UTF-16 BE with a mark', utf16(json, true, true)],
    ['UTF-16 LE without a mark', utf16(json, false, false)],
    ['UTF-16 BE without a mark', utf16(json, true, false)],
  ])('reads %s', (_name, bytes) => {
    expect(parseAnswersBytes(bytes)).toEqual({ ok: true, value: toAnswersFile(completeAnswers) });
  });

  it('keeps non-ASCII text exactly through UTF-16', () => {
    const file = toAnswersFile({ ...completeAnswers, projectName: 'Überstunden 夜勤 😀' });
    const r = parseAnswersBytes(utf16(JSON.stringify(file), false, true));
    expect(r.ok && r.value.answers.projectName).toBe('Überstunden 夜勤 😀');
  });

  it('reads text that kept its byte-order mark as a character', () => {
    expect(parseAnswersFile(`\uFEFF${json}`).ok).toBe(true);
  });

  it('names invalid UTF-8 and where it is, instead of a JSON error', () => {
    const bad = new Uint8Array([...utf8.slice(0, 40), 0xc3, 0x28, ...utf8.slice(40)]);
    expect(parseAnswersBytes(bad)).toEqual({
      ok: false,
      errors: ['The file is not valid UTF-8 text (byte 0xC3 at position 40): save it as UTF-8.'],
    });
    expect(decodeAnswersBytes(new Uint8Array([0x7b, 0xed, 0xa0, 0x80]))).toEqual({
      ok: false,
      error: 'The file is not valid UTF-8 text (byte 0xED at position 1): save it as UTF-8.',
    });
  });

  it('names UTF-32 rather than guessing', () => {
    const r = decodeAnswersBytes(new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]));
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/UTF-32/) });
  });
});
