/** Writing to draft storage: the stored form of a draft, moving unreadable text aside, and why a write failed. */
import { DRAFT_KEY, DRAFT_VERSION, type Draft } from './draft-storage';

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

export type SaveFailure = 'full' | 'unavailable';

/**
 * Why a write failed. A quota error on an empty storage means this browser stores nothing at all (Safari's old
 * private mode), which the user should hear as "cannot save here" rather than "full".
 */
export function writeFailure(e: unknown, storage: Storage): SaveFailure {
  const quota = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
  if (!quota) return 'unavailable';
  try {
    return storage.length === 0 ? 'unavailable' : 'full';
  } catch {
    return 'unavailable';
  }
}

/** Version 1 when there are no notes, so a version of Scopewise from before notes still reads the draft. */
export function draftBody(draft: Draft, now: Date): string {
  const notes = Object.entries(draft.notes ?? {}).filter(([, t]) => typeof t === 'string' && t !== '');
  return JSON.stringify({
    version: notes.length ? DRAFT_VERSION : 1,
    answers: draft.answers,
    pending: draft.pending,
    ...(notes.length ? { notes: Object.fromEntries(notes) } : {}),
    step: draft.step,
    savedAt: now.toISOString(),
  });
}
