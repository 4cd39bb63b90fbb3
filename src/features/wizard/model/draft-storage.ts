/**
 * The saved draft in localStorage: the key, its shape and what the first screen needs to know whether there is
 * one. Storage is injected so tests can simulate a full quota, a corrupt entry or no storage at all. Everything
 * that reads or writes a draft is in draft-write.ts, load-draft.ts and draft-sync.ts, loaded on demand.
 */
import type { Notes } from '@/domain/notes';
import type { Answers } from '@/domain/questions';
import type { Pending, WizardStep } from './flow';

export const DRAFT_KEY = 'scopewise.draft.v1';
/**
 * The stored draft's shape; a bump needs a step in load-draft.ts's `draftMigrations`. Version 2 added notes on
 * answers and positions that are pages (`quick`, `useCase-2`…). A draft a version-1 Scopewise can read whole (no
 * notes, a position it knows) is still written as version 1; any other is version 2, which such a version leaves
 * alone instead of moving it aside as unreadable or saving over it.
 */
export const DRAFT_VERSION = 2;

export interface Draft {
  answers: Answers;
  pending: Pending;
  step: WizardStep;
  /** Notes on answers, as typed (cleaned when they leave the draft: files, links, exports). */
  notes?: Notes;
}

export type LoadProblem =
  /** Could not be read; moved to `movedTo`, or, when there was no room to move it, left where it was. */
  | { kind: 'unreadable'; movedTo: string | null }
  | { kind: 'newer'; movedTo: string | null }
  /** Read, but these answers no longer pass the checks: kept as text for the user to fix. */
  | { kind: 'repaired'; questionIds: string[] }
  | { kind: 'unavailable' };

export interface LoadResult {
  draft: Draft | null;
  problem: LoadProblem | null;
}

/**
 * localStorage, or null when the browser refuses it outright (disabled cookies, some private modes): access alone
 * throws there. Only reading is probed. A full storage still holds the saved draft, and a failed write is
 * reported when it happens; probing with a write would mistake "full" for "no storage" and hide the draft.
 */
export function getStorage(): Storage | null {
  try {
    const s = globalThis.localStorage;
    s.getItem(DRAFT_KEY);
    return s;
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
