/**
 * Re-running the engine on variations of one answer set. Every what-if figure comes from here: a variation is
 * the answers with some of them changed, evaluated by the engine as it stands, and summed up as what the analyses
 * read (the approach, the hosting, the blockers, the three headline figures). Summaries are cached by variation,
 * so the decisive answers and the sensitivity share the evaluations they have in common; whole plans are not kept.
 */
import type { ApproachId, Plan } from '@/domain/plan';
import type { Range } from '@/domain/range';
import { splitByApplicability, upgradeAnswers, type AnswerValue, type Answers } from '@/domain/questions';
import { evaluate, type EvaluateOptions } from '../evaluate';

export type HostingId = Plan['model']['hosting'];

/** The three figures a sensitivity ranks answers by. */
export const metrics = ['build', 'monthly', 'weeks'] as const;
export type Metric = (typeof metrics)[number];

/** What a variation's plan is, as far as the analyses are concerned. */
export interface Probe {
  approach: ApproachId;
  hosting: HostingId;
  /** Ids of the blockers, in the plan's order. */
  blockers: string[];
  blockerMessages: Record<string, string>;
  ranges: Record<Metric, Range>;
  /** Required questions left without an answer. */
  missing: string[];
  currencySymbol: string;
}

/** A change to some answers: a value, or undefined to take the answer away. */
export type Changes = Readonly<Record<string, AnswerValue | undefined>>;

export const rangeOfMetric = (plan: Plan, metric: Metric): Range =>
  metric === 'build'
    ? plan.costs.build
    : metric === 'monthly'
      ? plan.costs.monthly.total
      : plan.timeline.totalWeeks;

/** The single figure a range is ranked by: its middle. */
export const middle = ([a, b]: Range): number => (a + b) / 2;

export function probeOf(plan: Plan): Probe {
  const blockers = plan.warnings.filter((w) => w.level === 'blocker');
  return {
    approach: plan.approach.recommended,
    hosting: plan.model.hosting,
    blockers: blockers.map((b) => b.id),
    blockerMessages: Object.fromEntries(blockers.map((b) => [b.id, b.message])),
    ranges: {
      build: rangeOfMetric(plan, 'build'),
      monthly: rangeOfMetric(plan, 'monthly'),
      weeks: rangeOfMetric(plan, 'weeks'),
    },
    missing: plan.missing,
    currencySymbol: plan.costs.currencySymbol,
  };
}

/** Two probes with the same key recommend the same thing and have the same blockers. */
export const outcomeKey = (p: Probe): string =>
  `${p.approach}|${p.hosting}|${[...p.blockers].sort().join(',')}`;

export type WhatIfOptions = Pick<EvaluateOptions, 'today' | 'ruleset'>;

/** The answers with `changes` applied: the answer set a user would have after making them. */
export function applyChanges(answers: Answers, changes: Changes): Answers {
  const out: Answers = { ...answers };
  for (const [id, v] of Object.entries(changes)) {
    if (v === undefined) delete out[id];
    else out[id] = v;
  }
  return out;
}

export class Prober {
  /** The answers that apply, as the engine reads them (retired ones carried over). */
  readonly answers: Answers;
  readonly plan: Plan;
  readonly base: Probe;
  private readonly cache = new Map<string, Probe>();
  /** How many times the engine ran: the cost of the analysis. */
  evaluations = 0;

  constructor(
    answers: Answers,
    readonly options: WhatIfOptions = {},
  ) {
    this.answers = splitByApplicability(upgradeAnswers(answers)).active;
    this.plan = evaluate(this.answers, options);
    this.evaluations++;
    this.base = probeOf(this.plan);
    this.cache.set('{}', this.base);
  }

  /** The plan's summary with these answers changed. */
  probe(changes: Changes): Probe {
    const key = JSON.stringify(Object.entries(changes).sort(([a], [b]) => (a < b ? -1 : 1)));
    let p = this.cache.get(key);
    if (!p) {
      p = probeOf(evaluate(applyChanges(this.answers, changes), this.options));
      this.evaluations++;
      this.cache.set(key, p);
    }
    return p;
  }
}
