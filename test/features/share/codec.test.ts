import { deflateSync } from 'fflate';
import { answersSchema } from '@/domain/answers';
import { questions, type Answers, type Question } from '@/domain/questions';
import {
  buildShareUrl,
  canonicalShareAnswers,
  decodeShareFragment,
  encodeShareFragment,
  isShareFragment,
  MAX_FRAGMENT_LENGTH,
  SHARE_FORMAT_VERSION,
  SHARE_LINK_WARN_LENGTH,
  ShareEncodeError,
  shareLinkLength,
} from '@/features/share/model';
import { decodeWith, encodeCanonical, MAX_BODY_BYTES, maxFragmentLength } from '@/features/share/model/codec';
import { inflateCapped } from '@/features/share/model/inflate-capped';
import { frame } from '@/features/share/model/frame';
import { ByteWriter } from '@/features/share/model/bytes';
import { agenticHealthAnswers, minimalAnswers, sampleAnswerSets, typicalAnswers } from './sample-answers';

/** Every text answer at its maximum length, every other question answered and every branch open. */
function worstCase(char: (i: number) => string): Answers {
  const a: Answers = { ...agenticHealthAnswers, runBudgetMonthly: 10_000_000, budgetCeiling: 99_999_999 };
  for (const q of questions)
    if (q.kind === 'text')
      a[q.id] = Array.from({ length: q.maxLength }, (_, i) => char(i + q.code * 1000)).join('');
  return a;
}
/** Pseudo-random printable ASCII: what deflate can squeeze least among ordinary keyboard text. */
const asciiNoise = (i: number) => String.fromCharCode(33 + ((i * 7919 + ((i * i) % 89)) % 94));
/** Pseudo-random 3-byte UTF-8 characters (CJK): the most bytes per counted character. */
const cjkNoise = (i: number) => String.fromCharCode(0x4e00 + ((i * 7919 + ((i * i) % 997)) % 20000));

describe('share codec', () => {
  it.each(Object.entries(sampleAnswerSets))('round-trips %s', (_, answers) => {
    const fragment = encodeShareFragment(answers);
    expect(fragment).toMatch(/^s2\.[A-Za-z0-9_-]+$/);
    const decoded = decodeShareFragment(fragment);
    expect(decoded).toEqual({
      ok: true,
      answers: canonicalShareAnswers(answers),
      formatVersion: SHARE_FORMAT_VERSION,
    });
    // the samples are already canonical apart from key order
    if (decoded.ok) expect(decoded.answers).toEqual(answers);
  });

  it('accepts the fragment with or without the leading #', () => {
    const fragment = encodeShareFragment(typicalAnswers);
    expect(decodeShareFragment(`#${fragment}`)).toEqual(decodeShareFragment(fragment));
  });

  it('ignores punctuation that mail and chat glue onto the end of a link', () => {
    const fragment = encodeShareFragment(typicalAnswers);
    for (const tail of ['.', ').', '>', '"', ' ', '\n'])
      expect(decodeShareFragment(`#${fragment}${tail}`)).toEqual(decodeShareFragment(fragment));
  });

  it('is deterministic: key order and multi-choice order do not change the link', () => {
    const reordered: Answers = Object.fromEntries(Object.entries(typicalAnswers).reverse());
    reordered.regions = ['uk', 'eu'];
    reordered.sensitiveData = ['financial', 'personal'];
    expect(encodeShareFragment(reordered)).toBe(encodeShareFragment(typicalAnswers));
    expect(encodeShareFragment(typicalAnswers)).toBe(encodeShareFragment(typicalAnswers));
  });

  it('carries only applicable, answered questions', () => {
    const withHidden: Answers = {
      ...typicalAnswers,
      agentActions: ['payments'], // only asked for agentic projects
      phiInvolved: 'yes', // only asked when health is involved
      runBudgetMonthly: undefined,
      outputFormat: '   ',
    };
    const decoded = decodeShareFragment(encodeShareFragment(withHidden));
    expect(decoded.ok && decoded.answers).not.toHaveProperty('agentActions');
    expect(decoded.ok && decoded.answers).not.toHaveProperty('phiInvolved');
    expect(decoded.ok && decoded.answers).not.toHaveProperty('outputFormat');
    const { agentActions: _a, phiInvolved: _p, runBudgetMonthly: _r, outputFormat: _o, ...rest } = withHidden;
    expect(encodeShareFragment(withHidden)).toBe(encodeShareFragment(rest));
  });

  it('trims text the way the answers schema does', () => {
    const decoded = decodeShareFragment(
      encodeShareFragment({ ...minimalAnswers, projectName: '  Padded  ' }),
    );
    expect(decoded.ok && decoded.answers.projectName).toBe('Padded');
  });

  it('refuses to encode invalid answers instead of writing a link that would not open', () => {
    expect(() => encodeShareFragment({ ...typicalAnswers, teamSize: 501 })).toThrow(ShareEncodeError);
    expect(() => encodeShareFragment({ ...typicalAnswers, industry: 'astrology' })).toThrow(ShareEncodeError);
  });

  it('keeps a typical complete plan within 500 characters', () => {
    expect(shareLinkLength(typicalAnswers)).toBeLessThanOrEqual(500);
    expect(shareLinkLength(agenticHealthAnswers)).toBeLessThanOrEqual(500);
  });

  it('keeps the worst case of keyboard text within the 2,000-character warning', () => {
    const answers = worstCase(asciiNoise);
    const length = shareLinkLength(answers);
    console.info(`worst case, every text at its maximum in printable ASCII: ${length} characters`);
    expect(length).toBeLessThanOrEqual(SHARE_LINK_WARN_LENGTH);
    expect(decodeShareFragment(encodeShareFragment(answers))).toMatchObject({ ok: true });
  });

  it('still opens the absolute worst case (3-byte characters), which the UI warns about', () => {
    const answers = worstCase(cjkNoise);
    const fragment = encodeShareFragment(answers);
    console.info(`worst case, every text at its maximum in CJK: ${fragment.length + 1} characters`);
    expect(fragment.length + 1).toBeGreaterThan(SHARE_LINK_WARN_LENGTH);
    expect(fragment.length).toBeLessThanOrEqual(maxFragmentLength());
    expect(decodeShareFragment(fragment)).toEqual({
      ok: true,
      answers: canonicalShareAnswers(answers),
      formatVersion: SHARE_FORMAT_VERSION,
    });
  });

  it('never rejects as too large a link it could have written itself', () => {
    expect(maxFragmentLength()).toBeLessThan(MAX_FRAGMENT_LENGTH);
  });

  it('decodes a typical link in about a millisecond or less', () => {
    const fragment = encodeShareFragment(typicalAnswers);
    const runs = 500;
    const start = performance.now();
    for (let i = 0; i < runs; i++) decodeShareFragment(fragment);
    const perDecode = (performance.now() - start) / runs;
    console.info(`decode time, typical link: ${(perDecode * 1000).toFixed(0)} µs`);
    // About 0.4 ms on an idle machine; the bound only catches pathological slowness on a loaded CI runner.
    expect(perDecode).toBeLessThan(25);
  });
});

/** Each character as a percent escape with the given prefix: "s2." → "%73%32%2E". */
const percent = (text: string, prefix: string) =>
  [...text].map((c) => `${prefix}${c.charCodeAt(0).toString(16).toUpperCase()}`).join('');

describe('bad links', () => {
  const typical = encodeShareFragment(typicalAnswers);

  it.each(['', '#', 'hello', '#/results', 's.abc', '#start', '#main', 'https://example.com/#s1.abc'])(
    'calls %j not ours',
    (input) => {
      expect(decodeShareFragment(input)).toMatchObject({ ok: false, reason: 'not-ours' });
    },
  );

  // Finding 8: these opened the user's own draft with no word. They are recognisably ours, so they are explained.
  it.each([
    ['an upper-case tag', () => `S1.${typical.slice(3)}`],
    ['a zero-padded version', () => `s01.${typical.slice(3)}`],
    ['a seven-digit version', () => `s1000000.${typical.slice(3)}`],
    ['a missing dot', () => `s1${typical.slice(3)}`],
    ['a link cut after its tag', () => 's1.'],
    ['a link cut inside its tag', () => 's1'],
    ['an encoded, upper-case tag', () => `%53%31.${typical.slice(3)}`],
  ])('explains a link with %s as incomplete or altered', (_name, make) => {
    expect(isShareFragment(`#${make()}`)).toBe(true);
    expect(decodeShareFragment(`#${make()}`)).toMatchObject({ ok: false, reason: 'truncated-or-altered' });
  });

  it.each([
    ['>', (l: string) => `${l}>`],
    ['> as the browser encodes it', (l: string) => `${l}%3E`],
    ['> escaped as HTML', (l: string) => `${l}&gt;`],
    [')', (l: string) => `${l})`],
    ['.', (l: string) => `${l}.`],
    [',', (l: string) => `${l},`],
    ['")." together', (l: string) => `${l}").`],
    ['a percent-encoded tag', (l: string) => `${percent(l.slice(0, 3), '%')}${l.slice(3)}`],
    ['a double-encoded tag', (l: string) => `${percent(l.slice(0, 3), '%25')}${l.slice(3)}`],
    [
      'a fully encoded link',
      (l: string) => encodeURIComponent(l).replace(/[\w.-]/g, (c) => `%${c.charCodeAt(0).toString(16)}`),
    ],
    ['spaces around it', (l: string) => ` ${l} `],
  ])('opens a good link wrapped by a mail or chat client: %s', (_name, wrap) => {
    const wrapped = wrap(typical);
    expect(isShareFragment(`#${wrapped}`)).toBe(true);
    expect(decodeShareFragment(`#${wrapped}`)).toEqual(decodeShareFragment(typical));
  });

  it('normalises any fragment in linear time', () => {
    const start = performance.now();
    for (const junk of ['.'.repeat(100_000) + 'x', '%25'.repeat(30_000), `s1.${'&gt'.repeat(30_000)}`])
      decodeShareFragment(junk);
    expect(performance.now() - start).toBeLessThan(500);
  });

  it('rejects oversized input before decoding it', () => {
    const huge = `s1.${'A'.repeat(MAX_FRAGMENT_LENGTH)}`;
    const start = performance.now();
    expect(decodeShareFragment(huge)).toMatchObject({ ok: false, reason: 'too-large' });
    expect(decodeShareFragment('x'.repeat(1_000_000))).toMatchObject({ ok: false, reason: 'too-large' });
    expect(performance.now() - start).toBeLessThan(50);
  });

  it('rejects a decompression bomb quickly, with a valid checksum', () => {
    const zeros = new Uint8Array(4 * 1024 * 1024);
    const bomb = deflateSync(zeros, { level: 9 });
    const content = new Uint8Array(1 + bomb.length);
    content[0] = 1;
    content.set(bomb, 1);
    const fragment = frame(1, content);
    expect(fragment.length).toBeLessThan(MAX_FRAGMENT_LENGTH); // it reaches the inflater
    const start = performance.now();
    expect(decodeShareFragment(fragment)).toMatchObject({ ok: false, reason: 'too-large' });
    const ms = performance.now() - start;
    console.info(
      `bomb: ${fragment.length} characters that inflate to 4 MiB, rejected in ${ms.toFixed(1)} ms`,
    );
    expect(ms).toBeLessThan(250); // loose for loaded CI machines; the inflater test below pins the cap exactly
  });

  it('stops inflating a bomb within one slice of the cap', () => {
    const bomb = deflateSync(new Uint8Array(8 * 1024 * 1024), { level: 9 }); // ~8 KB that inflate to 8 MiB
    const result = inflateCapped(bomb, MAX_BODY_BYTES);
    expect(result).toMatchObject({ ok: false, why: 'too-large' });
    // 64 KiB of zeros takes ~64 input bytes at deflate's best ratio; one 256-byte slice past that is the bound.
    expect(result.ok === false && result.why === 'too-large' && result.read).toBeLessThanOrEqual(512);
    expect(bomb.length).toBeGreaterThan(7_000);
  });

  it('inflates honest input completely and rejects a cut-off stream', () => {
    const text = new TextEncoder().encode('a plan '.repeat(5000));
    const deflated = deflateSync(text);
    const inflated = inflateCapped(deflated, MAX_BODY_BYTES);
    expect(inflated.ok && Buffer.from(inflated.bytes).equals(Buffer.from(text))).toBe(true);
    expect(inflateCapped(deflated.subarray(0, deflated.length - 3), MAX_BODY_BYTES)).toEqual({
      ok: false,
      why: 'corrupt',
    });
    expect(inflateCapped(new Uint8Array(0), MAX_BODY_BYTES)).toEqual({ ok: false, why: 'corrupt' });
  });

  it('names a higher version tag as made by a newer version', () => {
    expect(decodeShareFragment(`s${SHARE_FORMAT_VERSION + 1}.${typical.slice(3)}`)).toMatchObject({
      ok: false,
      reason: 'newer-version',
    });
    expect(decodeShareFragment('s999999.AAAA')).toMatchObject({ ok: false, reason: 'newer-version' });
  });

  describe('a link from a newer catalogue', () => {
    const extraQuestion: Question = {
      id: 'futureQuestion',
      code: 200,
      step: 'approach',
      kind: 'single',
      label: 'Future',
      help: '',
      sources: [],
      required: false,
      options: [{ value: 'a', label: 'A' }],
    };
    const newerCatalogue: Question[] = [
      ...questions.map((q) =>
        q.id === 'hosting' && q.kind === 'single'
          ? { ...q, options: [...q.options, { value: 'edge', label: 'On the device' }] }
          : q,
      ),
      extraQuestion,
    ];

    it('with a question this version does not know reads as newer-version', () => {
      const fragment = encodeCanonical({ ...typicalAnswers, futureQuestion: 'a' }, newerCatalogue);
      expect(decodeShareFragment(fragment)).toMatchObject({ ok: false, reason: 'newer-version' });
      expect(decodeWith(fragment, newerCatalogue)).toMatchObject({ ok: true });
    });

    it('with an option this version does not know reads as newer-version', () => {
      const fragment = encodeCanonical({ ...typicalAnswers, hosting: 'edge' }, newerCatalogue);
      expect(decodeShareFragment(fragment)).toMatchObject({ ok: false, reason: 'newer-version' });
    });

    it('and today’s links still open in that newer catalogue (append-only)', () => {
      expect(decodeWith(typical, newerCatalogue)).toEqual({
        ok: true,
        answers: typicalAnswers,
        formatVersion: SHARE_FORMAT_VERSION,
      });
    });
  });

  it('reads unknown flag bits as newer-version', () => {
    expect(decodeShareFragment(frame(1, new Uint8Array([2, 1, 0])))).toMatchObject({
      ok: false,
      reason: 'newer-version',
    });
  });

  it('rejects well-framed content that is not a valid answer set', () => {
    // code 2 (industry) option 0, then code 2 again: out of order
    expect(decodeShareFragment(frame(1, new Uint8Array([0, 2, 0, 0, 0])))).toMatchObject({
      ok: false,
      reason: 'truncated-or-altered',
    });
    // teamSize (code 7) = 501, above its maximum: decodes structurally, fails the schema
    const body = [0, 7, ...varint(501 * 2 * 16)];
    expect(decodeShareFragment(frame(1, new Uint8Array(body)))).toMatchObject({
      ok: false,
      reason: 'truncated-or-altered',
    });
    // invalid UTF-8 in projectName
    expect(decodeShareFragment(frame(1, new Uint8Array([0, 1, 2, 0xc3, 0x28])))).toMatchObject({
      ok: false,
      reason: 'truncated-or-altered',
    });
  });

  it('decodes only to answers the schema accepts', () => {
    const decoded = decodeShareFragment(typical);
    expect(decoded.ok && answersSchema.safeParse(decoded.answers).success).toBe(true);
  });
});

describe('routing and links', () => {
  it('recognises share fragments of any version, with or without #', () => {
    const fragment = encodeShareFragment(typicalAnswers);
    expect(isShareFragment(fragment)).toBe(true);
    expect(isShareFragment(`#${fragment}`)).toBe(true);
    expect(isShareFragment('#s7.anything')).toBe(true);
    for (const damaged of ['#S1.x', '#s01.x', '#s1000000.x', '#s1', '#%73%31.x', '#%2573%2531.x'])
      expect(isShareFragment(damaged), damaged).toBe(true);
    for (const other of ['', '#', '#results', '#step=data', '#s', '#sx.', '#start', '#main', '#section-2'])
      expect(isShareFragment(other)).toBe(false);
  });

  it('builds the link on the page address, replacing any hash', () => {
    expect(buildShareUrl('https://a.example/app/#results', 's1.X')).toBe('https://a.example/app/#s1.X');
    expect(buildShareUrl('https://a.example/app/', 's1.X')).toBe('https://a.example/app/#s1.X');
    expect(shareLinkLength(typicalAnswers, 'https://a.example/')).toBe(
      'https://a.example/#'.length + encodeShareFragment(typicalAnswers).length,
    );
  });
});

function varint(n: number): number[] {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n % 0x80) + 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
  return out;
}

describe('"not sure" answers and the user’s own figures in a link', () => {
  it('carry over: a number or date answered "not sure", and the rate and currency the user set', () => {
    const answers: Answers = {
      ...typicalAnswers,
      teamSize: 'unsure',
      dailyUsers: 'unsure',
      targetLaunch: 'unsure',
      rateLow: 1500,
      rateHigh: 2500,
      currencySymbol: '€',
    };
    const decoded = decodeShareFragment(encodeShareFragment(answers));
    expect(decoded.ok && decoded.answers).toMatchObject({
      teamSize: 'unsure',
      dailyUsers: 'unsure',
      targetLaunch: 'unsure',
      rateLow: 1500,
      rateHigh: 2500,
      currencySymbol: '€',
    });
  });

  it('reads "not sure" for a question that cannot take it as an altered link, and an unknown extension as newer', () => {
    // Body: the project name (code 1, text), then the extension section marker and a "not sure" record naming code 1.
    const body = (type: number) =>
      new ByteWriter()
        .uvarint(1)
        .uvarint(1)
        .bytes(new Uint8Array([65]))
        .uvarint(0)
        .uvarint(type)
        .uvarint(1)
        .uvarint(1)
        .finish();
    const link = (type: number) => {
      const b = body(type);
      const content = new Uint8Array(1 + b.length);
      content.set(b, 1);
      return frame(2, content);
    };
    expect(decodeShareFragment(link(1))).toMatchObject({ ok: false, reason: 'truncated-or-altered' });
    expect(decodeShareFragment(link(9))).toMatchObject({ ok: false, reason: 'newer-version' });
  });
});
