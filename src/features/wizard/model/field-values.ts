/**
 * Form fields hold what the browser gives (strings and string lists). These helpers need no validator, so the
 * first screen renders before zod arrives; turning field values into answers is fields.ts, loaded on demand.
 */
import type { AnswerValue, Question } from '@/domain/questions';

export type FieldValue = string | string[];
export type FormValues = Record<string, FieldValue>;

export const requiredMessage = (q: Question): string =>
  q.kind === 'single' || q.kind === 'multi' ? 'Please choose an answer.' : 'Please answer this question.';

export function toFieldValue(
  q: Question,
  answer: AnswerValue | undefined,
  pending: string | undefined,
): FieldValue {
  if (pending !== undefined) return pending;
  if (q.kind === 'multi') return Array.isArray(answer) ? answer : [];
  return answer === undefined ? '' : String(answer);
}
