/**
 * The what-if analysis of one answer set: its decisive answers and its sensitivity. `whatIfWork` is the analysis
 * as work that pauses between evaluations (work.ts), so a page can run it between frames and show it as it forms;
 * `analyseWhatIf` runs it at once, for the CLI and the tests. Both give the same result.
 */
import type { Plan } from '@/domain/plan';
import { questions, type Answers } from '@/domain/questions';
import { ruleset as defaultRuleset } from '../ruleset';
import { decisiveFor, orderDecisive, type Decisive } from './decisive';
import { metrics, Prober, type Metric, type WhatIfOptions } from './probe';
import {
  rankRows,
  sensitivityOf,
  sensitivityVariables,
  type Sensitivity,
  type SensitivityRow,
} from './sensitivity';
import { finish, type Work } from './work';

export interface WhatIfAnalysis {
  /** The plan the analysis is about (without the "not sure" next steps). */
  plan: Plan;
  decisive: Decisive[];
  sensitivity: Sensitivity;
  /** Messages of every blocker met along the way, by id: what a decisive answer clears or raises. */
  blockerMessages: Record<string, string>;
  /** How many times the engine ran. */
  evaluations: number;
}

/** Progress reported between questions: how many of them have been examined. */
export interface WhatIfProgress {
  done: number;
  total: number;
}

export function* whatIfWork(
  answers: Answers,
  options: WhatIfOptions = {},
  onProgress?: (p: WhatIfProgress) => void,
): Work<WhatIfAnalysis> {
  const rules = options.ruleset ?? defaultRuleset;
  const prober = new Prober(answers, options);
  const decisive: Decisive[] = [];
  const rows = Object.fromEntries(metrics.map((m) => [m, [] as SensitivityRow[]])) as Record<
    Metric,
    SensitivityRow[]
  >;
  const examined = questions.filter((q) => q.id in prober.answers || prober.plan.missing.includes(q.id));
  const variables = sensitivityVariables(prober, rules);
  // The sensitivity first: its variations are those of the choices, which the decisive answers then find cached.
  const total = variables.length + examined.length;
  let done = 0;
  for (const v of variables) {
    const byMetric = yield* sensitivityOf(prober, v);
    for (const m of metrics) {
      const row = byMetric[m];
      if (row) rows[m].push(row);
    }
    onProgress?.({ done: ++done, total });
  }
  for (const q of examined) {
    decisive.push(...(yield* decisiveFor(prober, q, rules)));
    onProgress?.({ done: ++done, total });
  }
  const ordered = orderDecisive(decisive);
  const messages: Record<string, string> = { ...prober.base.blockerMessages };
  for (const d of ordered)
    for (const id of d.becomes.raises ?? [])
      messages[id] ??= prober.probe({ [d.questionId]: d.value }).blockerMessages[id] ?? id;
  return {
    plan: prober.plan,
    decisive: ordered,
    sensitivity: {
      base: prober.base.ranges,
      currencySymbol: prober.base.currencySymbol,
      rows: Object.fromEntries(metrics.map((m) => [m, rankRows(rows[m])])) as Sensitivity['rows'],
    },
    blockerMessages: messages,
    evaluations: prober.evaluations,
  };
}

export const analyseWhatIf = (answers: Answers, options: WhatIfOptions = {}): WhatIfAnalysis =>
  finish(whatIfWork(answers, options));

/** Only the decisive answers (the sensitivity is not needed for them). */
export function analyseDecisive(answers: Answers, options: WhatIfOptions = {}): Decisive[] {
  const rules = options.ruleset ?? defaultRuleset;
  const prober = new Prober(answers, options);
  const out: Decisive[] = [];
  for (const q of questions)
    if (q.id in prober.answers || prober.plan.missing.includes(q.id))
      out.push(...finish(decisiveFor(prober, q, rules)));
  return orderDecisive(out);
}

/** The plan with its decisive answers: what `npm run plan` writes as JSON and every export shows. */
export const withDecisive = (plan: Plan, answers: Answers, options: WhatIfOptions = {}): Plan => ({
  ...plan,
  decisive: analyseDecisive(answers, options),
});
