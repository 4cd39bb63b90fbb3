/**
 * The promise behind the checksum: a link that lost its end or had one character changed on the way never opens,
 * and in particular never opens to different answers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  decodeShareFragment,
  encodeShareFragment,
  isShareFragment,
  type DecodeFailureReason,
} from '@/features/share/model';
import { questions, type Answers } from '@/domain/questions';
import { agenticHealthAnswers } from './sample-answers';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const strangers = ['.', '#', '=', '%', ' ', '~', '+', '/', 'é'];

const goldenDir = resolve(__dirname, '../../fixtures/share-links');
const goldenLinks = readdirSync(goldenDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [
    `golden ${f}`,
    (JSON.parse(readFileSync(resolve(goldenDir, f), 'utf8')) as { link: string }).link,
  ]);

const longText: Answers = { ...agenticHealthAnswers };
for (const q of questions)
  if (q.kind === 'text')
    longText[q.id] = 'Lorem ipsum dolor sit amet. '.repeat(30).slice(0, q.maxLength).trim();

// The golden links include links of the three sample answer sets.
const samples: [string, string][] = [
  ['every text at its maximum', encodeShareFragment(longText)],
  ...(goldenLinks as [string, string][]),
];

describe.each(samples)('tampering with %s', (_, link) => {
  it('opens untouched', () => {
    expect(decodeShareFragment(link).ok).toBe(true);
  });

  it('rejects every truncation', () => {
    for (let n = 0; n < link.length; n++) {
      const result = decodeShareFragment(link.slice(0, n));
      if (result.ok) throw new Error(`truncation to ${n} characters opened`);
      // Routed to the shared view, which explains it, rather than showing the user's draft without a word.
      if (n >= 2 && !isShareFragment(`#${link.slice(0, n)}`))
        throw new Error(`truncation to ${n} characters is not recognised as a link`);
    }
  });

  it('rejects every single-character change', () => {
    const reasons: Partial<Record<DecodeFailureReason, number>> = {};
    let tried = 0;
    for (let i = 0; i < link.length; i++) {
      for (const c of [...alphabet, ...strangers]) {
        if (c === link[i]) continue;
        const changed = link.slice(0, i) + c + link.slice(i + 1);
        const result = decodeShareFragment(changed);
        tried++;
        if (result.ok) throw new Error(`changing character ${i} to ${JSON.stringify(c)} opened`);
        if (!isShareFragment(`#${changed}`))
          throw new Error(`changing character ${i} to ${JSON.stringify(c)} is not recognised as a link`);
        reasons[result.reason] = (reasons[result.reason] ?? 0) + 1;
      }
    }
    console.info(`${link.length} characters: ${tried} one-character changes rejected`, reasons);
    // Only the version digit can make a changed link look newer; everything else is explained as altered.
    expect(reasons['newer-version'] ?? 0).toBeLessThanOrEqual(8);
    expect(reasons['not-ours']).toBeUndefined();
    expect(reasons['too-large']).toBeUndefined();
  });
});
