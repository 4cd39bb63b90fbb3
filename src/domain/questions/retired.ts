/**
 * Answers to retired questions, carried over to the questions that replaced them. Answer files, drafts and share
 * links written before a question was retired keep opening to an equivalent plan: the retired question stays in
 * the catalogue (so its answers still parse) and `upgradeAnswers` moves its answer to where it is asked now.
 *
 * `euAiActUses` (code 47) asked EU users, in a second question, whether the system worked in one of the EU AI
 * Act's high-risk areas. The use is now asked once, in `highStakes`, and the high-risk class follows from it and
 * the regions (see rules/compliance.json), so a hiring tool for EU applicants no longer needs a second tick.
 * The mapping, in words: docs/compliance-coverage.md.
 */
import type { Answers } from './types';

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
