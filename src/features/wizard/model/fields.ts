/**
 * Between form fields (strings and string lists, as the browser gives them) and answers (typed values).
 * Validation is zod from the catalogue; react-hook-form only holds field state. Loaded on demand (see
 * validation.ts), so nothing here may be needed to draw the first screen.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { z } from '@/domain/zod';
import { answerSchema } from '@/domain/answers';
import { isAnswered, UNSURE, type AnswerValue, type Answers, type Question } from '@/domain/questions';
import { formatNumber } from '@/domain/format';
import { requiredMessage, type FormValues } from './field-values';
import type { Pending } from './flow';

/** "80,000" and " 80000 " both mean 80000; anything else stays text so the user sees their input rejected. */
function normalise(q: Question, raw: unknown): unknown {
  if (raw === undefined || raw === null) return undefined;
  if (q.kind === 'multi') return Array.isArray(raw) && raw.length > 0 ? raw : undefined;
  if (typeof raw !== 'string') return raw;
  const t = raw.trim();
  if (t === '') return undefined;
  if (t === UNSURE && (q.kind === 'number' || q.kind === 'date') && q.unsure) return UNSURE;
  if (q.kind === 'number') {
    const n = Number(t.replace(/[,_\s]/g, ''));
    return Number.isFinite(n) ? n : t;
  }
  return q.kind === 'text' ? raw : t;
}

/**
 * zod/mini's transform hands over the bare parse payload (no `addIssue` helper), so issues are pushed raw; zod
 * finalises them (path, message) exactly like the ones it raises itself.
 */
function reject(ctx: z.core.ParsePayload, input: unknown, message: string): void {
  ctx.issues.push({ code: 'custom', message, input });
}

const fieldSchemas = {
  required: new WeakMap<Question, FieldSchema>(),
  optional: new WeakMap<Question, FieldSchema>(),
};
type FieldSchema = ReturnType<typeof buildFieldSchema>;

/** One field's schema: empty is allowed unless required; otherwise the answer schema decides. Built once. */
export function fieldSchema(q: Question, required: boolean): FieldSchema {
  const cache = required ? fieldSchemas.required : fieldSchemas.optional;
  let s = cache.get(q);
  if (!s) cache.set(q, (s = buildFieldSchema(q, required)));
  return s;
}

function buildFieldSchema(q: Question, required: boolean) {
  const base = answerSchema(q);
  return z.pipe(
    z.unknown(),
    z.transform((raw, ctx): AnswerValue | undefined => {
      const v = normalise(q, raw);
      if (v === undefined) {
        if (required) reject(ctx, raw, requiredMessage(q));
        return undefined;
      }
      if (q.kind === 'number' && typeof v === 'string' && v !== UNSURE) {
        reject(ctx, raw, `Enter a number between ${formatNumber(q.min)} and ${formatNumber(q.max)}.`);
        return z.NEVER;
      }
      const r = base.safeParse(v);
      if (!r.success) {
        const msg = r.error.issues[0]?.message ?? 'is not valid';
        reject(ctx, raw, `${msg.charAt(0).toUpperCase()}${msg.slice(1)}.`);
        return z.NEVER;
      }
      return r.data as AnswerValue;
    }),
  );
}

/** The schema of a step's form: only the questions that currently apply are validated. */
export function stepSchema(applicable: readonly Question[]) {
  return z.looseObject(Object.fromEntries(applicable.map((q) => [q.id, fieldSchema(q, q.required)])));
}

const stepResolvers = new Map<string, Resolver<FormValues>>();

/**
 * react-hook-form's resolver for the questions that apply right now. A step has only a handful of visible
 * combinations, and the resolver runs on every blur and submit, so each combination is built once.
 */
export function stepResolver(applicable: readonly Question[]): Resolver<FormValues> {
  const key = applicable.map((q) => q.id).join(' ');
  let r = stepResolvers.get(key);
  if (!r)
    stepResolvers.set(key, (r = zodResolver(stepSchema(applicable)) as unknown as Resolver<FormValues>));
  return r;
}

/**
 * Splits a step's field values into valid answers and raw pending text, so that every keystroke can be saved
 * without ever storing an invalid answer.
 */
export function splitFieldValues(qs: Question[], values: FormValues): { answers: Answers; pending: Pending } {
  const answers: Answers = {};
  const pending: Pending = {};
  for (const q of qs) {
    const raw = values[q.id];
    const r = fieldSchema(q, false).safeParse(raw);
    if (r.success) {
      if (isAnswered(r.data)) answers[q.id] = r.data as AnswerValue;
    } else if (typeof raw === 'string') pending[q.id] = raw;
  }
  return { answers, pending };
}
