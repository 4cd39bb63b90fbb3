/**
 * The quick scope: the decisive questions, those whose answers change the approach, the obligations, the
 * timeline or the bill most, and that nobody but the user can answer. Everything else has a stated default
 * (assumed.ts), so fifteen answers make a complete plan. A question asked here is asked again, already answered,
 * in the detailed path.
 */
import type { QuestionId } from './index';

export const quickQuestionIds = [
  'projectName',
  'industry',
  'regions',
  'audience',
  'aiExpertise',
  'budgetCeiling',
  'targetLaunch',
  'taskCategory',
  'highStakes',
  'needsFreshFacts',
  'dailyUsers',
  'integrations',
  'knowledgeDocs',
  'sensitiveData',
  'dataLeaves',
] as const satisfies readonly QuestionId[];

const quick: ReadonlySet<string> = new Set(quickQuestionIds);

/** Whether the quick scope asks it: a decisive question, which the plan needs an answer to. */
export const isQuick = (id: string): boolean => quick.has(id);
