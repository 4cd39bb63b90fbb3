/**
 * The answers file's envelope without its validator: writing a file needs only these, so the first screen can
 * offer "Download answers" without loading zod (the schema lives in answers.ts and arrives on demand).
 */
import type { Notes } from './notes';
import type { Answers } from './questions';

export const ANSWERS_FORMAT = 'scopewise-answers';
/**
 * Bump on any incompatible change; `parseAnswersFile` must then still read files of every earlier version.
 * 2: numbers and the launch date may be "unsure", the estimate's own figures are answers (figures.ts), the use is
 * asked once in `highStakes` (`euAiActUses` is still read and carried over), US states are asked; optional
 * `notes` on answers and the `rulesetVersion` the file was written with.
 */
export const SCHEMA_VERSION = 2;
/** Every version this one reads; an older file's answers are carried over to today's questions. */
export const READABLE_SCHEMA_VERSIONS: readonly number[] = [1, 2];

export interface AnswersFile {
  $schema?: string;
  format: typeof ANSWERS_FORMAT;
  schemaVersion: typeof SCHEMA_VERSION;
  /**
   * The ruleset the answers were last seen with (RULESET_VERSION), so a later version can say what changed in the
   * plan since. Optional: files written by other tools may leave it out. A version-1 file was written with 2026.11.1.
   */
  rulesetVersion?: string;
  answers: Answers;
  /** Notes on answers, by question id (plain text, at most NOTE_MAX_LENGTH characters each). Optional. */
  notes?: Notes;
}

/** The ruleset every answers file of version 1 (and every format-0 or format-1 link) was made with. */
export const RULESET_OF_VERSION_1 = '2026.11.1';

export function toAnswersFile(
  answers: Answers,
  extra: { notes?: Notes; rulesetVersion?: string } = {},
): AnswersFile {
  const notes = extra.notes && Object.keys(extra.notes).length ? extra.notes : undefined;
  return {
    format: ANSWERS_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    ...(extra.rulesetVersion ? { rulesetVersion: extra.rulesetVersion } : {}),
    answers,
    ...(notes ? { notes } : {}),
  };
}
