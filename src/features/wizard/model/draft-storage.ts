/**
 * The autosaved draft in localStorage. Storage is injected so tests can simulate a full quota, a corrupt entry or
 * no storage at all. A draft that cannot be read is moved aside, never deleted, and the app starts anyway.
 * Reading a saved draft validates it, which needs zod: that half lives in load-draft.ts, loaded on demand.
 */
import type { Answers } from '@/domain/questions';
import type { Pending, WizardStep } from './flow';

export const DRAFT_KEY = 'scopewise.draft.v1';
export const DRAFT_VERSION = 1;

export interface Draft {
  answers: Answers;
  pending: Pending;
  step: WizardStep;
}

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

export function moveAside(storage: Storage, raw: string, label: string, now: Date): string | null {
  const key = `${DRAFT_KEY}.${label}.${now.toISOString()}`;
  try {
    storage.setItem(key, raw);
    storage.removeItem(DRAFT_KEY);
    return key;
  } catch {
    return null;
  }
}

/**
 * What loading finds when there is nothing to validate: no storage at all, or no saved draft (a first visit).
 * `undefined` means a saved draft exists and must be read with loadDraft (load-draft.ts).
 */
export function loadWithoutDraft(storage: Storage | null): LoadResult | undefined {
  if (!storage) return { draft: null, problem: { kind: 'unavailable' } };
  try {
    return storage.getItem(DRAFT_KEY) === null ? { draft: null, problem: null } : undefined;
  } catch {
    return { draft: null, problem: { kind: 'unavailable' } };
  }
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
