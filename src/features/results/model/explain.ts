/** Turns an item's `because` into words a reader can check: question labels, readable answers, named sources. */
import type { Because } from '@/domain/plan';
import { formatAnswer, questionById, type Answers } from '@/domain/questions';
import { readableCitation } from '@/domain/source-sections';
import type { Citation } from '@/domain/sources';
import { derivedFacts, type DerivedFactDoc } from '@/engine/facts';

/**
 * "CTO guide to generative AI — Decision 3: compliance before code": the document and the part of it, which a
 * reader can find; the exact lines are in the exports' sources appendix.
 */
export const formatSource = (c: Citation): string => readableCitation(c);

/** "dailyTokens" → "Daily tokens": derived facts have no question, so their name is the best label we have. */
export function humaniseFact(fact: string): string {
  const words = fact
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_.]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface ReadableTrigger {
  label: string;
  value: string;
  /** True when the fact is a question the user answered, false for a fact the engine derived. */
  isAnswer: boolean;
}

/**
 * The user's own answer, rendered the way the review page shows it, wins over the value the rule saw; the rule's
 * value is the fallback for derived facts and for answers not passed in.
 */
export function readableTrigger(t: Because['triggers'][number], answers: Answers): ReadableTrigger {
  const q = questionById.get(t.fact);
  if (!q) {
    const doc: DerivedFactDoc | undefined = (derivedFacts as Record<string, DerivedFactDoc>)[t.fact];
    return { label: doc?.label ?? humaniseFact(t.fact), value: t.value, isAnswer: false };
  }
  const given = answers[t.fact];
  return { label: q.label, value: given === undefined ? t.value : formatAnswer(q, given), isAnswer: true };
}
