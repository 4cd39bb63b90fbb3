/** Turns an item's `because` into words a reader can check: question labels, readable answers, named sources. */
import type { Because } from '@/domain/plan';
import { formatAnswer, questionById, type Answers } from '@/domain/questions';
import { readableCitation } from '@/domain/source-sections';
import type { Citation } from '@/domain/sources';
import { factLabel } from '@/engine';

/**
 * "CTO guide to generative AI — Decision 3: compliance before code": the document and the part of it, which a
 * reader can find; the exact lines are in the exports' sources appendix.
 */
export const formatSource = (c: Citation): string => readableCitation(c);

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
  if (!q) return { label: factLabel(t.fact), value: t.value, isAnswer: false };
  const given = answers[t.fact];
  return { label: q.label, value: given === undefined ? t.value : formatAnswer(q, given), isAnswer: true };
}
