/**
 * evaluate(answers) → Plan. Pure and synchronous: the live preview calls it on every keystroke, so missing
 * answers never throw, they are listed in `plan.missing`.
 */
import { SCHEMA_VERSION } from '@/domain/answers';
import type { Plan } from '@/domain/plan';
import { missingAnswers, type Answers } from '@/domain/questions';
import { RULESET_VERSION } from './version';

export interface EvaluateOptions {
  /** ISO date (YYYY-MM-DD) the launch date is compared with; callers pass the real today. */
  today?: string;
}

export const DEFAULT_TODAY = '2026-11-23';

export function evaluate(answers: Answers, _options: EvaluateOptions = {}): Plan {
  const missing = missingAnswers(answers).map((q) => q.id);
  return {
    rulesetVersion: RULESET_VERSION,
    schemaVersion: SCHEMA_VERSION,
    missing,
    headline: {
      approach: 'rag',
      approachLabel: 'Retrieval-augmented generation (RAG)',
      timelineWeeks: [4, 8],
      buildCost: [15_000, 60_000],
      monthlyCost: [2_000, 10_000],
      readiness: 50,
      blockers: 0,
    },
    approach: {
      recommended: 'rag',
      label: 'Retrieval-augmented generation (RAG)',
      summary: 'Provisional: answer more questions for a tailored recommendation.',
      alternatives: [],
      because: [],
    },
    model: {
      tier: 'frontier',
      tierLabel: 'Frontier model',
      hosting: 'public-api',
      hostingLabel: 'Public model API',
      family: 'llm',
      familyLabel: 'Large language model',
      notes: [],
      because: [],
    },
    components: [],
    timeline: { phases: [], totalWeeks: [4, 8], dataPrepShare: [0.4, 0.6], because: [] },
    costs: {
      currency: 'USD',
      build: [15_000, 60_000],
      monthly: { hosting: [0, 0], inference: [2_000, 10_000], total: [2_000, 10_000] },
      optimisedInference: { savingPercent: [40, 70], monthly: [600, 6_000] },
      arithmetic: [],
      because: [],
    },
    risks: [],
    obligations: [],
    evaluation: {
      benchmarks: [],
      humanInTheLoop: '',
      promptVersioning: '',
      redTeamCadence: '',
      killCriteria: [],
      because: [],
    },
    metrics: [],
    readiness: [],
    warnings: [],
    nextSteps: [],
    assumptions: [],
    trace: [],
  };
}
