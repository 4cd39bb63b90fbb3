import type { Condition } from '../conditions';
import type { Citation } from '../sources';

export const stepIds = ['context', 'useCase', 'data', 'compliance', 'approach'] as const;
export type StepId = (typeof stepIds)[number];
/**
 * Where a question is asked: a step of the questionnaire, or `figures`, the estimate's own figures a user may
 * change on the results page (figures.ts).
 */
export type QuestionPlace = StepId | 'figures';

export interface Option {
  /** Stored in answer files. Never renamed once released. */
  value: string;
  label: string;
  hint?: string;
}

interface QuestionBase<Id extends string> {
  /** Stored in answer files. Never renamed once released. */
  id: Id;
  /**
   * Stable small integer used by share links instead of the id. Append-only: a released code is never reused,
   * and option order is append-only too, because links carry option indexes.
   */
  code: number;
  step: QuestionPlace;
  label: string;
  /** Why it matters, in the product's own words, grounded in `sources`. */
  help: string;
  sources: Citation[];
  required: boolean;
  /** Asked only when this holds over the current answers. */
  showIf?: Condition;
  /**
   * No longer asked: what replaced it. A retired question keeps its id, code and options so that answer files
   * and share links written before still parse; `upgradeAnswers` (retired.ts) carries its answers over to the
   * questions that replaced it, and it never applies (it is never shown, required or sent to the engine).
   */
  retired?: string;
}

export interface ChoiceQuestion<Id extends string = string> extends QuestionBase<Id> {
  kind: 'single';
  options: Option[];
}
export interface MultiQuestion<Id extends string = string> extends QuestionBase<Id> {
  kind: 'multi';
  options: Option[];
  /** An option that cannot be combined with others ("none of these"). */
  exclusive?: string;
}
/** Set on number and date questions a user may answer "not sure": the label of that choice. */
interface MayBeUnsure {
  unsure?: string;
}

export interface NumberQuestion<Id extends string = string> extends QuestionBase<Id>, MayBeUnsure {
  kind: 'number';
  min: number;
  max: number;
  integer: boolean;
  unit: string;
  placeholder?: string;
}
export interface TextQuestion<Id extends string = string> extends QuestionBase<Id> {
  kind: 'text';
  maxLength: number;
  multiline: boolean;
  placeholder?: string;
}
export interface DateQuestion<Id extends string = string> extends QuestionBase<Id>, MayBeUnsure {
  kind: 'date';
}

export type Question<Id extends string = string> =
  ChoiceQuestion<Id> | MultiQuestion<Id> | NumberQuestion<Id> | TextQuestion<Id> | DateQuestion<Id>;

/**
 * A step's questions, unchanged: only their type keeps each id as a literal, so that the catalogue's ids form a
 * union (`QuestionId`) and code naming an answer that does not exist fails to compile.
 */
export const questionsOf = <Id extends string>(questions: Question<Id>[]): Question<Id>[] => questions;

/** The answer "not sure" to a number or date question that allows it. */
export const UNSURE = 'unsure';

export type AnswerValue = string | number | string[];
export type Answers = Partial<Record<string, AnswerValue>>;

export interface Step {
  id: StepId;
  title: string;
  /** What the step decides, shown under its heading. */
  intro: string;
}
