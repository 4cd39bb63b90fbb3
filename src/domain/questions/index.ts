/** The question catalogue: the single source for the forms, branching, review, answers schema and share codes. */
import { holds, recordFacts, type FactSource } from '../conditions';
import { formatNumber } from '../format';
import { approachQuestions } from './approach';
import { complianceQuestions } from './compliance';
import { contextQuestions } from './context';
import { dataQuestions } from './data';
import { figureQuestions } from './figures';
import { UNSURE, type Answers, type Question, type Step, type StepId } from './types';
import { useCaseQuestions } from './use-case';

export * from './types';
export { upgradeAnswers } from './retired';

/** The estimate's own figures a user may replace on the results page (figures.ts). */
export const figureIds: readonly string[] = figureQuestions.map((q) => q.id);

export const steps: Step[] = [
  {
    id: 'context',
    title: 'Context',
    intro: 'Who the project is for, where it runs and what you can invest.',
  },
  { id: 'useCase', title: 'Use case', intro: 'Decision 1: define the task before choosing a model.' },
  { id: 'data', title: 'Data readiness', intro: 'Decision 2: data readiness governs the timeline.' },
  { id: 'compliance', title: 'Compliance', intro: 'Decision 3: obligations to design in before any code.' },
  {
    id: 'approach',
    title: 'Approach',
    intro: 'Decision 4: prompting, RAG or fine-tuning, and where it runs.',
  },
];

const catalogue = [
  ...contextQuestions,
  ...useCaseQuestions,
  ...dataQuestions,
  ...complianceQuestions,
  ...approachQuestions,
  ...figureQuestions,
];

/** The id of a question in the catalogue: a typo in a name fails to compile. */
export type QuestionId = (typeof catalogue)[number]['id'];

export const questions: Question[] = catalogue;
export const questionIds: readonly QuestionId[] = catalogue.map((q) => q.id);

export const questionById: ReadonlyMap<string, Question> = new Map(questions.map((q) => [q.id, q]));

export const stepOf = (id: StepId): Step => steps.find((s) => s.id === id)!;

/** Whether a question applies: it is not retired and its condition (showIf) holds over the answers given so far. */
const applies = (q: Question, answers: FactSource): boolean => !q.retired && holds(q.showIf, answers);

const inStep = (q: Question, step: StepId | undefined): boolean => step === undefined || q.step === step;

/** The questions that apply, in catalogue order. */
export function applicableQuestions(answers: Answers, step?: StepId): Question[] {
  const facts = recordFacts(answers);
  return questions.filter((q) => inStep(q, step) && applies(q, facts));
}

/**
 * Answers to questions that no longer apply are kept aside, never silently thrown away, so that switching a
 * branch back restores them. `active` is what the engine, the review and every export see.
 */
export function splitByApplicability(answers: Answers): { active: Answers; inactive: Answers } {
  const kept = recordFacts(answers);
  // Visibility can depend on answers that are themselves hidden: drop, all at once, the answers whose question
  // does not apply, and look again, until nothing more is dropped.
  for (let round = 0; round < 5; round++) {
    const dropped = questions.filter((q) => kept.has(q.id) && !applies(q, kept));
    if (dropped.length === 0) break;
    for (const q of dropped) kept.delete(q.id);
  }
  const active: Answers = {};
  const inactive: Answers = {};
  for (const [id, v] of Object.entries(answers))
    (questionById.has(id) && kept.has(id) ? active : inactive)[id] = v;
  return { active, inactive };
}

export const isAnswered = (v: unknown): boolean =>
  v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

/** Required questions that apply but have no answer yet, in catalogue order. */
export function missingAnswers(answers: Answers, step?: StepId): Question[] {
  const facts = recordFacts(answers);
  return questions.filter(
    (q) => q.required && inStep(q, step) && !isAnswered(facts.get(q.id)) && applies(q, facts),
  );
}

export function optionLabel(q: Question, value: string): string {
  if (q.kind !== 'single' && q.kind !== 'multi') return value;
  return q.options.find((o) => o.value === value)?.label ?? value;
}

/** A human rendering of an answer, for the review page and exports. */
export function formatAnswer(q: Question, v: Answers[string]): string {
  if (!isAnswered(v)) return 'Not answered';
  if (v === UNSURE) return 'Not sure yet';
  switch (q.kind) {
    case 'single':
      return optionLabel(q, String(v));
    case 'multi':
      return (v as string[]).map((x) => optionLabel(q, x)).join(', ');
    case 'number':
      return `${formatNumber(Number(v), 3)} ${q.unit}`;
    default:
      return String(v);
  }
}

export { quickQuestionIds, isQuick } from './quick';
export {
  pages,
  pageIds,
  pageById,
  pageOf,
  pagesOf,
  isPageId,
  type Page,
  type PageId,
  type PathId,
} from './pages';
export { briefOf } from './briefs';
export { assumedAnswers, assumedValue, assumeUnanswered, type Assumed } from './assumed';
export { pathEffort, shownWords, type PathEffort } from './effort';
