/**
 * Reads a stored draft back, validating every answer: a draft is only trusted once the answers schema agrees.
 * Shared by the first load (loadDraft), by every save (draft-sync.ts reads what another tab may have written)
 * and by the earlier versions (earlier-drafts.ts).
 */
import { z } from '@/domain/zod';
import { answerSchema } from '@/domain/answers';
import { NOTE_MAX_LENGTH } from '@/domain/note-limit';
import { questionById, upgradeAnswers, type Answers } from '@/domain/questions';
import { DRAFT_KEY, DRAFT_VERSION, type Draft, type LoadResult } from './draft-storage';
import { moveAside } from './draft-write';
import { isWizardStep, type Pending, type WizardStep } from './steps';

export const MAX_PENDING_CHARS = 20_000;

/**
 * How a draft stored by an earlier version becomes the current shape, one version at a time (see
 * DRAFT_VERSION). Each step is pure and total, like the share-link migrations; the schema judges the result.
 */
export const draftMigrations: Record<number, (draft: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 2 added optional notes and positions that are pages; a version-1 draft has neither.
  1: (draft) => draft,
};

const knownId = (id: string) =>
  questionById.has(id) && !['__proto__', 'constructor', 'prototype'].includes(id);

const storedDraftSchema = z.strictObject({
  version: z.literal(DRAFT_VERSION),
  answers: z.record(z.string(), z.unknown()),
  pending: z.optional(z.record(z.string(), z.string().check(z.maxLength(MAX_PENDING_CHARS)))),
  notes: z.optional(z.record(z.string(), z.string().check(z.maxLength(NOTE_MAX_LENGTH)))),
  step: z.string().check(z.refine(isWizardStep, 'unknown step')),
  savedAt: z.string(),
});

export type ParsedDraft =
  { ok: true; draft: Draft; repaired: string[] } | { ok: false; why: 'unreadable' | 'newer' };

/**
 * A stored draft's text, validated. An answer the current rules refuse (an impossible date saved before dates
 * were checked, a number now out of range) does not cost the whole draft: it is kept as the raw text of its
 * field, where the user sees it rejected and can fix it, and listed in `repaired`. Anything else wrong (not
 * JSON, an unknown question or step, a value that cannot be shown as text) makes the draft unreadable.
 */
export function parseStoredDraft(raw: string): ParsedDraft {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, why: 'unreadable' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { ok: false, why: 'unreadable' };
  let current = json as Record<string, unknown>;
  const version = current.version;
  if (typeof version === 'number' && version > DRAFT_VERSION) return { ok: false, why: 'newer' };
  if (typeof version === 'number' && Number.isInteger(version) && version >= 0)
    for (let v = version; v < DRAFT_VERSION; v++) {
      const up = draftMigrations[v];
      if (!up) return { ok: false, why: 'unreadable' };
      current = { ...up(current), version: v + 1 };
    }
  // Keys are checked on the parsed JSON itself, where "__proto__" is an ordinary own key, before anything copies it.
  for (const part of [current.answers, current.pending ?? {}, current.notes ?? {}])
    if (typeof part !== 'object' || part === null || !Object.keys(part).every(knownId))
      return { ok: false, why: 'unreadable' };
  const parsed = storedDraftSchema.safeParse(current);
  if (!parsed.success) return { ok: false, why: 'unreadable' };
  const { answers: rawAnswers, pending: rawPending = {}, notes = {}, step } = parsed.data;
  const answers: Answers = {};
  const pending: Pending = { ...rawPending };
  const repaired: string[] = [];
  for (const [id, value] of Object.entries(rawAnswers)) {
    const q = questionById.get(id)!;
    const checked = answerSchema(q).safeParse(value);
    if (checked.success) answers[id] = checked.data as Answers[string];
    else if (
      q.kind !== 'single' &&
      q.kind !== 'multi' &&
      (typeof value === 'string' || typeof value === 'number')
    ) {
      const text = String(value);
      if (text.length > MAX_PENDING_CHARS) return { ok: false, why: 'unreadable' };
      // Text the user typed after it (still pending) is newer than the stored answer.
      pending[id] ??= text;
      repaired.push(id);
    } else return { ok: false, why: 'unreadable' };
  }
  // A draft saved before a question was retired opens with its answer where the question is asked now.
  const draft: Draft = { answers: upgradeAnswers(answers), pending, step: step as WizardStep };
  if (Object.keys(notes).length) draft.notes = { ...notes };
  return { ok: true, draft, repaired };
}

export function loadDraft(storage: Storage | null, now = new Date()): LoadResult {
  if (!storage) return { draft: null, problem: { kind: 'unavailable' } };
  let raw: string | null;
  try {
    raw = storage.getItem(DRAFT_KEY);
  } catch {
    return { draft: null, problem: { kind: 'unavailable' } };
  }
  if (raw === null) return { draft: null, problem: null };
  const parsed = parseStoredDraft(raw);
  if (!parsed.ok)
    return { draft: null, problem: { kind: parsed.why, movedTo: moveAside(storage, raw, parsed.why, now) } };
  return {
    draft: parsed.draft,
    problem: parsed.repaired.length > 0 ? { kind: 'repaired', questionIds: parsed.repaired } : null,
  };
}
