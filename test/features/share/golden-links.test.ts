import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  decodeShareFragment,
  encodeShareFragment,
  SHARE_FORMAT_VERSION,
  type SharedScenario,
} from '@/features/share/model';
import { migrate } from '@/features/share/model/migrations';
import type { Answers } from '@/domain/questions';
import { evaluate } from '@/engine';

interface Golden {
  format: number;
  description: string;
  link: string;
  answers: Record<string, unknown>;
  /** What the extension records carry besides answers, when the link has them (format 2). */
  notes?: Record<string, string>;
  rulesetVersion?: string;
  scenarios?: SharedScenario[];
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

  // A golden's `answers` are in the shape of its own format (format 0's already in format 1's, as its README says);
  // the decoder lifts them through the migrations, and the plan they give must not change.
  it.each(goldens)('%s still opens to the answers it was made from, and to the same plan', (_, golden) => {
    const decoded = decodeShareFragment(golden.link);
    expect(decoded).toMatchObject({ ok: true, formatVersion: golden.format });
    if (!decoded.ok) return;
    expect(decoded.answers).toEqual(
      migrate(golden.answers, Math.max(1, golden.format), SHARE_FORMAT_VERSION),
    );
    expect(decoded.migratedFrom).toBe(golden.format < SHARE_FORMAT_VERSION ? golden.format : undefined);
    expect(evaluate(decoded.answers)).toEqual(evaluate(golden.answers as Answers));
    expect(decoded.notes).toEqual(golden.notes);
    expect(decoded.scenarios).toEqual(golden.scenarios);
    // Links of formats 0 and 1 name no ruleset: only 2026.11.1 wrote them.
    expect(decoded.rulesetVersion).toBe(
      golden.rulesetVersion ?? (golden.format < 2 ? '2026.11.1' : undefined),
    );
  });

  it('opens format-1 links that ticked an EU AI Act area to that use in highStakes, with its obligations', () => {
    const health = goldens.find(([f]) => f === 'v1-agentic-health.json')![1];
    const decoded = decodeShareFragment(health.link);
    expect(decoded.ok && decoded.answers).not.toHaveProperty('euAiActUses');
    expect(decoded.ok && decoded.answers.highStakes).toEqual(['medical', 'hiring']);
    const typical = goldens.find(([f]) => f === 'v1-typical.json')![1];
    const opened = decodeShareFragment(typical.link);
    // "Credit scoring or insurance pricing" from an insurer: life and health insurance pricing (Annex III 5(c)).
    expect(opened.ok && opened.answers.highStakes).toEqual(['financial', 'insurance-pricing']);
    const plan = evaluate(opened.ok ? opened.answers : {});
    expect(plan.obligations.map((o) => o.id)).toEqual(
      expect.arrayContaining(['ai-act-high-risk', 'ai-act-fria']),
    );
  });

  it.each(goldens.filter(([, g]) => g.format === SHARE_FORMAT_VERSION))(
    '%s is what the current encoder writes',
    (_, golden) => {
      // If only this fails (say after an fflate upgrade), old links still open; new ones are merely spelled
      // differently. Add a new golden instead of editing this one.
      const { notes, rulesetVersion, scenarios } = golden;
      expect(encodeShareFragment(golden.answers as never, { notes, rulesetVersion, scenarios })).toBe(
        golden.link,
      );
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
