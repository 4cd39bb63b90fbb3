/**
 * Fires rules: tests each rule's condition over an evaluation's facts and explains every rule that holds with the
 * plan's `because`: the rule, the facts that triggered it as the user would read them, and its grounding.
 */
import { holds, triggersOf } from '@/domain/conditions';
import type { Because, Plan } from '@/domain/plan';
import type { Facts } from './facts';
import { ruleFile, type AnyRule, type Concern } from './rules-schema';
import { readable } from './wording';

/** A rule whose condition held, and why. */
export interface Firing<R> {
  rule: R;
  because: Because;
}

export type TraceEntry = Because & { file: string };

/** What an evaluation has fired so far, in order: every firing, and the assumptions the fired rules rest on. */
export class Explanations {
  readonly trace: TraceEntry[] = [];
  readonly assumptions: Plan['assumptions'] = [];
}

/** The rules of one concern whose condition holds, in file order; every firing is also recorded in `out`. */
export function fire<R extends AnyRule>(
  rules: readonly R[],
  concern: Concern,
  facts: Facts,
  out: Explanations,
): Firing<R>[] {
  const fired: Firing<R>[] = [];
  for (const rule of rules) {
    if (!holds(rule.when, facts)) continue;
    const { id: ruleId, title, assumption } = rule;
    const triggers = triggersOf(rule.when, facts).map((fact) => ({
      fact,
      value: readable(fact, facts.get(fact)),
    }));
    const sources = rule.sources ?? [];
    const file = ruleFile(concern);
    if (assumption === undefined) {
      fired.push({ rule, because: { ruleId, title, triggers, sources } });
      out.trace.push({ ruleId, title, triggers, sources, file });
    } else {
      const because = { ruleId, title, triggers, sources, assumption };
      fired.push({ rule, because });
      out.trace.push({ ruleId, title, triggers, sources, file, assumption });
      out.assumptions.push({ id: ruleId, text: assumption, because: [because] });
    }
  }
  return fired;
}
