/**
 * The questionnaire's pages: no more than eight questions on screen at once. The detailed path asks every
 * question, step by step (a step, one of the five decisions, has one or more pages); the quick scope asks only the
 * decisive ones (quick.ts) on two pages. The first page of each step is named after the step, so a draft saved
 * before steps had pages resumes where it was.
 */
import type { QuestionId } from './index';
import { quickQuestionIds } from './quick';
import type { PageId } from './page-ids';
import type { StepId } from './types';

export type PathId = 'quick' | 'detailed';

export { pageIds, type PageId } from './page-ids';

export interface Page {
  id: PageId;
  path: PathId;
  /** The decision it belongs to; the quick scope's pages span several. */
  step: StepId | null;
  title: string;
  questions: readonly QuestionId[];
  /**
   * Questions most people leave to the plan: behind a closed "refine" disclosure, opened when one of them has an
   * answer. They still count towards the page's eight.
   */
  refine?: { label: string; questions: readonly QuestionId[] };
}

const [q1, q2, q3, q4, q5, q6, q7, ...rest] = quickQuestionIds;

export const pages: readonly Page[] = [
  {
    id: 'quick',
    path: 'quick',
    step: null,
    title: 'Your project',
    questions: [q1, q2, q3, q4, q5, q6, q7],
  },
  { id: 'quick-2', path: 'quick', step: null, title: 'The task, its data and its rules', questions: rest },
  {
    id: 'context',
    path: 'detailed',
    step: 'context',
    title: 'Who it is for and where',
    questions: ['projectName', 'industry', 'regions', 'usStates', 'audience', 'orgSize'],
  },
  {
    id: 'context-2',
    path: 'detailed',
    step: 'context',
    title: 'Team, budget and date',
    questions: ['aiExpertise', 'teamSize', 'budgetCeiling', 'runBudgetMonthly', 'targetLaunch'],
  },
  {
    id: 'useCase',
    path: 'detailed',
    step: 'useCase',
    title: 'The task',
    questions: [
      'useCaseSummary',
      'taskCategory',
      'inputModalities',
      'outputModalities',
      'inputFormat',
      'outputFormat',
    ],
  },
  {
    id: 'useCase-2',
    path: 'detailed',
    step: 'useCase',
    title: 'Quality and stakes',
    questions: [
      'accuracyTarget',
      'reviewProcess',
      'highStakes',
      'needsFreshFacts',
      'needsConsistentStyle',
      'latency',
    ],
  },
  {
    id: 'useCase-3',
    path: 'detailed',
    step: 'useCase',
    title: 'Volume and connected systems',
    questions: ['dailyUsers', 'requestsPerUser', 'inputWords', 'outputWords', 'integrations', 'autonomy'],
    refine: {
      label: 'Refine the length of inputs and outputs (optional)',
      questions: ['inputWords', 'outputWords'],
    },
  },
  {
    id: 'useCase-4',
    path: 'detailed',
    step: 'useCase',
    title: 'The agent',
    questions: ['agentActions', 'agentCount', 'agentMultiTenant'],
  },
  {
    id: 'data',
    path: 'detailed',
    step: 'data',
    title: 'Documents and examples',
    questions: [
      'knowledgeDocs',
      'docsStructured',
      'docsDeduplicated',
      'docsAccessControlled',
      'labelledExamples',
    ],
  },
  {
    id: 'data-2',
    path: 'detailed',
    step: 'data',
    title: 'Quality, change and sensitivity',
    questions: ['dataQuality', 'dataFreshness', 'sensitiveData', 'dataRights'],
  },
  {
    id: 'compliance',
    path: 'detailed',
    step: 'compliance',
    title: 'Regulation',
    questions: [
      'regulatedSector',
      'phiInvolved',
      'baaAvailable',
      'diagnosticUse',
      'euPersonalData',
      'euResidency',
    ],
  },
  {
    id: 'compliance-2',
    path: 'detailed',
    step: 'compliance',
    title: 'Disclosure, data flows and outputs',
    questions: ['aiDisclosure', 'dataLeaves', 'outputUse'],
  },
  {
    id: 'approach',
    path: 'detailed',
    step: 'approach',
    title: 'Your preferences',
    questions: ['preferredApproach', 'hosting', 'modelPreference'],
  },
];

export const pageById: ReadonlyMap<string, Page> = new Map(pages.map((p) => [p.id, p]));
export const isPageId = (s: unknown): s is PageId => pageById.has(s as string);
export const pagesOf = (path: PathId): readonly Page[] => pages.filter((p) => p.path === path);

/** Where a question is asked on a path. */
export const pageOf = (questionId: string, path: PathId): Page | undefined =>
  pages.find((p) => p.path === path && p.questions.includes(questionId as QuestionId));
