/**
 * Derived facts: named values computed from the answers (and, later in the evaluation, from the engine's own
 * decisions) that rule conditions may read next to the answer ids. Naming them once here keeps rules short and
 * keeps "what counts as regulated" in one place. Every derived fact is documented in `derivedFacts`; the rules
 * data test rejects a rule that reads a fact which is neither an answer id nor listed here.
 */
import { questionIds, type Answers, type QuestionId } from '@/domain/questions';

export type FactKind = 'boolean' | 'number' | 'string';

export interface DerivedFactDoc {
  /** How the fact reads where people read it (a "Why?" trigger). */
  label: string;
  kind: FactKind;
  /** When it becomes available: rules of a stage may read facts of that stage and earlier ones. */
  stage: 'answers' | 'approach' | 'model' | 'estimates';
  description: string;
  /** The values a string fact can take, so rule values can be checked. */
  values?: readonly string[];
}

export const derivedFacts = {
  euInvolved: {
    kind: 'boolean',
    stage: 'answers',
    label: 'Users in the EU',
    description: 'Users or data subjects in the EU (regions has eu).',
  },
  ukInvolved: {
    kind: 'boolean',
    stage: 'answers',
    label: 'Users in the UK',
    description: 'Users or data subjects in the UK (regions has uk).',
  },
  usInvolved: {
    kind: 'boolean',
    stage: 'answers',
    label: 'Users in the US',
    description: 'Users or data subjects in the US (regions has us).',
  },
  usCalifornia: {
    kind: 'boolean',
    stage: 'answers',
    label: 'Users in California (or anywhere in the US, or not known yet)',
    description:
      'US users in California: usStates has ca, nationwide or unsure (not sure counts as everywhere).',
  },
  usNewYorkCity: {
    kind: 'boolean',
    stage: 'answers',
    label: 'Users in New York City (or anywhere in the US, or not known yet)',
    description: 'US users in New York City: usStates has nyc, nationwide or unsure.',
  },
  usIllinois: {
    kind: 'boolean',
    stage: 'answers',
    label: 'Users in Illinois (or anywhere in the US, or not known yet)',
    description: 'US users in Illinois: usStates has il, nationwide or unsure.',
  },
  usColorado: {
    kind: 'boolean',
    stage: 'answers',
    label: 'Users in Colorado (or anywhere in the US, or not known yet)',
    description: 'US users in Colorado: usStates has co, nationwide or unsure.',
  },
  usUtah: {
    kind: 'boolean',
    stage: 'answers',
    label: 'Users in Utah (or anywhere in the US, or not known yet)',
    description: 'US users in Utah: usStates has ut, nationwide or unsure.',
  },
  euPersonal: {
    kind: 'boolean',
    stage: 'answers',
    label: 'Personal data of people in the EU',
    description:
      'Personal data of people in the EU: EU users and euPersonalData yes or unsure, or, before that is answered, personal data among the data.',
  },
  ukPersonal: {
    kind: 'boolean',
    stage: 'answers',
    label: 'Personal data of people in the UK',
    description:
      'Personal data of people in the UK: UK users and personal data among the data (personalData).',
  },
  specialCategoryData: {
    kind: 'boolean',
    stage: 'answers',
    label: 'Health or biometric data',
    description: 'Health or biometric data among the sensitive data (special categories under the GDPR).',
  },
  talksToPeople: {
    kind: 'boolean',
    stage: 'answers',
    label: 'People outside the organisation talk to it',
    description:
      'People outside the organisation converse with it (customers or the public, for support or Q&A), or an agent sends them messages.',
  },
  healthInvolved: {
    kind: 'boolean',
    stage: 'answers',
    label: 'Health care or health data',
    description: 'Healthcare industry or health data among the sensitive data.',
  },
  regulated: {
    kind: 'boolean',
    stage: 'answers',
    label: 'Regulated sector',
    description: 'Industry is healthcare, finance, insurance or legal, or regulatedSector is yes.',
  },
  highStakesUse: {
    kind: 'boolean',
    stage: 'answers',
    label: 'Outputs feed high-stakes decisions',
    description: 'Outputs feed a decision listed in highStakes (any option other than none).',
  },
  customerFacing: {
    kind: 'boolean',
    stage: 'answers',
    label: 'Outputs reach people outside the organisation',
    description: 'Audience is customers or the public, or outputs are published or shown to customers.',
  },
  docsAvailable: {
    label: 'Documents to draw on exist',
    kind: 'boolean',
    stage: 'answers',
    description: 'knowledgeDocs is yes or partly.',
  },
  docsReady: {
    label: 'Documents exist, structured and de-duplicated',
    kind: 'boolean',
    stage: 'answers',
    description:
      'All documents exist, structured and de-duplicated (knowledgeDocs, docsStructured, docsDeduplicated all yes).',
  },
  agentic: {
    label: 'Multi-step agent',
    kind: 'boolean',
    stage: 'answers',
    description:
      'The task is a multi-step agentic workflow or the system is an agent that plans and uses tools.',
  },
  personalData: {
    kind: 'boolean',
    stage: 'answers',
    label: 'Personal data',
    description:
      'Personal, health, financial, biometric or children’s data is processed, or EU personal data is (sensitiveData / euPersonalData).',
  },
  phiWithoutBaa: {
    kind: 'boolean',
    stage: 'answers',
    label: 'US patient data without a confirmed BAA',
    description:
      'US patient data (PHI) is or may be handled and no provider BAA is confirmed (phiInvolved yes/unsure, baaAvailable no/unsure; both are asked only for US health work).',
  },
  euHighRisk: {
    kind: 'boolean',
    stage: 'answers',
    label: 'EU AI Act high-risk use',
    description:
      'EU users and an EU AI Act high-risk use: an Annex III use in highStakes, or diagnosticUse yes (Annex I).',
  },
  enterpriseIntegration: {
    label: 'Connects to a CRM or ERP',
    kind: 'boolean',
    stage: 'answers',
    description: 'integrations include CRM or ERP.',
  },
  integrationCount: {
    label: 'Systems to connect',
    kind: 'number',
    stage: 'answers',
    description: 'Number of systems in integrations ("none" counts as 0).',
  },
  visualOutput: {
    label: 'Produces images or video',
    kind: 'boolean',
    stage: 'answers',
    description: 'outputModalities include images or video.',
  },
  textOutput: {
    label: 'Produces text, data or code',
    kind: 'boolean',
    stage: 'answers',
    description: 'outputModalities include text, structured data or code.',
  },
  richInput: {
    label: 'Reads images, audio or video',
    kind: 'boolean',
    stage: 'answers',
    description: 'inputModalities include images, audio or video.',
  },
  hallucinationCeiling: {
    label: 'Tolerated share of unsupported claims (%)',
    kind: 'number',
    stage: 'answers',
    description: 'Tolerated share of unsupported claims in %: half of (100 − accuracyTarget), at least 0.5.',
  },
  approach: {
    label: 'Recommended approach',
    kind: 'string',
    stage: 'approach',
    description: 'The recommended approach (approach.json).',
    values: ['prompt', 'rag', 'fine-tune', 'rag-fine-tune', 'agentic'],
  },
  fineTunes: {
    label: 'The approach trains a model',
    kind: 'boolean',
    stage: 'approach',
    description: 'The recommended approach trains a model.',
  },
  retrieval: {
    label: 'The system retrieves from your documents',
    kind: 'boolean',
    stage: 'approach',
    description:
      'The system retrieves from a document store: RAG, RAG + fine-tuning, or an agent over existing documents.',
  },
  fineTuneMethod: {
    label: 'Fine-tuning method',
    kind: 'string',
    stage: 'approach',
    description: 'lora or full, when the approach fine-tunes.',
    values: ['lora', 'full'],
  },
  tier: {
    label: 'Model tier',
    kind: 'string',
    stage: 'model',
    description: 'Chosen model tier (hosting.json).',
    values: ['small', 'frontier', 'routing'],
  },
  hostingChoice: {
    label: 'Where the models run',
    kind: 'string',
    stage: 'model',
    description: 'Chosen hosting (hosting.json); the answer id `hosting` is the user’s preference.',
    values: ['public-api', 'enterprise-cloud', 'private-cloud', 'on-premises'],
  },
  selfHosted: {
    label: 'Models run on your own infrastructure',
    kind: 'boolean',
    stage: 'model',
    description: 'hostingChoice is private-cloud or on-premises.',
  },
  family: {
    label: 'Model family',
    kind: 'string',
    stage: 'model',
    description: 'Chosen model family (hosting.json).',
    values: ['llm', 'multimodal', 'diffusion', 'gan', 'vae'],
  },
  totalWeeksMin: {
    label: 'Shortest total timeline (weeks)',
    kind: 'number',
    stage: 'estimates',
    description: 'Lower end of the total timeline, weeks.',
  },
  totalWeeksMax: {
    label: 'Longest total timeline (weeks)',
    kind: 'number',
    stage: 'estimates',
    description: 'Upper end of the total timeline, weeks.',
  },
  buildCostMin: {
    label: 'Build cost, low end',
    kind: 'number',
    stage: 'estimates',
    description: 'Lower end of the build cost, USD.',
  },
  buildCostMax: {
    label: 'Build cost, high end',
    kind: 'number',
    stage: 'estimates',
    description: 'Upper end of the build cost, USD.',
  },
  monthlyCostMin: {
    label: 'Monthly cost, low end',
    kind: 'number',
    stage: 'estimates',
    description: 'Lower end of the monthly run cost, USD.',
  },
  monthlyCostMax: {
    label: 'Monthly cost, high end',
    kind: 'number',
    stage: 'estimates',
    description: 'Upper end of the monthly run cost, USD.',
  },
  weeksUntilLaunch: {
    label: 'Weeks until your target launch',
    kind: 'number',
    stage: 'estimates',
    description:
      'Weeks from "today" (an evaluate() option) to targetLaunch; negative when the date has passed.',
  },
  launchShortfallMin: {
    label: 'Weeks the fast end of the timeline runs past your launch date',
    kind: 'number',
    stage: 'estimates',
    description: 'totalWeeksMin − weeksUntilLaunch: above 0, even the fastest estimate misses the date.',
  },
  launchShortfallMax: {
    label: 'Weeks the slow end of the timeline runs past your launch date',
    kind: 'number',
    stage: 'estimates',
    description: 'totalWeeksMax − weeksUntilLaunch: above 0, the slow end of the estimate misses the date.',
  },
  budgetShortfallMin: {
    label: 'Amount the low end of the build cost exceeds your budget',
    kind: 'number',
    stage: 'estimates',
    description: 'buildCostMin − budgetCeiling: above 0, even the cheapest estimate exceeds the budget.',
  },
  budgetShortfallMax: {
    label: 'Amount the high end of the build cost exceeds your budget',
    kind: 'number',
    stage: 'estimates',
    description: 'buildCostMax − budgetCeiling: above 0, the expensive end exceeds the budget.',
  },
  runBudgetShortfallMin: {
    label: 'Amount the low end of the monthly cost exceeds your run budget',
    kind: 'number',
    stage: 'estimates',
    description: 'monthlyCostMin − runBudgetMonthly: above 0, even the cheapest monthly estimate exceeds it.',
  },
  runBudgetShortfallMax: {
    label: 'Amount the high end of the monthly cost exceeds your run budget',
    kind: 'number',
    stage: 'estimates',
    description: 'monthlyCostMax − runBudgetMonthly: above 0, the expensive end exceeds it.',
  },
  monthlyRequests: {
    label: 'Requests a month (high end)',
    kind: 'number',
    stage: 'estimates',
    description:
      'Requests a month, high end: daily users × requests per user × days in use (absent until volume is known).',
  },
  tokensPerCall: {
    label: 'Tokens per model call (high end)',
    kind: 'number',
    stage: 'estimates',
    description:
      'Tokens one model call reads and writes, high end: (input + output words) × tokens per word.',
  },
  monthlyTokens: {
    label: 'Tokens a month (high end)',
    kind: 'number',
    stage: 'estimates',
    description: 'Tokens a month, high end: requests × tokens per request (model calls included).',
  },
  runYearOverBuild: {
    label: 'A year of running costs more than the build',
    kind: 'boolean',
    stage: 'estimates',
    description: 'A year of running at the high end costs more than the build at its high end.',
  },
  teamBeyondUseful: {
    label: 'More engineers than the work can use',
    kind: 'boolean',
    stage: 'estimates',
    description: 'The answered team is larger than any phase of the plan can use at once.',
  },
  usefulTeam: {
    label: 'Most engineers a phase can use',
    kind: 'number',
    stage: 'estimates',
    description: 'The most engineers any phase of the plan can use at once.',
  },
  dataPrepShareMin: {
    label: 'Data preparation share of the work, low end (%)',
    kind: 'number',
    stage: 'estimates',
    description: 'Low end of data preparation’s share of the work, in % (compared with 40–60%).',
  },
  dataPrepShareMax: {
    label: 'Data preparation share of the work, high end (%)',
    kind: 'number',
    stage: 'estimates',
    description: 'High end of data preparation’s share of the work, in %.',
  },
} as const satisfies Record<string, DerivedFactDoc>;

export type DerivedFactName = keyof typeof derivedFacts;

/** What a rule condition or a `{fact}` placeholder may read: an answer or a derived fact. */
export type FactName = QuestionId | DerivedFactName;
export const factNames = [...questionIds, ...(Object.keys(derivedFacts) as DerivedFactName[])] as [
  FactName,
  ...FactName[],
];

/**
 * The facts of one evaluation: the answers, the derived facts, and the engine's decisions as it makes them.
 * Rule conditions read them; a fact that is not set reads as undefined.
 */
export type Facts = Map<FactName, unknown>;

/** A fact's value when it is a finite number, else undefined. */
export const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;

/** Stage "answers": everything computable from the answers alone. */
export function deriveFacts(answers: Answers): Facts {
  const facts: Facts = new Map();
  // Only answers to questions are facts.
  for (const id of questionIds) if (Object.hasOwn(answers, id)) facts.set(id, answers[id]);
  /** The single-choice answer is one of the values. */
  const is = (id: QuestionId, ...values: string[]) => values.includes(facts.get(id) as string);
  /** The multi-choice answer includes one of the values. */
  const has = (id: QuestionId, ...values: string[]) => {
    const chosen = facts.get(id);
    return Array.isArray(chosen) && chosen.some((v) => values.includes(v));
  };
  const integrations = facts.get('integrations');

  const eu = has('regions', 'eu');
  const uk = has('regions', 'uk');
  const us = has('regions', 'us');
  /** usStates is asked only with US users; "not sure" counts as every state until it is answered. */
  const inState = (code: string) => us && has('usStates', code, 'nationwide', 'unsure');
  facts.set('euInvolved', eu);
  facts.set('ukInvolved', uk);
  facts.set('usInvolved', us);
  facts.set('usCalifornia', inState('ca'));
  facts.set('usNewYorkCity', inState('nyc'));
  facts.set('usIllinois', inState('il'));
  facts.set('usColorado', inState('co'));
  facts.set('usUtah', inState('ut'));
  facts.set('healthInvolved', is('industry', 'healthcare') || has('sensitiveData', 'health'));
  facts.set(
    'regulated',
    is('industry', 'healthcare', 'finance', 'insurance', 'legal') || is('regulatedSector', 'yes'),
  );
  const highStakes = facts.get('highStakes');
  facts.set('highStakesUse', Array.isArray(highStakes) && highStakes.some((v) => v !== 'none'));
  facts.set(
    'customerFacing',
    is('audience', 'customers', 'public') || is('outputUse', 'published', 'customer-facing'),
  );
  facts.set('docsAvailable', is('knowledgeDocs', 'yes', 'partly'));
  facts.set(
    'docsReady',
    is('knowledgeDocs', 'yes') && is('docsStructured', 'yes') && is('docsDeduplicated', 'yes'),
  );
  facts.set('agentic', is('taskCategory', 'agentic-workflow') || is('autonomy', 'agent'));
  const personal =
    has('sensitiveData', 'personal', 'health', 'financial', 'biometric', 'children') ||
    is('euPersonalData', 'yes');
  facts.set('personalData', personal);
  facts.set(
    'euPersonal',
    eu && (is('euPersonalData', 'yes', 'unsure') || (!facts.has('euPersonalData') && personal)),
  );
  facts.set('ukPersonal', uk && personal);
  facts.set('specialCategoryData', has('sensitiveData', 'health', 'biometric'));
  facts.set(
    'talksToPeople',
    (is('audience', 'customers', 'public') && is('taskCategory', 'customer-support', 'knowledge-qa')) ||
      has('agentActions', 'message'),
  );
  facts.set('phiWithoutBaa', is('phiInvolved', 'yes', 'unsure') && is('baaAvailable', 'no', 'unsure'));
  facts.set(
    'euHighRisk',
    eu &&
      (has(
        'highStakes',
        'hiring',
        'credit-scoring',
        'insurance-pricing',
        'education-scoring',
        'public-benefits',
        'biometric-id',
      ) ||
        is('diagnosticUse', 'yes')),
  );
  facts.set('enterpriseIntegration', has('integrations', 'crm', 'erp'));
  facts.set(
    'integrationCount',
    Array.isArray(integrations) ? integrations.filter((v) => v !== 'none').length : 0,
  );
  facts.set('visualOutput', has('outputModalities', 'images', 'video'));
  facts.set('textOutput', has('outputModalities', 'text', 'structured', 'code'));
  facts.set('richInput', has('inputModalities', 'images', 'audio', 'video'));

  const target = num(facts.get('accuracyTarget'));
  if (target !== undefined)
    facts.set('hallucinationCeiling', Math.max(0.5, Math.round((100 - target) * 5) / 10));
  return facts;
}

const DAY_MS = 86_400_000;

/** Whole weeks (fractional) between two YYYY-MM-DD dates; undefined when either is not a date. */
export function weeksBetween(from: string, to: unknown): number | undefined {
  if (typeof to !== 'string') return undefined;
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b)) return undefined;
  return Math.round(((b - a) / DAY_MS / 7) * 10) / 10;
}
