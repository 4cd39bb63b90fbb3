import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeShareFragment, encodeShareFragment, SHARE_FORMAT_VERSION } from '@/features/share/model';

interface Golden {
  format: number;
  description: string;
  link: string;
  answers: Record<string, unknown>;
}

const dir = resolve(__dirname, '../../fixtures/share-links');
const goldens = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as Golden] as const);

describe('golden share links', () => {
  it('has a link for every format version up to the current one', () => {
    for (let v = 0; v <= SHARE_FORMAT_VERSION; v++)
      expect(goldens.some(([, g]) => g.format === v)).toBe(true);
  });

  it.each(goldens)('%s still opens to the answers it was made from', (_, golden) => {
    const decoded = decodeShareFragment(golden.link);
    expect(decoded).toMatchObject({ ok: true, formatVersion: golden.format });
    if (!decoded.ok) return;
    expect(decoded.answers).toEqual(golden.answers);
    expect(decoded.migratedFrom).toBe(golden.format < SHARE_FORMAT_VERSION ? golden.format : undefined);
  });

  it.each(goldens.filter(([, g]) => g.format === SHARE_FORMAT_VERSION))(
    '%s is what the current encoder writes',
    (_, golden) => {
      // If only this fails (say after an fflate upgrade), old links still open; new ones are merely spelled
      // differently. Add a new golden instead of editing this one.
      expect(encodeShareFragment(golden.answers as never)).toBe(golden.link);
    },
  );

  it('opens the format-0 link through its migration', () => {
    const golden = goldens.find(([f]) => f === 'v0-prototype.json')![1];
    const decoded = decodeShareFragment(golden.link);
    expect(decoded).toMatchObject({ ok: true, formatVersion: 0, migratedFrom: 0 });
    expect(decoded.ok && decoded.answers.budgetCeiling).toBe(80_000);
    expect(decoded.ok && decoded.answers.hosting).toBe('public-api');
    expect(decoded.ok && decoded.answers).not.toHaveProperty('buildBudgetK');
  });
});
