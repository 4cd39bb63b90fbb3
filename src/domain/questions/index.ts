/** The question catalogue: the single source for the forms, branching, review, answers schema and share codes. */
import { holds } from '../conditions';
import { approachQuestions } from './approach';
import { complianceQuestions } from './compliance';
import { contextQuestions } from './context';
import { dataQuestions } from './data';
import type { Answers, Question, Step, StepId } from './types';
import { useCaseQuestions } from './use-case';

export * from './types';

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

export const questions: Question[] = [
  ...contextQuestions,
  ...useCaseQuestions,
  ...dataQuestions,
  ...complianceQuestions,
  ...approachQuestions,
];

export const questionById: ReadonlyMap<string, Question> = new Map(questions.map((q) => [q.id, q]));

export const stepOf = (id: StepId): Step => steps.find((s) => s.id === id)!;

/** A question applies when its condition holds over the answers given so far. */
export const isApplicable = (q: Question, answers: Answers): boolean => holds(q.showIf, answers);

export const applicableQuestions = (answers: Answers, step?: StepId): Question[] =>
  questions.filter((q) => (step === undefined || q.step === step) && isApplicable(q, answers));

/**
 * Answers to questions that no longer apply are kept aside, never silently thrown away, so that switching a
 * branch back restores them. `active` is what the engine, the review and every export see.
 */
export function splitByApplicability(answers: Answers): { active: Answers; inactive: Answers } {
  const active: Answers = {};
  const inactive: Answers = {};
  // Visibility can depend on answers that are themselves hidden; iterate until stable.
  let current = { ...answers };
  for (let i = 0; i < 5; i++) {
    const next: Answers = {};
    for (const [id, v] of Object.entries(current)) {
      const q = questionById.get(id);
      if (q && isApplicable(q, current)) next[id] = v;
    }
    if (Object.keys(next).length === Object.keys(current).length) break;
    current = next;
  }
  for (const [id, v] of Object.entries(answers)) (id in current ? active : inactive)[id] = v;
  return { active, inactive };
}

const conditionalQuestions = questions.filter((q) => q.showIf !== undefined);

/**
 * Whether some answer belongs to a question that no longer applies. Most answer sets have none, and then they
 * are their own active answers without splitByApplicability's copies.
 */
export function hasHiddenAnswers(answers: Answers): boolean {
  for (const q of conditionalQuestions)
    if (answers[q.id] !== undefined && !isApplicable(q, answers)) return true;
  return false;
}

export const isAnswered = (v: unknown): boolean =>
  v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

/** Required questions that apply but have no answer yet, in catalogue order. */
export const missingAnswers = (answers: Answers, step?: StepId): Question[] =>
  applicableQuestions(answers, step).filter((q) => q.required && !isAnswered(answers[q.id]));

export function optionLabel(q: Question, value: string): string {
  if (q.kind !== 'single' && q.kind !== 'multi') return value;
  return q.options.find((o) => o.value === value)?.label ?? value;
}

/** A human rendering of an answer, for the review page and exports. */
export function formatAnswer(q: Question, v: Answers[string]): string {
  if (!isAnswered(v)) return 'Not answered';
  switch (q.kind) {
    case 'single':
      return optionLabel(q, String(v));
    case 'multi':
      return (v as string[]).map((x) => optionLabel(q, x)).join(', ');
    case 'number':
      return `${Number(v).toLocaleString('en-US')} ${q.unit}`;
    default:
      return String(v);
  }
}
