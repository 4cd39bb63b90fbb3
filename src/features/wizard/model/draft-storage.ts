/**
 * The autosaved draft in localStorage. Storage is injected so tests can simulate a full quota, a corrupt entry or
 * no storage at all. A draft that cannot be read is moved aside, never deleted, and the app starts anyway.
 */
import { z } from '@/domain/zod';
import { answersSchema } from '@/domain/answers';
import { questionById, type Answers } from '@/domain/questions';
import { isWizardStep, type Pending, type WizardStep } from './flow';

export const DRAFT_KEY = 'scopewise.draft.v1';
export const DRAFT_VERSION = 1;
const MAX_PENDING_CHARS = 20_000;

export interface Draft {
  answers: Answers;
  pending: Pending;
  step: WizardStep;
}

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

export type LoadProblem =
  | { kind: 'unreadable'; movedTo: string | null }
  | { kind: 'newer'; movedTo: string | null }
  | { kind: 'unavailable' };

export interface LoadResult {
  draft: Draft | null;
  problem: LoadProblem | null;
}

/** localStorage can throw on access alone (disabled cookies, some private modes). */
export function getStorage(): Storage | null {
  try {
    const s = globalThis.localStorage;
    const probe = '__scopewise_probe__';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

function moveAside(storage: Storage, raw: string, label: string, now: Date): string | null {
  const key = `${DRAFT_KEY}.${label}.${now.toISOString()}`;
  try {
    storage.setItem(key, raw);
    storage.removeItem(DRAFT_KEY);
    return key;
  } catch {
    return null;
  }
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
  return { draft: { answers, pending, step: step as WizardStep }, problem: null };
}

export type SaveResult = { ok: true } | { ok: false; reason: 'full' | 'unavailable' };

export function saveDraft(storage: Storage | null, draft: Draft, now = new Date()): SaveResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  const body = JSON.stringify({
    version: DRAFT_VERSION,
    answers: draft.answers,
    pending: draft.pending,
    step: draft.step,
    savedAt: now.toISOString(),
  });
  try {
    storage.setItem(DRAFT_KEY, body);
    return { ok: true };
  } catch (e) {
    const full = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
    return { ok: false, reason: full ? 'full' : 'unavailable' };
  }
}
