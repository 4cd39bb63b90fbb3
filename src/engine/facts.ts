/**
 * Derived facts: named values computed from the answers (and, later in the evaluation, from the engine's own
 * decisions) that rule conditions may read next to the answer ids. Naming them once here keeps rules short and
 * keeps "what counts as regulated" in one place. Every derived fact is documented in `derivedFacts`; the rules
 * data test rejects a rule that reads a fact which is neither an answer id nor listed here.
 */
import { questionIds, type Answers, type QuestionId } from '@/domain/questions';

export type FactKind = 'boolean' | 'number' | 'string';

export interface DerivedFactDoc {
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
    description: 'Users or data subjects in the EU (regions has eu).',
  },
  healthInvolved: {
    kind: 'boolean',
    stage: 'answers',
    description: 'Healthcare industry or health data among the sensitive data.',
  },
  regulated: {
    kind: 'boolean',
    stage: 'answers',
    description: 'Industry is healthcare, finance, insurance or legal, or regulatedSector is yes.',
  },
  highStakesUse: {
    kind: 'boolean',
    stage: 'answers',
    description: 'Outputs feed a legal, medical, financial or hiring decision (highStakes other than none).',
  },
  customerFacing: {
    kind: 'boolean',
    stage: 'answers',
    description: 'Audience is customers or the public, or outputs are published or shown to customers.',
  },
  docsAvailable: { kind: 'boolean', stage: 'answers', description: 'knowledgeDocs is yes or partly.' },
  docsReady: {
    kind: 'boolean',
    stage: 'answers',
    description:
      'All documents exist, structured and de-duplicated (knowledgeDocs, docsStructured, docsDeduplicated all yes).',
  },
  agentic: {
    kind: 'boolean',
    stage: 'answers',
    description:
      'The task is a multi-step agentic workflow or the system is an agent that plans and uses tools.',
  },
  personalData: {
    kind: 'boolean',
    stage: 'answers',
    description:
      'Personal, health or financial data is processed, or EU personal data is (sensitiveData / euPersonalData).',
  },
  phiWithoutBaa: {
    kind: 'boolean',
    stage: 'answers',
    description:
      'PHI is (or may be) handled and no provider BAA is confirmed (phiInvolved yes/unsure, baaAvailable no/unsure).',
  },
  euHighRisk: {
    kind: 'boolean',
    stage: 'answers',
    description: 'One of the EU AI Act high-risk areas is selected in euAiActUses.',
  },
  enterpriseIntegration: {
    kind: 'boolean',
    stage: 'answers',
    description: 'integrations include CRM or ERP.',
  },
  integrationCount: {
    kind: 'number',
    stage: 'answers',
    description: 'Number of systems in integrations ("none" counts as 0).',
  },
  visualOutput: {
    kind: 'boolean',
    stage: 'answers',
    description: 'outputModalities include images or video.',
  },
  textOutput: {
    kind: 'boolean',
    stage: 'answers',
    description: 'outputModalities include text, structured data or code.',
  },
  richInput: {
    kind: 'boolean',
    stage: 'answers',
    description: 'inputModalities include images, audio or video.',
  },
  monthlyRequests: {
    kind: 'number',
    stage: 'answers',
    description: 'dailyUsers × requestsPerUser × 30 (absent until both are answered).',
  },
  tokensPerRequest: {
    kind: 'number',
    stage: 'answers',
    description: '(inputWords + outputWords) × 670 / 500, the guide’s words-to-tokens ratio (000:91).',
  },
  monthlyTokens: { kind: 'number', stage: 'answers', description: 'monthlyRequests × tokensPerRequest.' },
  hallucinationCeiling: {
    kind: 'number',
    stage: 'answers',
    description: 'Tolerated share of unsupported claims in %: half of (100 − accuracyTarget), at least 0.5.',
  },
  approach: {
    kind: 'string',
    stage: 'approach',
    description: 'The recommended approach (approach.json).',
    values: ['prompt', 'rag', 'fine-tune', 'rag-fine-tune', 'agentic'],
  },
  fineTunes: { kind: 'boolean', stage: 'approach', description: 'The recommended approach trains a model.' },
  retrieval: {
    kind: 'boolean',
    stage: 'approach',
    description:
      'The system retrieves from a document store: RAG, RAG + fine-tuning, or an agent over existing documents.',
  },
  fineTuneMethod: {
    kind: 'string',
    stage: 'approach',
    description: 'lora or full, when the approach fine-tunes.',
    values: ['lora', 'full'],
  },
  tier: {
    kind: 'string',
    stage: 'model',
    description: 'Chosen model tier (hosting.json).',
    values: ['small', 'frontier', 'routing'],
  },
  hostingChoice: {
    kind: 'string',
    stage: 'model',
    description: 'Chosen hosting (hosting.json); the answer id `hosting` is the user’s preference.',
    values: ['public-api', 'enterprise-cloud', 'private-cloud', 'on-premises'],
  },
  selfHosted: {
    kind: 'boolean',
    stage: 'model',
    description: 'hostingChoice is private-cloud or on-premises.',
  },
  family: {
    kind: 'string',
    stage: 'model',
    description: 'Chosen model family (hosting.json).',
    values: ['llm', 'multimodal', 'diffusion', 'gan', 'vae'],
  },
  totalWeeksMin: {
    kind: 'number',
    stage: 'estimates',
    description: 'Lower end of the total timeline, weeks.',
  },
  totalWeeksMax: {
    kind: 'number',
    stage: 'estimates',
    description: 'Upper end of the total timeline, weeks.',
  },
  buildCostMin: { kind: 'number', stage: 'estimates', description: 'Lower end of the build cost, USD.' },
  buildCostMax: { kind: 'number', stage: 'estimates', description: 'Upper end of the build cost, USD.' },
  monthlyCostMin: {
    kind: 'number',
    stage: 'estimates',
    description: 'Lower end of the monthly run cost, USD.',
  },
  monthlyCostMax: {
    kind: 'number',
    stage: 'estimates',
    description: 'Upper end of the monthly run cost, USD.',
  },
  weeksUntilLaunch: {
    kind: 'number',
    stage: 'estimates',
    description:
      'Weeks from "today" (an evaluate() option) to targetLaunch; negative when the date has passed.',
  },
  launchShortfallMin: {
    kind: 'number',
    stage: 'estimates',
    description: 'totalWeeksMin − weeksUntilLaunch: above 0, even the fastest estimate misses the date.',
  },
  launchShortfallMax: {
    kind: 'number',
    stage: 'estimates',
    description: 'totalWeeksMax − weeksUntilLaunch: above 0, the slow end of the estimate misses the date.',
  },
  budgetShortfallMin: {
    kind: 'number',
    stage: 'estimates',
    description: 'buildCostMin − budgetCeiling: above 0, even the cheapest estimate exceeds the budget.',
  },
  budgetShortfallMax: {
    kind: 'number',
    stage: 'estimates',
    description: 'buildCostMax − budgetCeiling: above 0, the expensive end exceeds the budget.',
  },
  runBudgetShortfallMin: {
    kind: 'number',
    stage: 'estimates',
    description: 'monthlyCostMin − runBudgetMonthly: above 0, even the cheapest monthly estimate exceeds it.',
  },
  runBudgetShortfallMax: {
    kind: 'number',
    stage: 'estimates',
    description: 'monthlyCostMax − runBudgetMonthly: above 0, the expensive end exceeds it.',
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

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
/** Whether the multi-choice answer `v` contains one of `values` (a loop: no closure or array per call). */
function hasAny(v: unknown, values: readonly string[]): boolean {
  if (!Array.isArray(v)) return false;
  for (const x of v) if (values.includes(x as string)) return true;
  return false;
}

function countExcept(v: unknown, excluded: string): number {
  if (!Array.isArray(v)) return 0;
  let n = 0;
  for (const x of v) if (x !== excluded) n++;
  return n;
}

const REGULATED_INDUSTRIES = ['healthcare', 'finance', 'insurance', 'legal'];
const EU = ['eu'];
const HEALTH = ['health'];
const HIGH_STAKES = ['legal', 'medical', 'financial', 'hiring'];
const PERSONAL = ['personal', 'health', 'financial'];
const EU_HIGH_RISK = ['employment', 'credit', 'health', 'education', 'public-services'];
const ENTERPRISE_SYSTEMS = ['crm', 'erp'];
const VISUAL = ['images', 'video'];
const TEXTUAL = ['text', 'structured', 'code'];
const RICH_INPUT = ['images', 'audio', 'video'];

/** Stage "answers": everything computable from the answers alone. */
export function deriveFacts(answers: Answers): Facts {
  const bag: Facts = new Map();
  // Only answers to questions are facts.
  for (const id of questionIds) if (Object.hasOwn(answers, id)) bag.set(id, answers[id]);
  const industry = bag.get('industry');
  const sensitive = bag.get('sensitiveData');
  const knowledgeDocs = bag.get('knowledgeDocs');
  const audience = bag.get('audience');
  const outputUse = bag.get('outputUse');
  const outputModalities = bag.get('outputModalities');
  const integrations = bag.get('integrations');
  bag.set('euInvolved', hasAny(bag.get('regions'), EU));
  bag.set('healthInvolved', industry === 'healthcare' || hasAny(sensitive, HEALTH));
  bag.set(
    'regulated',
    REGULATED_INDUSTRIES.includes(industry as string) || bag.get('regulatedSector') === 'yes',
  );
  bag.set('highStakesUse', hasAny(bag.get('highStakes'), HIGH_STAKES));
  bag.set(
    'customerFacing',
    audience === 'customers' ||
      audience === 'public' ||
      outputUse === 'published' ||
      outputUse === 'customer-facing',
  );
  bag.set('docsAvailable', knowledgeDocs === 'yes' || knowledgeDocs === 'partly');
  bag.set(
    'docsReady',
    knowledgeDocs === 'yes' && bag.get('docsStructured') === 'yes' && bag.get('docsDeduplicated') === 'yes',
  );
  bag.set('agentic', bag.get('taskCategory') === 'agentic-workflow' || bag.get('autonomy') === 'agent');
  bag.set('personalData', hasAny(sensitive, PERSONAL) || bag.get('euPersonalData') === 'yes');
  const phi = bag.get('phiInvolved');
  const baa = bag.get('baaAvailable');
  bag.set('phiWithoutBaa', (phi === 'yes' || phi === 'unsure') && (baa === 'no' || baa === 'unsure'));
  bag.set('euHighRisk', hasAny(bag.get('euAiActUses'), EU_HIGH_RISK));
  bag.set('enterpriseIntegration', hasAny(integrations, ENTERPRISE_SYSTEMS));
  bag.set('integrationCount', countExcept(integrations, 'none'));
  bag.set('visualOutput', hasAny(outputModalities, VISUAL));
  bag.set('textOutput', hasAny(outputModalities, TEXTUAL));
  bag.set('richInput', hasAny(bag.get('inputModalities'), RICH_INPUT));

  const users = num(bag.get('dailyUsers'));
  const perUser = num(bag.get('requestsPerUser'));
  const requests = users !== undefined && perUser !== undefined ? users * perUser * 30 : undefined;
  const inWords = num(bag.get('inputWords'));
  const outWords = num(bag.get('outputWords'));
  const tokens =
    inWords !== undefined && outWords !== undefined ? ((inWords + outWords) * 670) / 500 : undefined;
  if (requests !== undefined) bag.set('monthlyRequests', requests);
  if (tokens !== undefined) bag.set('tokensPerRequest', tokens);
  if (requests !== undefined && tokens !== undefined) bag.set('monthlyTokens', requests * tokens);
  const target = num(bag.get('accuracyTarget'));
  if (target !== undefined)
    bag.set('hallucinationCeiling', Math.max(0.5, Math.round((100 - target) * 5) / 10));
  return bag;
}

const DAY_MS = 86_400_000;
let lastFrom = '';
let lastFromTime = NaN;

/** Whole weeks (fractional) between two YYYY-MM-DD dates; undefined when either is not a date. */
export function weeksBetween(from: string, to: unknown): number | undefined {
  if (typeof to !== 'string') return undefined;
  const a = from === lastFrom ? lastFromTime : Date.parse(`${from}T00:00:00Z`);
  // `from` is today, the same in every evaluation of a session: parsed once.
  lastFrom = from;
  lastFromTime = a;
  const b = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b)) return undefined;
  return Math.round(((b - a) / DAY_MS / 7) * 10) / 10;
}
