/**
 * How an old link keeps opening after the product changes.
 *
 * Each share format version decodes to the answers as they were shaped in that version; the migrations below then
 * lift them, one version at a time, to the current shape before the answers schema judges them.
 *
 * The rules for changing the catalogue:
 * - Appending a question (new `code`) or an option (at the end of `options`) needs nothing: old links still decode,
 *   and a link using the new code or option reads as "made by a newer version" in an older app.
 * - Anything else (an option's meaning changes, a unit changes, a question's kind changes, a question is retired)
 *   bumps SHARE_FORMAT_VERSION, freezes whatever the old version's decoder needs to read its own links, and adds a
 *   migration from the old version to the new one here. Add a golden link of the new version to
 *   test/fixtures/share-links/ and never edit or delete an existing one.
 */

import { upgradeAnswers } from '@/domain/questions';

export type RawAnswers = Record<string, unknown>;

export interface ShareMigration {
  from: number;
  to: number;
  /** What changed, in words a reviewer can check against the fixture. */
  description: string;
  /** Pure and total: returns a new object, never throws on odd input (the schema judges the result). */
  up(answers: RawAnswers): RawAnswers;
}

export const migrations: readonly ShareMigration[] = [
  {
    from: 0,
    to: 1,
    description:
      'Format 0 (the named-key prototype) called the build budget `buildBudgetK` and counted it in thousands of ' +
      'USD; format 1 calls it `budgetCeiling` in USD. The hosting option `api` became `public-api`.',
    up(answers) {
      const { buildBudgetK, ...rest } = answers;
      const out: RawAnswers = { ...rest };
      if (typeof buildBudgetK === 'number' && out.budgetCeiling === undefined)
        out.budgetCeiling = Math.round(buildBudgetK * 1000);
      else if (buildBudgetK !== undefined) out.buildBudgetK = buildBudgetK; // let the schema name the problem
      if (out.hosting === 'api') out.hosting = 'public-api';
      return out;
    },
  },
  {
    from: 1,
    to: 2,
    description:
      'Format 2 retires `euAiActUses` (code 47, still readable): the use is asked once, in `highStakes`, and the ' +
      'EU AI Act class follows from it and the regions. Its answer moves to the `highStakes` options appended for ' +
      'it (employment → hiring, credit → credit-scoring and/or insurance-pricing by industry, health → medical, ' +
      'education → education-scoring, public-services → public-benefits). A format-1 app opening a format-2 link ' +
      'says it was made by a newer version rather than quietly missing the derivation.',
    up: (answers) => upgradeAnswers(answers),
  },
];

/** Applies every migration from `fromVersion` up to `toVersion`; undefined when the chain has a gap. */
export function migrate(
  answers: RawAnswers,
  fromVersion: number,
  toVersion: number,
  chain: readonly ShareMigration[] = migrations,
): RawAnswers | undefined {
  let current = answers;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = chain.find((m) => m.from === v && m.to === v + 1);
    if (!step) return undefined;
    current = step.up(current);
  }
  return current;
}
