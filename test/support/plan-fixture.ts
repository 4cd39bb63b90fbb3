/**
 * Hand-built plans for the results and export tests, independent of the engine's progress. Both go through
 * `planSchema`, so they can never drift from the contract; tests of the engine's real output use `evaluate()`
 * (see `examplePlans`).
 *
 * Two data sets, because each feature's tests pin their figures and wording: `claimsPlan` is a small plan for
 * the results page; `policyPlan` fills every section (two alternatives, a trace, an assumption with a stated
 * basis) so the exporters' structure tests see every table, and pairs with answers that exercise transliteration.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseAnswersFile } from '@/domain/answers';
import { planSchema, type Because, type Plan } from '@/domain/plan';
import type { Answers } from '@/domain/questions';
import { cite } from '@/domain/sources';
import { RULESET_VERSION } from '@/engine/version';
import { completeAnswers } from './answers';

export const claimsAnswers: Answers = {
  projectName: 'Claims summary assistant',
  industry: 'insurance',
  regions: ['eu', 'us'],
  dailyUsers: 250,
};

export const policyAnswers: Answers = { ...completeAnswers, projectName: 'Réclamations café – Łódź' };

const because = (ruleId: string, title: string, triggers: Because['triggers'] = []): Because[] => [
  { ruleId, title, triggers, sources: [cite('000', 321, 322), cite('002', 40)] },
];

// Typed as `Plan` so the compiler checks the literals too, then parsed so the runtime contract holds.
const checked = (plan: Plan): Plan => planSchema.parse(plan);

export function claimsPlan(overrides: Partial<Plan> = {}): Plan {
  return checked({
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
      decidedBy: [{ fact: 'needsFreshFacts', value: 'Yes' }],
      notes: [],
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
        { fact: 'runYearOverBuild', value: 'yes' },
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
        {
          id: 'discovery',
          name: 'Discovery',
          weeks: [1, 2],
          effort: [1, 2],
          staff: [1, 1],
          because: because('t.discovery', 'Scope first'),
        },
        {
          id: 'data-prep',
          name: 'Data preparation',
          weeks: [3, 6],
          effort: [6, 12],
          staff: [2, 2],
          because: because('t.data', 'Data governs the timeline'),
        },
        {
          id: 'build',
          name: 'Build and integrate',
          weeks: [2, 4],
          effort: [4, 8],
          staff: [2, 2],
          because: [],
        },
        {
          id: 'compliance',
          name: 'Compliance review',
          weeks: [2, 3],
          effort: [2, 3],
          staff: [1, 1],
          // Alongside the build, as the engine plans it; the total below counts it that way.
          parallel: true,
          because: because('t.compliance', 'EU users'),
        },
      ],
      totalWeeks: [6, 12],
      effort: [13, 25],
      team: { engineers: [2, 2], useful: 2, source: 'answer' },
      dataPrepShare: [0.46, 0.48],
      because: because('t.total', 'Sum of phases'),
    },
    costs: {
      currencySymbol: '$',
      build: [15_000, 60_000],
      buildBreakdown: { effort: [13, 25], rate: [1_150, 2_400], labour: [15_000, 60_000], oneOff: [] },
      monthly: { hosting: [0, 0], inference: [2_000, 10_000], total: [2_000, 10_000], items: [] },
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
        title: 'GDPR impact assessment',
        regime: {
          id: 'gdpr',
          name: 'EU General Data Protection Regulation',
          short: 'GDPR',
          jurisdiction: 'EU',
        },
        why: 'EU personal data is processed.',
        actions: ['Document where data is stored'],
        kind: 'gate',
        owner: 'data-protection',
        evidence: 'The DPIA report.',
        legal: [
          {
            instrument: 'Regulation (EU) 2016/679 (General Data Protection Regulation)',
            short: 'GDPR',
            article: 'Art. 35',
            url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
            checkWithCounsel: true,
          },
        ],
        schedule: { phase: 'compliance', effort: [1, 3], wait: [0, 14], basis: 'Assumption: a test figure.' },
        because: because('ob.gdpr', 'EU users', [{ fact: 'regions', value: 'eu, us' }]),
      },
    ],
    legalReview: { reviewedOn: '2026-11-29' },
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
    checks: [],
    assumptions: [{ id: 'a.price', text: 'Token prices as of late 2026.', because: [] }],
    trace: [],
    ...overrides,
  });
}

export function policyPlan(overrides: Partial<Plan> = {}): Plan {
  return checked({
    rulesetVersion: RULESET_VERSION,
    schemaVersion: 1,
    missing: [],
    headline: {
      approach: 'rag',
      approachLabel: 'Retrieval-augmented generation (RAG)',
      timelineWeeks: [10, 18],
      buildCost: [45_000, 120_000],
      monthlyCost: [1_800, 6_500],
      readiness: 62,
      blockers: 1,
    },
    approach: {
      recommended: 'rag',
      label: 'Retrieval-augmented generation (RAG)',
      summary: 'Ground answers in your policy documents with retrieval.',
      decidedBy: [{ fact: 'needsFreshFacts', value: 'Yes' }],
      notes: [],
      preferred: {
        approach: 'fine-tune',
        verdict: 'challenged',
        reason: 'Fine-tuning does not keep facts fresh.',
      },
      alternatives: [
        {
          approach: 'fine-tune',
          label: 'Fine-tuning',
          whyNot: 'it needs thousands of labelled examples you do not have yet.',
          because: because('approach.no-labels', 'Too few labelled examples', [
            { fact: 'labelledExamples', value: '0' },
          ]),
        },
        {
          approach: 'prompt',
          label: 'Prompting only',
          whyNot: 'answers must cite documents the model has never seen.',
          because: because('approach.needs-grounding', 'Answers need grounding'),
        },
      ],
      because: [
        {
          ruleId: 'approach.fresh-facts',
          title: 'Answers must cite current documents',
          triggers: [
            { fact: 'needsFreshFacts', value: 'Yes' },
            { fact: 'knowledgeDocs', value: 'Yes' },
          ],
          sources: [cite('000', 272, 284), cite('003', 10, 12)],
        },
      ],
    },
    model: {
      tier: 'frontier',
      tierLabel: 'Frontier model',
      hosting: 'enterprise-cloud',
      hostingLabel: 'Enterprise cloud AI service',
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
        id: 'retriever',
        name: 'Retriever',
        purpose: 'Finds the passages an answer cites.',
        because: because('c.ret', 'RAG'),
      },
      { id: 'gateway', name: 'Model gateway', purpose: 'Routes, caches and logs calls.', because: [] },
    ],
    timeline: {
      phases: [
        {
          id: 'discovery',
          name: 'Discovery',
          effort: [1, 2],
          staff: [1, 1],
          weeks: [1, 2],
          because: because('t.discovery', 'Scope first'),
        },
        {
          id: 'data-prep',
          name: 'Data preparation',
          weeks: [5, 9],
          effort: [2, 4],
          staff: [1, 2],
          because: because('t.data', 'Data governs time'),
        },
        {
          id: 'build',
          name: 'Build and integrate',
          effort: [1, 2],
          staff: [1, 1],
          weeks: [3, 5],
          because: [],
        },
        {
          id: 'pilot',
          name: 'Pilot',
          effort: [1, 2],
          staff: [1, 1],
          weeks: [1, 2],
          because: because('t.pilot', 'Measure before rollout'),
        },
      ],
      totalWeeks: [10, 18],
      effort: [15, 30],
      team: { engineers: [2, 2], useful: 4, source: 'answer' },
      dataPrepShare: [0.45, 0.55],
      because: because('t.total', 'Sum of phases'),
    },
    costs: {
      currencySymbol: '$',
      build: [45_000, 120_000],
      buildBreakdown: { effort: [15, 30], rate: [3_000, 4_000], labour: [45_000, 120_000], oneOff: [] },
      monthly: {
        hosting: [300, 1_500],
        inference: [1_500, 5_000],
        total: [1_800, 6_500],
        items: [
          {
            id: 'app-hosting',
            label: 'Application hosting',
            monthly: [300, 1_500],
            because: because('cost.app', 'Hosting the app'),
          },
        ],
      },
      optimisedInference: { savingPercent: [40, 70], monthly: [450, 3_000] },
      arithmetic: [
        '200 users × 5 requests × 22 days = 22,000 requests a month',
        '22,000 × 2,200 tokens = 48.4M tokens',
      ],
      because: because('cost.inference', 'Token pricing'),
    },
    risks: [
      {
        id: 'leak',
        title: 'Secrets in prompts',
        severity: 'medium',
        description: 'Staff paste credentials into questions.',
        mitigations: ['Redact secrets before the model call', 'Log and alert'],
        because: because('risk.secrets', 'Secrets in data'),
      },
      {
        id: 'hallucination',
        title: 'Confident wrong answers',
        severity: 'high',
        description: 'Staff act on a wrong policy answer.',
        mitigations: ['Cite sources in every answer'],
        because: because('risk.halluc', 'Facts matter'),
      },
    ],
    obligations: [
      {
        id: 'disclosure',
        title: 'AI disclosure',
        regime: {
          id: 'eu-ai-act',
          name: 'EU Artificial Intelligence Act',
          short: 'EU AI Act',
          jurisdiction: 'EU',
        },
        why: 'Users must know they are talking to an AI.',
        actions: ['Label the assistant', 'Keep a register of AI systems'],
        kind: 'gate',
        owner: 'product',
        evidence: 'Screenshots of the disclosure.',
        legal: [
          {
            instrument: 'Regulation (EU) 2024/1689 (Artificial Intelligence Act)',
            short: 'EU AI Act',
            article: 'Art. 50(1)',
            url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
          },
        ],
        appliesFrom: '2026-08-02',
        because: because('ob.disclosure', 'Disclosure', [{ fact: 'aiDisclosure', value: 'Yes' }]),
      },
    ],
    legalReview: { reviewedOn: '2026-11-29' },
    evaluation: {
      benchmarks: [
        { id: 'faith', name: 'Faithfulness', threshold: '≥ 95%', because: because('ev.f', 'Grounded') },
      ],
      humanInTheLoop: 'A sample of answers is reviewed weekly.',
      promptVersioning: 'Prompts live in git with the code.',
      redTeamCadence: 'Quarterly',
      killCriteria: ['Faithfulness below 90% after two iterations'],
      because: because('ev.base', 'Evaluation baseline'),
    },
    metrics: [
      {
        name: 'Questions answered without escalation',
        target: '≥ 70%',
        because: because('m.deflect', 'Value'),
      },
    ],
    readiness: [
      { area: 'useCase', label: 'Use case', score: 80, reasons: ['Clear task'], because: [] },
      {
        area: 'data',
        label: 'Data',
        score: 45,
        reasons: ['Partly deduplicated'],
        because: because('r.data', 'Data'),
      },
      { area: 'compliance', label: 'Compliance', score: 70, reasons: [], because: [] },
      { area: 'team', label: 'Team', score: 53, reasons: ['Some AI expertise'], because: [] },
    ],
    warnings: [
      {
        id: 'dedupe',
        level: 'blocker',
        message: 'Duplicate policy versions will give contradictory answers.',
        fix: 'Pick one current version of each policy.',
        because: because('w.dedupe', 'Duplicates'),
      },
      { id: 'tight', level: 'warning', message: 'The launch date is tight.', fix: 'Cut scope.', because: [] },
    ],
    nextSteps: [
      {
        text: 'Collect 200 real questions as an evaluation set.',
        because: because('n.eval', 'Evaluation set'),
      },
      { text: 'Deduplicate the policy library.', because: [] },
    ],
    checks: [
      {
        id: 'grounded-qa',
        text: 'The guide puts a grounded assistant at 4–8 weeks; this plan: 10–18 weeks.',
        because: because('checks.grounded-qa', 'What the guide gives'),
      },
    ],
    assumptions: [
      {
        id: 'a.price',
        text: 'Token prices as of late 2026.',
        because: [
          {
            ruleId: 'a.price',
            title: 'Prices',
            triggers: [],
            sources: [],
            assumption: 'Public list prices.',
          },
        ],
      },
    ],
    trace: [
      {
        ruleId: 'approach.fresh-facts',
        title: 'Answers must cite current documents',
        triggers: [],
        sources: [cite('000', 272, 284), cite('004', 5)],
        file: 'rules/approach.ts',
      },
    ],
    ...overrides,
  });
}

/** Every example answers file, evaluated by the engine (empty until the engine helper adds examples). */
/** Every example answers file with its plan from the engine; the examples are part of the repository. */
export async function examplePlans(): Promise<{ name: string; answers: Answers; plan: Plan }[]> {
  const dir = resolve(process.cwd(), 'examples');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  if (!files.length) throw new Error(`No example answers files in ${dir}`);
  // Imported only here, so the structure tests do not depend on the engine's state.
  const { evaluate } = await import('@/engine');
  return files.map((f) => {
    const parsed = parseAnswersFile(readFileSync(resolve(dir, f), 'utf8'));
    if (!parsed.ok) throw new Error(`${f}: ${parsed.errors.join('; ')}`);
    const answers = parsed.value.answers;
    return { name: f, answers, plan: planSchema.parse(evaluate(answers)) };
  });
}
