/**
 * The answers file's envelope without its validator: writing a file needs only these, so the first screen can
 * offer "Download answers" without loading zod (the schema lives in answers.ts and arrives on demand).
 */
import type { Answers } from './questions';

export const ANSWERS_FORMAT = 'scopewise-answers';
/** Bump on any incompatible change; `parseAnswersFile` must then still read files of every earlier version. */
export const SCHEMA_VERSION = 1;

export interface AnswersFile {
  $schema?: string;
  format: typeof ANSWERS_FORMAT;
  schemaVersion: typeof SCHEMA_VERSION;
  answers: Answers;
}

export function toAnswersFile(answers: Answers): AnswersFile {
  return { format: ANSWERS_FORMAT, schemaVersion: SCHEMA_VERSION, answers };
}
