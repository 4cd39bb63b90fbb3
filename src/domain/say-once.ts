/**
 * The plan says each thing once. The engine records one entry per rule, and some rules share a text (one assumption
 * behind several phases, the deciding reason behind an alternative that would also work, a preference challenged
 * for the reason its alternative gives); these helpers merge or shorten such repeats for every view, so the
 * results page and the exports drop the same ones.
 */
import type { Because, Plan } from './plan';

export interface StatedAssumption {
  /** A1, A2…: how reasons refer to it. */
  ref: string;
  text: string;
  /** Every rule that rests on it. */
  because: Because[];
}

/** The plan's assumptions, each text once, with all the rules that rest on it. */
export function distinctAssumptions(plan: Plan): StatedAssumption[] {
  const byText = new Map<string, StatedAssumption>();
  for (const a of plan.assumptions) {
    const key = a.text.trim();
    const seen = byText.get(key);
    if (seen) seen.because.push(...a.because);
    else byText.set(key, { ref: `A${byText.size + 1}`, text: a.text, because: [...a.because] });
  }
  return [...byText.values()];
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

type Approach = Plan['approach'];
type Alternative = Approach['alternatives'][number];

/**
 * Why an alternative was not chosen. One that would also work was beaten by the deciding reason, which the
 * approach's own summary already gives: it is not repeated here.
 */
export function alternativeWhyNot(approach: Approach, alt: Alternative): string {
  const prefix = `${alt.label} would also work, but `;
  const decidedBySameRule = alt.because.length > 0 && alt.because[0]?.ruleId === approach.because[0]?.ruleId;
  if (decidedBySameRule && alt.whyNot.startsWith(prefix))
    return `${alt.label} would also work, but the answers that decided the approach favour ${lowerFirst(approach.label)}.`;
  return alt.whyNot;
}

/** The alternatives worth listing: a challenged preference is explained by its own verdict, not twice. */
export function alternativesToList(approach: Approach): Alternative[] {
  const p = approach.preferred;
  if (p?.verdict !== 'challenged') return approach.alternatives;
  return approach.alternatives.filter((a) => a.approach !== p.approach);
}

/** The verdict on a stated preference, without the deciding reason the summary already gives. */
export function preferenceReason(approach: Approach): string | undefined {
  const p = approach.preferred;
  if (!p) return undefined;
  const same = 'Your answers point the same way: ';
  if (p.verdict === 'honoured' && p.reason.startsWith(same)) return 'Your answers point the same way.';
  return p.reason;
}

/** A section's reasons that none of its listed items gives already: each reason is given once. */
export function reasonsNotGivenBy<B extends { ruleId: string }>(
  because: readonly B[],
  items: readonly { because: readonly { ruleId: string }[] }[],
): B[] {
  const given = new Set(items.flatMap((i) => i.because.map((b) => b.ruleId)));
  return because.filter((b) => !given.has(b.ruleId));
}
