/** The question catalogue: the single source for the forms, branching, review, answers schema and share codes. */
import { compileCondition, factSlot, factValues, type FactValues } from '../conditions';
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

// A question applies when its condition (showIf) holds over the answers given so far. Indexed like `questions`:
// each question's condition, compiled once, the slot of its answer, and the fields the loops below read (questions
// come in several shapes, so reading them off each question is slower). The functions below lay the answers out
// by slot once (factValues) and test every question on that.
const applies = questions.map((q) => compileCondition(q.showIf));
const answerSlots = questions.map((q) => factSlot(q.id));
const questionIds = questions.map((q) => q.id);
const questionSteps = questions.map((q) => q.step);
const required = questions.flatMap((q, i) => (q.required ? [i] : []));
const questionIndex = new Map(questions.map((q, i) => [q.id, i]));
const conditional = questions.flatMap((q, i) => (q.showIf === undefined ? [] : [i]));

/** The questions that apply, in catalogue order, over answers laid out by factValues (the engine's facts do). */
function applicableIn(values: FactValues, step?: StepId): Question[] {
  const out: Question[] = [];
  for (let i = 0; i < questions.length; i++)
    if ((step === undefined || questionSteps[i] === step) && applies[i]!.holds(values))
      out.push(questions[i]!);
  return out;
}

export const applicableQuestions = (answers: Answers, step?: StepId): Question[] =>
  applicableIn(factValues(answers), step);

/**
 * Answers to questions that no longer apply are kept aside, never silently thrown away, so that switching a
 * branch back restores them. `active` is what the engine, the review and every export see.
 */
export function splitByApplicability(answers: Answers): { active: Answers; inactive: Answers } {
  const values = factValues(answers);
  const kept = questions.map((q) => Object.hasOwn(answers, q.id));
  // Visibility can depend on answers that are themselves hidden: drop, all at once, the answers whose question
  // does not apply, and look again, until nothing more is dropped.
  for (let round = 0; round < 5; round++) {
    const dropped: number[] = [];
    for (let i = 0; i < questions.length; i++) if (kept[i] && !applies[i]!.holds(values)) dropped.push(i);
    if (dropped.length === 0) break;
    for (const i of dropped) {
      kept[i] = false;
      values[answerSlots[i]!] = undefined;
    }
  }
  const active: Answers = {};
  const inactive: Answers = {};
  for (const [id, v] of Object.entries(answers)) {
    const i = questionIndex.get(id);
    (i !== undefined && kept[i] ? active : inactive)[id] = v;
  }
  return { active, inactive };
}

/**
 * Whether some answer, laid out by factValues, belongs to a question that no longer applies. Most answer sets
 * have none, and then they are their own active answers without splitByApplicability's copies.
 */
export function hasHiddenIn(values: FactValues): boolean {
  for (const i of conditional)
    if (values[answerSlots[i]!] !== undefined && !applies[i]!.holds(values)) return true;
  return false;
}

export const isAnswered = (v: unknown): boolean =>
  v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

/** Required questions that apply but have no answer yet, in catalogue order. */
export const missingAnswers = (answers: Answers, step?: StepId): Question[] =>
  missingAt(factValues(answers), step).map((i) => questions[i]!);

/** The ids of missingAnswers over answers laid out by factValues, for the plan. */
export const missingIdsIn = (values: FactValues): string[] => missingAt(values).map((i) => questionIds[i]!);

function missingAt(values: FactValues, step?: StepId): number[] {
  const out: number[] = [];
  for (const i of required)
    if (
      (step === undefined || questionSteps[i] === step) &&
      !isAnswered(values[answerSlots[i]!]) &&
      applies[i]!.holds(values)
    )
      out.push(i);
  return out;
}

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
