/**
 * Answers to retired questions, carried over to the questions that replaced them. Answer files, drafts and share
 * links written before a question was retired keep opening to an equivalent plan: the retired question stays in
 * the catalogue (so its answers still parse) and `upgradeAnswers` moves its answer to where it is asked now.
 *
 * `euAiActUses` (code 47) asked EU users, in a second question, whether the system worked in one of the EU AI
 * Act's high-risk areas. The use is now asked once, in `highStakes`, and the high-risk class follows from it and
 * the regions (see rules/compliance.json), so a hiring tool for EU applicants no longer needs a second tick.
 */
import type { Answers } from './types';

export interface RetiredMapping {
  /** The retired answer value. */
  from: { question: string; value: string };
  /** What it becomes in the current catalogue; several values when the old option covered several uses. */
  to: { question: string; values: string[] };
  /** When the mapping depends on another answer, in words. */
  note?: string;
}

/** The old option "Credit scoring or insurance pricing" named two uses; the industry says which one was meant. */
function creditUses(industry: unknown): string[] {
  if (industry === 'insurance') return ['insurance-pricing'];
  if (industry === 'finance') return ['credit-scoring'];
  return ['credit-scoring', 'insurance-pricing'];
}

const euAiActUseMap: Record<string, (answers: Answers) => string[]> = {
  employment: () => ['hiring'],
  credit: (a) => creditUses(a.industry),
  health: () => ['medical'],
  education: () => ['education-scoring'],
  'public-services': () => ['public-benefits'],
  none: () => [],
};

/** The mappings in words, for the documentation and the tests. */
export const retiredMappings: readonly RetiredMapping[] = [
  {
    from: { question: 'euAiActUses', value: 'employment' },
    to: { question: 'highStakes', values: ['hiring'] },
  },
  {
    from: { question: 'euAiActUses', value: 'credit' },
    to: { question: 'highStakes', values: ['credit-scoring', 'insurance-pricing'] },
    note: 'insurance-pricing alone when the industry is insurance, credit-scoring alone when it is finance, both otherwise',
  },
  { from: { question: 'euAiActUses', value: 'health' }, to: { question: 'highStakes', values: ['medical'] } },
  {
    from: { question: 'euAiActUses', value: 'education' },
    to: { question: 'highStakes', values: ['education-scoring'] },
  },
  {
    from: { question: 'euAiActUses', value: 'public-services' },
    to: { question: 'highStakes', values: ['public-benefits'] },
  },
  { from: { question: 'euAiActUses', value: 'none' }, to: { question: 'highStakes', values: [] } },
];

/**
 * The answers with every retired answer moved to its replacement (pure and total; the same object when there is
 * nothing to move). Values already given in the replacement are kept; "none" gives way to a real use. An answer
 * that was set aside when it was written (euAiActUses without EU users) stays as it was, set aside, and so does a
 * malformed one, for the answers schema to name.
 */
export function upgradeAnswers<A extends Record<string, unknown>>(answers: A): A {
  const old = answers.euAiActUses;
  if (old === undefined) return answers;
  const regions = answers.regions;
  if (!Array.isArray(regions) || !regions.includes('eu')) return answers;
  const highStakes = answers.highStakes;
  const wellFormed =
    Array.isArray(old) &&
    old.every((v) => typeof v === 'string' && Object.hasOwn(euAiActUseMap, v)) &&
    (highStakes === undefined ||
      (Array.isArray(highStakes) && highStakes.every((v) => typeof v === 'string')));
  if (!wellFormed) return answers;
  const { euAiActUses: _retired, ...rest } = answers;
  const uses = (old as string[]).flatMap((v) => euAiActUseMap[v]!(answers as Answers));
  if (uses.length === 0) return rest as A;
  const merged = ((highStakes as string[] | undefined) ?? []).filter((v) => v !== 'none');
  for (const u of uses) if (!merged.includes(u)) merged.push(u);
  return { ...rest, highStakes: merged } as unknown as A;
}
