/**
 * evaluate(answers) → Plan: pure and synchronous, no clock, no I/O. The live preview calls it on every
 * keystroke, so a partial answer set never throws: an unanswered question takes its stated default (listed in
 * `plan.assumptions`), the decisive ones, which have none, are listed in `plan.missing`, and the estimates use
 * whatever is known.
 *
 * Stages (each may read the facts of the stages before it, see facts.ts):
 * answers → derived facts → approach → model (tier, hosting, family) → components, obligations, timeline, costs,
 * risks, evaluation, metrics, readiness → estimate facts (dates, budgets) → warnings, next steps.
 */
import { SCHEMA_VERSION } from '@/domain/answers';
import type { ApproachId, Plan } from '@/domain/plan';
import {
  assumedAnswers,
  assumeUnanswered,
  missingAnswers,
  splitByApplicability,
  upgradeAnswers,
  type Answers,
  type QuestionId,
} from '@/domain/questions';
import { assumedItems, markAssumedTriggers } from './assumed';
import {
  collectComponents,
  collectEvaluation,
  collectMetrics,
  collectNextSteps,
  collectObligations,
  collectReadiness,
  collectRisks,
  collectWarnings,
} from './collect';
import { decideApproach, decideModel } from './decide';
import { assumptionValues, editedFromAnswers, type EditedAssumptions } from './assumptions';
import { checkAgainstSources } from './checks';
import { recordParameters } from './parameters';
import { estimateAgain, estimateCosts, estimateTimeline, teamFor, volumeFor } from './estimates';
import { Explanations } from './fire';
import { deriveFacts, num, weeksBetween } from './facts';
import { ruleset as defaultRuleset } from './ruleset';
import type { Ruleset } from './rules-schema';
import { unknownSteps } from './unknowns';
import { RULESET_VERSION } from './version';

export interface EvaluateOptions {
  /** The date (YYYY-MM-DD) the target launch is compared with. Callers pass the real today. */
  today?: string;
  /** Another knowledge base: an earlier ruleset (history/), or one a test builds. */
  ruleset?: Ruleset;
  /** The version of `ruleset`, written into the plan (default: today's). */
  rulesetVersion?: string;
  /** The user's own rate, prices and GPU cost in place of the defaults (rules/assumptions.json). */
  assumptions?: EditedAssumptions;
  /** A scenario's approach, taken as given instead of decided (the plan says which requirements it misses). */
  forceApproach?: ApproachId;
  /**
   * Only what the live preview shows (the headline and the assumptions): skips working out what finding out each
   * "not sure" figure would change.
   */
  preview?: boolean;
}

/** Used when no `today` is passed, so that the same answers always give the same plan. */
export const DEFAULT_TODAY = '2026-11-23';

export function evaluate(answers: Answers, options: EvaluateOptions = {}): Plan {
  // Answers to retired questions count as the answers that replaced them, so old files and links keep their plan.
  // Answers to questions hidden by branching are kept by the wizard but must not influence the plan.
  const given = splitByApplicability(upgradeAnswers(answers)).active;
  // A question left unanswered takes its stated default (domain/questions/assumed.ts), so a quick scope of the
  // decisive answers is a complete plan; each default is listed with the plan's assumptions. A default may hide
  // a question answered before: what applies is worked out again then.
  const { answers: filled, assumed } = assumeUnanswered(given);
  const active = assumed.length ? splitByApplicability(filled).active : given;
  const plan = evaluatePlan(active, options);
  if (assumed.length === 0) return plan;
  // The preview shows neither "Why?" nor triggers: marking them would be work for nothing.
  if (!options.preview) markAssumedTriggers(plan, new Set(assumed));
  return { ...plan, assumptions: [...assumedItems(assumed, active), ...plan.assumptions] };
}

/** The plan of answers that all apply (upgraded, defaults taken). */
function evaluatePlan(active: Answers, options: EvaluateOptions): Plan {
  const rules = options.ruleset ?? defaultRuleset;
  const today = options.today ?? DEFAULT_TODAY;
  const facts = deriveFacts(active);
  // A question with a stated default is never missing: unanswered, it was assumed (see evaluate).
  const missing = missingAnswers(active)
    .filter((q) => assumedAnswers[q.id as QuestionId] === undefined)
    .map((q) => q.id);
  const out = new Explanations();

  const approach = decideApproach(rules.approach, facts, out, options.forceApproach);
  const chosen = approach.plan.recommended;
  facts.set('approach', chosen);
  facts.set('fineTunes', chosen === 'fine-tune' || chosen === 'rag-fine-tune');
  facts.set(
    'retrieval',
    chosen === 'rag' ||
      chosen === 'rag-fine-tune' ||
      (chosen === 'agentic' && facts.get('docsAvailable') === true),
  );
  if (approach.fineTuneMethod) facts.set('fineTuneMethod', approach.fineTuneMethod);

  const model = decideModel(rules.hosting.rules, facts, out);
  facts.set('tier', model.tier);
  facts.set('hostingChoice', model.hosting);
  facts.set('selfHosted', model.hosting === 'private-cloud' || model.hosting === 'on-premises');
  facts.set('family', model.family);

  // Before the timeline: the gates among the obligations carry the time they add (schedule).
  const obligations = collectObligations(rules.compliance, facts, out);
  const values = assumptionValues(rules.assumptions, {
    ...editedFromAnswers(active, rules.assumptions),
    ...options.assumptions,
  });
  const team = teamFor(facts, rules.assumptions.notSure.values);
  const { timeline, work } = estimateTimeline(rules.timeline, facts, obligations, values, team, out);
  const volume = volumeFor(facts, rules.assumptions, values);
  const costs = estimateCosts(rules.cost.rules, facts, { effort: timeline.effort, volume, values }, out);
  recordParameters(out, rules.assumptions, values, facts, { volume, team });
  // Finding out a "not sure" figure is a next step, with what it would change: the estimate redone at both ends.
  const unknowns = options.preview
    ? []
    : unknownSteps(active, rules, (id, value) => {
        const at = new Map(facts).set(id, value);
        return estimateAgain(
          { work, costs },
          {
            team: teamFor(at, rules.assumptions.notSure.values),
            volume: volumeFor(at, rules.assumptions, values),
          },
          at,
          values,
        );
      });

  facts.set('totalWeeksMin', timeline.totalWeeks[0]);
  facts.set('totalWeeksMax', timeline.totalWeeks[1]);
  facts.set('buildCostMin', costs.build[0]);
  facts.set('buildCostMax', costs.build[1]);
  facts.set('monthlyCostMin', costs.monthly.total[0]);
  facts.set('monthlyCostMax', costs.monthly.total[1]);
  facts.set('usefulTeam', timeline.team.useful);
  facts.set('teamBeyondUseful', team.source === 'answer' && team.engineers[0] > timeline.team.useful);
  facts.set('dataPrepShareMin', Math.round(timeline.dataPrepShare[0] * 100));
  facts.set('dataPrepShareMax', Math.round(timeline.dataPrepShare[1] * 100));
  if (volume) {
    const perRequest = volume.tokensPerRequest[1];
    facts.set('monthlyRequests', volume.dailyUsers[1] * volume.requestsPerUser[1] * volume.daysPerMonth);
    facts.set(
      'monthlyTokens',
      volume.dailyUsers[1] * volume.requestsPerUser[1] * volume.daysPerMonth * perRequest,
    );
    facts.set('tokensPerCall', volume.tokensPerCall[1]);
    facts.set('runYearOverBuild', costs.monthly.total[1] * 12 > costs.build[1]);
  }
  const weeks = weeksBetween(today, facts.get('targetLaunch'));
  if (weeks !== undefined) {
    facts.set('weeksUntilLaunch', weeks);
    facts.set('launchShortfallMin', timeline.totalWeeks[0] - weeks);
    facts.set('launchShortfallMax', timeline.totalWeeks[1] - weeks);
  }
  const budget = num(facts.get('budgetCeiling'));
  if (budget !== undefined) {
    facts.set('budgetShortfallMin', costs.build[0] - budget);
    facts.set('budgetShortfallMax', costs.build[1] - budget);
  }
  const runBudget = num(facts.get('runBudgetMonthly'));
  if (runBudget !== undefined && volume) {
    facts.set('runBudgetShortfallMin', costs.monthly.total[0] - runBudget);
    facts.set('runBudgetShortfallMax', costs.monthly.total[1] - runBudget);
  }

  const components = collectComponents(rules.components.rules, facts, out);
  const risks = collectRisks(rules.risks.rules, facts, out);
  const evaluation = collectEvaluation(rules.evaluation.rules, facts, out);
  const metrics = collectMetrics(rules.metrics.rules, facts, out);
  const readiness = collectReadiness(rules.readiness.rules, facts, out);

  const warnings = collectWarnings(rules.warnings.rules, facts, out);
  const nextSteps = collectNextSteps(rules['next-steps'].rules, facts, out);

  const readinessMean = Math.round(readiness.reduce((s, r) => s + r.score, 0) / readiness.length);
  return {
    rulesetVersion: options.rulesetVersion ?? RULESET_VERSION,
    schemaVersion: SCHEMA_VERSION,
    missing,
    headline: {
      approach: chosen,
      approachLabel: approach.plan.label,
      timelineWeeks: timeline.totalWeeks,
      buildCost: costs.build,
      monthlyCost: costs.monthly.total,
      readiness: readinessMean,
      blockers: warnings.filter((w) => w.level === 'blocker').length,
    },
    approach: approach.plan,
    model,
    components,
    timeline,
    costs,
    risks,
    obligations,
    legalReview: { reviewedOn: rules.compliance.reviewedOn },
    evaluation,
    metrics,
    readiness,
    warnings,
    nextSteps: [...unknowns, ...nextSteps],
    checks: checkAgainstSources({ facts, timeline, costs, values, volume }),
    assumptions: out.assumptions,
    trace: out.trace,
  };
}
