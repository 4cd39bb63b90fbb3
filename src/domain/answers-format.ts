/**
 * The answers file's envelope without its validator: writing a file needs only these, so the first screen can
 * offer "Download answers" without loading zod (the schema lives in answers.ts and arrives on demand).
 */
import type { Answers } from './questions';

export const ANSWERS_FORMAT = 'scopewise-answers';
/**
 * Bump on any incompatible change; `parseAnswersFile` must then still read files of every earlier version.
 * 2: numbers and the launch date may be "unsure", the estimate's own figures are answers (figures.ts), the use is
 * asked once in `highStakes` (`euAiActUses` is still read and carried over), US states are asked.
 */
export const SCHEMA_VERSION = 2;
/** Every version this one reads; an older file's answers are carried over to today's questions. */
export const READABLE_SCHEMA_VERSIONS: readonly number[] = [1, 2];

export interface AnswersFile {
  $schema?: string;
  format: typeof ANSWERS_FORMAT;
  schemaVersion: typeof SCHEMA_VERSION;
  answers: Answers;
}

export function toAnswersFile(answers: Answers): AnswersFile {
  return { format: ANSWERS_FORMAT, schemaVersion: SCHEMA_VERSION, answers };
}
