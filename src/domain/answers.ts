/**
 * The answers file: the public, versioned contract other tools write to. Only inputs are stored and shared;
 * the plan is always recomputed from them.
 */
import {
  ANSWERS_FORMAT,
  READABLE_SCHEMA_VERSIONS,
  RULESET_OF_VERSION_1,
  SCHEMA_VERSION,
  type AnswersFile,
} from './answers-format';
import { cleanNotes, NOTE_MAX_LENGTH, type Notes } from './notes';
import { decodeAnswersBytes } from './answers-text';
import { isCalendarDate } from './calendar-date';
import { z } from './zod';
import { formatNumber } from './format';
import { questions, UNSURE, upgradeAnswers, type Answers, type Question } from './questions';

export {
  ANSWERS_FORMAT,
  RULESET_OF_VERSION_1,
  SCHEMA_VERSION,
  toAnswersFile,
  type AnswersFile,
} from './answers-format';

const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
  z.refine(isCalendarDate, 'is not a real calendar date'),
  z.refine((s) => s >= '2000-01-01' && s <= '2100-12-31', 'must be between 2000 and 2100'),
);

const answerSchemas = new WeakMap<Question, z.ZodMiniType>();

/**
 * The zod schema of one answer, derived from its question so the catalogue stays the single source. Built once
 * per question: forms validate on every keystroke.
 */
export function answerSchema(q: Question): z.ZodMiniType {
  let s = answerSchemas.get(q);
  if (!s) {
    const base = buildAnswerSchema(q);
    // A number or a date the user may leave open: "not sure" is an answer too.
    s = (q.kind === 'number' || q.kind === 'date') && q.unsure ? z.union([base, z.literal(UNSURE)]) : base;
    answerSchemas.set(q, s);
  }
  return s;
}

function buildAnswerSchema(q: Question): z.ZodMiniType {
  switch (q.kind) {
    case 'single':
      return z.enum(q.options.map((o) => o.value) as [string, ...string[]], {
        error: `must be one of: ${q.options.map((o) => o.value).join(', ')}`,
      });
    case 'multi': {
      const values = q.options.map((o) => o.value) as [string, ...string[]];
      const ex = q.exclusive;
      return z.array(z.enum(values, { error: `each choice must be one of: ${values.join(', ')}` })).check(
        z.minLength(1, 'choose at least one option'),
        z.refine((a) => new Set(a).size === a.length, 'lists the same choice twice'),
        z.refine(
          (a) => !ex || !(a.includes(ex) && a.length > 1),
          `"${ex}" cannot be combined with other choices`,
        ),
      );
    }
    case 'number':
      return z.number({ error: 'must be a number' }).check(
        z.gte(q.min, `must be at least ${formatNumber(q.min)}`),
        z.lte(q.max, `must be at most ${formatNumber(q.max)}`),
        z.refine((n) => !q.integer || Number.isInteger(n), 'must be a whole number'),
      );
    case 'text':
      return z
        .string({ error: 'must be text' })
        .check(
          z.trim(),
          z.minLength(1, 'must not be empty'),
          z.maxLength(q.maxLength, `must be at most ${q.maxLength} characters`),
        );
    case 'date':
      return isoDate;
  }
}

export const answersSchema = z.strictObject(
  Object.fromEntries(questions.map((q) => [q.id, z.optional(answerSchema(q))])),
) as unknown as z.ZodMiniType<Answers>;

/** One note: plain text up to the limit (it is cleaned of control characters when read). */
export const noteSchema = z
  .string({ error: 'must be text' })
  .check(z.maxLength(NOTE_MAX_LENGTH, `must be at most ${NOTE_MAX_LENGTH} characters`));

/** Notes by question id: only questions of the catalogue. */
export const notesSchema = z.strictObject(
  Object.fromEntries(questions.map((q) => [q.id, z.optional(noteSchema)])),
) as unknown as z.ZodMiniType<Notes>;

/** `YYYY.MM.N`, as RULESET_VERSION is written. */
const rulesetVersionSchema = z
  .string()
  .check(z.regex(/^\d{4}\.\d{1,2}\.\d+$/, 'must be a ruleset version written YYYY.MM.N'));

export const answersFileSchema: z.ZodMiniType<AnswersFile> = z.strictObject({
  $schema: z.optional(z.string()),
  format: z.literal(ANSWERS_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION),
  rulesetVersion: z.optional(rulesetVersionSchema),
  answers: answersSchema,
  notes: z.optional(notesSchema),
});

/** A file of any version this one reads: the envelope of its version, the answers of today's catalogue. */
const readableFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  format: z.literal(ANSWERS_FORMAT),
  schemaVersion: z.union(
    READABLE_SCHEMA_VERSIONS.map((v) => z.literal(v)) as [
      z.ZodMiniLiteral<number>,
      ...z.ZodMiniLiteral<number>[],
    ],
  ),
  rulesetVersion: z.optional(rulesetVersionSchema),
  answers: answersSchema,
  notes: z.optional(notesSchema),
});

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Names each bad field in plain words: "answers.dailyUsers: must be at most 10,000,000". */
export function describeIssues(error: z.core.$ZodError): string[] {
  return error.issues.flatMap(meantIssues).map((i) => {
    const path = i.path.map(String).join('.');
    const msg = i.code === 'unrecognized_keys' ? `unknown field(s) ${i.keys.join(', ')}` : i.message;
    return path ? `${path}: ${msg}` : msg;
  });
}

/**
 * A value that matches none of a union's shapes (such as a condition) is described by the shape whose fields it
 * has, e.g. "when.all.1.fact: … is neither an answer id nor a derived fact" rather than "when: Invalid input".
 */
function meantIssues(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const meant = issue.errors.filter(
    (branch) => !branch.some((i) => i.code === 'unrecognized_keys' && i.path.length === 0),
  );
  if (meant.length !== 1) return [issue];
  return meant[0]!.flatMap((i) => meantIssues({ ...i, path: [...issue.path, ...i.path] }));
}

const MAX_FILE_BYTES = 1_000_000;

/** What to say about a `schemaVersion` this version cannot read, or undefined when it is the current one. */
function schemaVersionProblem(v: unknown): string | undefined {
  if (typeof v === 'number' && READABLE_SCHEMA_VERSIONS.includes(v)) return undefined;
  if (v === undefined)
    return `schemaVersion: missing. Add "schemaVersion": ${SCHEMA_VERSION} next to "format" (the version this file's answers follow).`;
  if (typeof v === 'string' && READABLE_SCHEMA_VERSIONS.includes(Number(v)))
    return `schemaVersion: write it as the number ${v}, without quotes.`;
  if (typeof v !== 'number' || !Number.isInteger(v))
    return `schemaVersion: must be a whole number (this version of Scopewise reads ${SCHEMA_VERSION}).`;
  if (v > SCHEMA_VERSION)
    return `schemaVersion: ${v} was written by a newer version of Scopewise (this one reads up to ${SCHEMA_VERSION}): open it with that version, or update this one.`;
  return `schemaVersion: ${v} is older than any answers format Scopewise has released (the first is ${READABLE_SCHEMA_VERSIONS[0]}), so no version can convert it. Open Scopewise, enter or check the answers, and download them again to get a file this version reads; schema/answers.schema.json describes every field.`;
}

/**
 * Reads an answers file a person picked or a tool wrote. Never throws: every problem comes back as a message
 * naming the field, and nothing is applied unless the whole file is valid.
 */
export function parseAnswersFile(text: string): ParseResult<AnswersFile> {
  if (text.length > MAX_FILE_BYTES)
    return { ok: false, errors: ['The file is larger than 1 MB: not an answers file.'] };
  let raw: unknown;
  try {
    // A byte-order mark that survived decoding is not part of the JSON.
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, errors: [`The file is not valid JSON (${(e as Error).message}).`] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, errors: ['The file must contain a JSON object.'] };
  const obj = raw as Record<string, unknown>;
  if (obj.format !== ANSWERS_FORMAT)
    return {
      ok: false,
      errors: [`format: expected "${ANSWERS_FORMAT}" — this is not a Scopewise answers file.`],
    };
  const versionProblem = schemaVersionProblem(obj.schemaVersion);
  if (versionProblem) return { ok: false, errors: [versionProblem] };
  const parsed = readableFileSchema.safeParse(obj);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error) };
  // An older file is read as today's: its answers carried over to the questions asked now.
  const { $schema, answers, notes, rulesetVersion, schemaVersion } = parsed.data as {
    $schema?: string;
    answers: Answers;
    notes?: Notes;
    rulesetVersion?: string;
    schemaVersion: number;
  };
  // A version-1 file names no ruleset, but only one ever wrote them.
  const ruleset = rulesetVersion ?? (schemaVersion === 1 ? RULESET_OF_VERSION_1 : undefined);
  const kept = notes ? cleanNotes(notes) : {};
  const value: AnswersFile = {
    format: ANSWERS_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    ...(ruleset ? { rulesetVersion: ruleset } : {}),
    answers: upgradeAnswers(answers),
    ...(Object.keys(kept).length ? { notes: kept } : {}),
  };
  return { ok: true, value: $schema === undefined ? value : { $schema, ...value } };
}

/** The same, from the file's bytes: the one entry point for the browser import and the CLI (see answers-text.ts). */
export function parseAnswersBytes(bytes: Uint8Array): ParseResult<AnswersFile> {
  if (bytes.length > 4 * MAX_FILE_BYTES)
    return { ok: false, errors: ['The file is larger than 1 MB: not an answers file.'] };
  const decoded = decodeAnswersBytes(bytes);
  return decoded.ok ? parseAnswersFile(decoded.text) : { ok: false, errors: [decoded.error] };
}
