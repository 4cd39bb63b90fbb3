/** Reads the saved draft back, validating every answer: a draft is only trusted once the answers schema agrees. */
import { z } from '@/domain/zod';
import { answersSchema } from '@/domain/answers';
import { questionById, upgradeAnswers } from '@/domain/questions';
import { DRAFT_KEY, DRAFT_VERSION, moveAside, type LoadResult } from './draft-storage';
import { isWizardStep, type WizardStep } from './flow';

const MAX_PENDING_CHARS = 20_000;

const storedDraftSchema = z.strictObject({
  version: z.literal(DRAFT_VERSION),
  answers: answersSchema,
  pending: z.optional(
    z
      .record(z.string(), z.string().check(z.maxLength(MAX_PENDING_CHARS)))
      .check(
        z.refine(
          (p) => Object.keys(p).every((id) => questionById.has(id)),
          'pending lists an unknown question',
        ),
      ),
  ),
  step: z.string().check(z.refine(isWizardStep, 'unknown step')),
  savedAt: z.string(),
});

export function loadDraft(storage: Storage | null, now = new Date()): LoadResult {
  if (!storage) return { draft: null, problem: { kind: 'unavailable' } };
  let raw: string | null;
  try {
    raw = storage.getItem(DRAFT_KEY);
  } catch {
    return { draft: null, problem: { kind: 'unavailable' } };
  }
  if (raw === null) return { draft: null, problem: null };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return {
      draft: null,
      problem: { kind: 'unreadable', movedTo: moveAside(storage, raw, 'unreadable', now) },
    };
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > DRAFT_VERSION)
    return { draft: null, problem: { kind: 'newer', movedTo: moveAside(storage, raw, 'newer', now) } };
  const parsed = storedDraftSchema.safeParse(json);
  if (!parsed.success)
    return {
      draft: null,
      problem: { kind: 'unreadable', movedTo: moveAside(storage, raw, 'unreadable', now) },
    };
  const { answers, pending = {}, step } = parsed.data;
  // A draft saved before a question was retired opens with its answer where the question is asked now.
  return { draft: { answers: upgradeAnswers(answers), pending, step: step as WizardStep }, problem: null };
}
