/**
 * What the plan assumes for a question left unanswered, with why that default keeps the plan honest: where not
 * knowing matters, the default is the answer that says so ("we have not looked yet", "not sure yet"), which
 * widens the estimate or keeps a duty in view instead of assuming the best. A default may follow the answers
 * given (the kind of task, the audience), written in the same condition language as branching and the rules.
 *
 * Every question of the questionnaire has one except the decisive questions of the quick scope (quick.ts): those
 * are the answers a plan cannot do without. The engine applies the defaults and lists each in the plan.
 */
import { holds, recordFacts, type Condition } from '../conditions';
import type { QuestionId } from './index';
import { isAnswered, questions } from './index';
import { UNSURE, type AnswerValue, type Answers } from './types';

export interface Assumed {
  /** The answer assumed; absent when the question is left unanswered, which the plan reads as not known. */
  value?: AnswerValue;
  /** Defaults that follow other answers: the first case whose condition holds wins, `value` otherwise. */
  cases?: readonly { when: Condition; value: AnswerValue }[];
  /** Why this default, in the product's words, for the plan's list of assumptions. */
  why: string;
}

const highStakesUses = [
  'legal',
  'medical',
  'financial',
  'hiring',
  'credit-scoring',
  'insurance-pricing',
  'insurance-claims',
  'education-scoring',
  'public-benefits',
  'biometric-id',
];
const task = (value: string | string[]): Condition =>
  Array.isArray(value)
    ? { fact: 'taskCategory', op: 'in', value }
    : { fact: 'taskCategory', op: 'eq', value };

export const assumedAnswers: Partial<Record<QuestionId, Assumed>> = {
  usStates: {
    value: ['unsure'],
    why: 'Until you know where your US users are, the plan lists every state and city rule it knows, so none is missed.',
  },
  orgSize: {
    why: 'The figures do not depend on it; it tells readers of the plan the scale you work at.',
  },
  teamSize: {
    value: UNSURE,
    why: 'The plan assumes a typical small team and says what a firm number would change.',
  },
  runBudgetMonthly: {
    why: 'Without a monthly ceiling the plan shows the running cost without comparing it with one.',
  },
  useCaseSummary: {
    why: 'Until the task is written down, readiness counts the use case as not yet scoped.',
  },
  inputModalities: {
    cases: [
      { when: task(['document-processing', 'summarisation']), value: ['documents'] },
      { when: task('code-generation'), value: ['code', 'text'] },
      { when: task('decision-support'), value: ['text', 'structured'] },
      { when: task(['personalisation', 'synthetic-data']), value: ['structured'] },
    ],
    value: ['text'],
    why: 'Follows the kind of task. Images, audio or video going in change the model family: say so if they do.',
  },
  outputModalities: {
    cases: [
      { when: task(['document-processing', 'synthetic-data']), value: ['structured'] },
      { when: task('code-generation'), value: ['code'] },
    ],
    value: ['text'],
    why: 'Follows the kind of task. Generating images or video calls for other models: say so if you do.',
  },
  inputFormat: {
    why: 'Until the input is described, readiness counts the use case as not yet scoped.',
  },
  outputFormat: {
    why: 'Until the output is described, quality cannot be measured against it, and readiness says so.',
  },
  accuracyTarget: {
    value: UNSURE,
    why: 'Without a threshold the evaluation plan asks you to set one before building.',
  },
  reviewProcess: {
    cases: [{ when: { fact: 'highStakes', op: 'hasAny', value: highStakesUses }, value: 'all' }],
    value: 'sample',
    why: 'What such outputs need: a person approves every output that feeds a high-stakes decision, and checks a sample otherwise. The plan includes building that review.',
  },
  needsConsistentStyle: {
    value: 'unsure',
    why: 'Not settled: the plan starts with prompting or retrieval and keeps fine-tuning for when outputs fall short.',
  },
  latency: {
    value: 'interactive',
    why: 'A few seconds is what most assistants allow; real time would call for smaller models, batch would allow larger ones.',
  },
  requestsPerUser: {
    value: UNSURE,
    why: 'The plan uses a typical range of requests per person and says what a measured figure would change.',
  },
  inputWords: { why: 'A typical length for the kind of task; measure yours to refine the running cost.' },
  outputWords: { why: 'A typical length for the kind of task; measure yours to refine the running cost.' },
  autonomy: {
    cases: [{ when: task('agentic-workflow'), value: 'agent' }],
    value: 'single',
    why: 'Follows the kind of task: an agent for an agentic workflow, otherwise one generation per request, the simplest design.',
  },
  agentActions: {
    value: ['read', 'write'],
    why: 'An agent usually looks things up and changes records, so the plan includes the controls for writing to your systems. Messages, code or payments each need safeguards of their own: say so if it does them.',
  },
  agentCount: {
    value: 'one',
    why: 'One agent, the simpler case; several multiply the keys and memory to look after.',
  },
  agentMultiTenant: {
    value: 'unsure',
    why: 'Not settled: the plan adds isolation between customers only once you say agents act for several.',
  },
  docsStructured: {
    value: 'partly',
    why: 'Until checked, the plan assumes part of the clean-up is still to do, which keeps that time in the estimate.',
  },
  docsDeduplicated: {
    value: 'partly',
    why: 'Until checked, the plan assumes part of the clean-up is still to do, which keeps that time in the estimate.',
  },
  docsAccessControlled: {
    value: 'partly',
    why: 'Until checked, the plan includes mapping who may see which document into retrieval.',
  },
  labelledExamples: {
    value: UNSURE,
    why: 'Not counted yet: fine-tuning is only recommended once enough examples are known to exist.',
  },
  dataQuality: {
    value: 'unknown',
    why: 'Not looked at yet: the plan widens the data-preparation estimate rather than assume clean data.',
  },
  dataFreshness: {
    value: 'monthly',
    why: 'A middle pace. If your facts change daily or continuously, say so: fresh retrieval then becomes a must.',
  },
  dataRights: {
    value: 'unclear',
    why: 'Not checked yet: the plan lists a check of where the data came from before grounding or training on it.',
  },
  regulatedSector: {
    cases: [
      {
        when: { fact: 'industry', op: 'in', value: ['healthcare', 'finance', 'insurance', 'legal'] },
        value: 'yes',
      },
      {
        when: {
          fact: 'industry',
          op: 'in',
          value: ['software', 'retail', 'ecommerce', 'manufacturing', 'marketing'],
        },
        value: 'no',
      },
    ],
    value: 'unsure',
    why: 'Follows the industry: health, finance, insurance and legal work is supervised, software, retail, e-commerce, manufacturing and marketing usually are not, and for the others the plan does not guess.',
  },
  phiInvolved: {
    value: 'unsure',
    why: 'Not settled: the plan treats US patient data as possibly involved and keeps the HIPAA steps in view.',
  },
  baaAvailable: {
    value: 'unsure',
    why: 'No agreement confirmed: the plan keeps models on infrastructure you control until one is signed.',
  },
  diagnosticUse: {
    value: 'unsure',
    why: 'Not settled: the plan warns that a diagnostic or treatment use would need approval as a medical device.',
  },
  euPersonalData: {
    value: 'unsure',
    why: 'Not settled: the plan lists the GDPR duties, as most projects with EU users process some personal data.',
  },
  euResidency: {
    value: 'no',
    why: 'The GDPR does not require it. If data must stay in the EU, say so: it narrows the providers and regions.',
  },
  aiDisclosure: {
    value: 'undecided',
    why: 'Not decided: the plan lists labelling machine output where the law requires it.',
  },
  outputUse: {
    cases: [{ when: { fact: 'audience', op: 'eq', value: 'internal' }, value: 'internal' }],
    value: 'customer-facing',
    why: 'Follows who uses the outputs. If you publish or sell them, say so: the copyright exposure grows.',
  },
  preferredApproach: {
    value: 'none',
    why: 'The plan recommends the approach your answers call for.',
  },
  hosting: {
    value: 'none',
    why: 'The plan chooses where models run from where your data may go.',
  },
  modelPreference: {
    value: 'none',
    why: 'The plan chooses the kind of model from the task, the volume and the speed needed.',
  },
};

/** The answer assumed for a question over the answers given so far, if the question has a default value. */
export function assumedValue(id: string, answers: Answers): AnswerValue | undefined {
  const a = assumedAnswers[id as QuestionId];
  if (!a?.cases) return a?.value;
  const facts = recordFacts(answers);
  return a.cases.find((c) => holds(c.when, facts))?.value ?? a.value;
}

/**
 * The answers with every unanswered question that applies given its default, and the ids of the questions
 * assumed, in catalogue order. A default can make another question apply (patient data "not sure" asks about an
 * agreement): it is looked at again until nothing more applies. Expects the answers that apply (active).
 */
export function assumeUnanswered(answers: Answers): { answers: Answers; assumed: string[] } {
  const out: Answers = { ...answers };
  const assumed = new Set<string>();
  for (let round = 0; round < 5; round++) {
    // Worked out when first needed: a complete answer set needs none.
    let facts: ReturnType<typeof recordFacts> | undefined;
    let grew = false;
    for (const q of questions) {
      const a = assumedAnswers[q.id as QuestionId];
      if (!a || q.retired || assumed.has(q.id) || isAnswered(out[q.id])) continue;
      facts ??= recordFacts(out);
      if (!holds(q.showIf, facts)) continue;
      assumed.add(q.id);
      const value = assumedValue(q.id, out);
      if (value !== undefined) {
        out[q.id] = value;
        grew = true;
      }
    }
    if (!grew) break;
  }
  return { answers: out, assumed: questions.filter((q) => assumed.has(q.id)).map((q) => q.id) };
}
