/**
 * The answers file: the public, versioned contract other tools write to. Only inputs are stored and shared;
 * the plan is always recomputed from them.
 */
import { ANSWERS_FORMAT, SCHEMA_VERSION, type AnswersFile } from './answers-format';
import { formatGrouped } from './grouped-number';
import { z } from './zod';
import { questions, type Answers, type Question } from './questions';

export { ANSWERS_FORMAT, SCHEMA_VERSION, toAnswersFile, type AnswersFile } from './answers-format';

const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
  z.refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'is not a real calendar date'),
  z.refine((s) => s >= '2000-01-01' && s <= '2100-12-31', 'must be between 2000 and 2100'),
);

const answerSchemas = new WeakMap<Question, z.ZodMiniType>();

/**
 * The zod schema of one answer, derived from its question so the catalogue stays the single source. Built once
 * per question: forms validate on every keystroke.
 */
export function answerSchema(q: Question): z.ZodMiniType {
  let s = answerSchemas.get(q);
  if (!s) answerSchemas.set(q, (s = buildAnswerSchema(q)));
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
        z.gte(q.min, `must be at least ${formatGrouped(q.min)}`),
        z.lte(q.max, `must be at most ${formatGrouped(q.max)}`),
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

export const answersFileSchema: z.ZodMiniType<AnswersFile> = z.strictObject({
  $schema: z.optional(z.string()),
  format: z.literal(ANSWERS_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION),
  answers: answersSchema,
});

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Names each bad field in plain words: "answers.dailyUsers: must be at most 10,000,000". */
export function describeIssues(error: z.core.$ZodError): string[] {
  return error.issues.map((i) => {
    const path = i.path.map(String).join('.');
    const msg = i.code === 'unrecognized_keys' ? `unknown field(s) ${i.keys.join(', ')}` : i.message;
    return path ? `${path}: ${msg}` : msg;
  });
}

const MAX_FILE_BYTES = 1_000_000;

/**
 * Reads an answers file a person picked or a tool wrote. Never throws: every problem comes back as a message
 * naming the field, and nothing is applied unless the whole file is valid.
 */
export function parseAnswersFile(text: string): ParseResult<AnswersFile> {
  if (text.length > MAX_FILE_BYTES)
    return { ok: false, errors: ['The file is larger than 1 MB: not an answers file.'] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
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
  if (typeof obj.schemaVersion === 'number' && obj.schemaVersion > SCHEMA_VERSION)
    return {
      ok: false,
      errors: [
        `schemaVersion: ${obj.schemaVersion} was written by a newer version of Scopewise (this one reads up to ${SCHEMA_VERSION}).`,
      ],
    };
  const parsed = answersFileSchema.safeParse(obj);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, errors: describeIssues(parsed.error) };
}
