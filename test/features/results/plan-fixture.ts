/**
 * A hand-built plan that exercises every section of the results page, independent of the engine's progress. It
 * goes through `planSchema`, so it can never drift from the contract; tests of the engine's real output use
 * `evaluate()` instead.
 */
import { planSchema, type Because, type Plan } from '@/domain/plan';
import type { Answers } from '@/domain/questions';
import { cite } from '@/domain/sources';

export const fixtureAnswers: Answers = {
  projectName: 'Claims summary assistant',
  industry: 'insurance',
  regions: ['eu', 'us'],
  dailyUsers: 250,
};

const because = (ruleId: string, title: string, triggers: Because['triggers'] = []): Because[] => [
  { ruleId, title, triggers, sources: [cite('000', 321, 322), cite('002', 40)] },
];

export function makePlan(overrides: Partial<Plan> = {}): Plan {
  const plan: Plan = {
    rulesetVersion: 'test',
    schemaVersion: 1,
    missing: [],
    headline: {
      approach: 'rag',
      approachLabel: 'Retrieval-augmented generation (RAG)',
      timelineWeeks: [4, 8],
      buildCost: [15_000, 60_000],
      monthlyCost: [2_000, 10_000],
      readiness: 58,
      blockers: 1,
    },
    approach: {
      recommended: 'rag',
      label: 'Retrieval-augmented generation (RAG)',
      summary: 'Ground answers in your claims documents with retrieval.',
      preferred: {
        approach: 'fine-tune',
        verdict: 'challenged',
        reason: 'Fine-tuning does not keep facts fresh.',
      },
      alternatives: [
        {
          approach: 'fine-tune',
          label: 'Fine-tuning',
          whyNot: 'Needs thousands of labelled examples you do not have yet.',
          because: because('approach.no-labels', 'Too few labelled examples', [
            { fact: 'labelledExamples', value: 'None' },
          ]),
        },
      ],
      because: because('approach.fresh-facts', 'Answers must cite current documents', [
        { fact: 'industry', value: 'insurance' },
        { fact: 'dailyTokens', value: '1.2M' },
      ]),
    },
    model: {
      tier: 'frontier',
      tierLabel: 'Frontier model',
      hosting: 'public-api',
      hostingLabel: 'Public model API',
      family: 'llm',
      familyLabel: 'Large language model',
      notes: [
        {
          text: 'Route easy requests to a small model.',
          because: because('model.routing', 'Mixed difficulty'),
        },
      ],
      because: because('model.tier', 'Frontier tier for open questions'),
    },
    components: [
      {
        id: 'vector-store',
        name: 'Vector store',
        purpose: 'Finds the passages an answer cites.',
        because: because('c.vs', 'RAG needs retrieval'),
      },
    ],
    timeline: {
      phases: [
        { id: 'discovery', name: 'Discovery', weeks: [1, 2], because: because('t.discovery', 'Scope first') },
        {
          id: 'data-prep',
          name: 'Data preparation',
          weeks: [3, 6],
          because: because('t.data', 'Data governs the timeline'),
        },
        { id: 'build', name: 'Build and integrate', weeks: [2, 4], because: [] },
        {
          id: 'compliance',
          name: 'Compliance review',
          weeks: [2, 3],
          because: because('t.compliance', 'EU users'),
        },
      ],
      totalWeeks: [6, 12],
      dataPrepShare: [0.4, 0.6],
      because: because('t.total', 'Sum of phases'),
    },
    costs: {
      currency: 'USD',
      build: [15_000, 60_000],
      monthly: { hosting: [0, 0], inference: [2_000, 10_000], total: [2_000, 10_000] },
      optimisedInference: { savingPercent: [40, 70], monthly: [600, 6_000] },
      arithmetic: ['250 users × 20 requests × 30 days = 150,000 requests a month'],
      because: because('cost.inference', 'Token pricing'),
    },
    risks: [
      {
        id: 'hallucination',
        title: 'Confident wrong answers',
        severity: 'high',
        description: 'Customers act on what the assistant says.',
        mitigations: ['Cite sources in every answer'],
        because: because('risk.halluc', 'Customer-facing facts'),
      },
    ],
    obligations: [
      {
        id: 'gdpr',
        title: 'GDPR data residency',
        why: 'EU personal data is processed.',
        actions: ['Document where data is stored'],
        because: because('ob.gdpr', 'EU users', [{ fact: 'regions', value: 'eu, us' }]),
      },
    ],
    evaluation: {
      benchmarks: [
        {
          id: 'faithfulness',
          name: 'Faithfulness',
          threshold: '≥ 95%',
          because: because('ev.f', 'Grounded answers'),
        },
      ],
      humanInTheLoop: 'A claims handler approves every summary.',
      promptVersioning: 'Prompts live in git with the code.',
      redTeamCadence: 'Quarterly',
      killCriteria: ['Faithfulness below 90% after two iterations'],
      because: because('ev.base', 'Evaluation baseline'),
    },
    metrics: [{ name: 'Handling time', target: '−30%', because: because('m.time', 'Summaries save time') }],
    readiness: [
      { area: 'useCase', label: 'Use case', score: 80, reasons: ['Clear task'], because: [] },
      { area: 'data', label: 'Data', score: 35, reasons: ['No labelled examples'], because: [] },
      { area: 'compliance', label: 'Compliance', score: 60, reasons: [], because: [] },
      { area: 'team', label: 'Team', score: 55, reasons: [], because: [] },
    ],
    warnings: [
      {
        id: 'no-baa',
        level: 'blocker',
        message: 'No data-processing agreement with the model provider.',
        fix: 'Sign a DPA before any personal data is sent.',
        because: because('w.dpa', 'EU personal data leaves the company'),
      },
      {
        id: 'tight',
        level: 'warning',
        message: 'The launch date is tight.',
        fix: 'Move the date or cut scope.',
        because: [],
      },
    ],
    nextSteps: [{ text: 'Collect 200 example claims.', because: because('n.examples', 'Evaluation set') }],
    assumptions: [{ id: 'a.price', text: 'Token prices as of late 2026.', because: [] }],
    trace: [],
    ...overrides,
  };
  return planSchema.parse(plan);
}
