/**
 * The decision summary: what a reader with five minutes needs, picked from the plan once for the results page and
 * the executive one-pager. The recommended approach and the answers that decided it, the timeline and the costs,
 * the blockers, the most severe risks, the gates that must be passed before launch and the first next steps.
 */
import type { Obligation, Plan } from './plan';
import type { Range } from './range';

export interface SummaryLimits {
  decidedBy: number;
  risks: number;
  mustDo: number;
  nextSteps: number;
}

export const SUMMARY_LIMITS: SummaryLimits = { decidedBy: 3, risks: 3, mustDo: 3, nextSteps: 3 };

export interface Shown<T> {
  items: T[];
  /** How many there are in the plan, of which `items` are the first. */
  total: number;
}

export interface DecisionSummary {
  approach: Plan['approach'];
  decidedBy: Plan['approach']['decidedBy'];
  timeline: Range;
  build: Range;
  monthly: Range;
  currencySymbol: string;
  /** Required answers still missing: the figures may move. */
  missing: number;
  blockers: Plan['warnings'];
  risks: Shown<Plan['risks'][number]>;
  /** Obligations that are gates before launch, those that take calendar time first. */
  mustDo: Shown<Obligation>;
  nextSteps: Shown<Plan['nextSteps'][number]>;
}

const SEVERITY = { critical: 0, high: 1, medium: 2, low: 3 } as const;

const first = <T>(items: readonly T[], n: number): Shown<T> => ({
  items: items.slice(0, n),
  total: items.length,
});

export function decisionSummary(plan: Plan, limits: SummaryLimits = SUMMARY_LIMITS): DecisionSummary {
  const risks = [...plan.risks].sort((a, b) => SEVERITY[a.severity] - SEVERITY[b.severity]);
  const gates = plan.obligations.filter((o) => o.kind === 'gate');
  const mustDo = [...gates.filter((o) => o.schedule), ...gates.filter((o) => !o.schedule)];
  return {
    approach: plan.approach,
    decidedBy: plan.approach.decidedBy.slice(0, limits.decidedBy),
    timeline: plan.headline.timelineWeeks,
    build: plan.headline.buildCost,
    monthly: plan.headline.monthlyCost,
    currencySymbol: plan.costs.currencySymbol,
    missing: plan.missing.length,
    blockers: plan.warnings.filter((w) => w.level === 'blocker'),
    risks: first(risks, limits.risks),
    mustDo: first(mustDo, limits.mustDo),
    nextSteps: first(plan.nextSteps, limits.nextSteps),
  };
}
