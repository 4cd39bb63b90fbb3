/** Writing to draft storage: the stored form of a draft, moving unreadable text aside, and why a write failed. */
import { stepIds } from '@/domain/questions';
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

/** The positions a version-1 draft can hold: the five steps, the review and the results. */
const versionOnePositions: ReadonlySet<string> = new Set([...stepIds, 'review', 'results']);

/** Version 1 when a version of Scopewise from before notes and pages can read the draft whole (draft-storage.ts). */
export function draftBody(draft: Draft, now: Date): string {
  const notes = Object.entries(draft.notes ?? {}).filter(([, t]) => typeof t === 'string' && t !== '');
  const readableByVersionOne = notes.length === 0 && versionOnePositions.has(draft.step);
  return JSON.stringify({
    version: readableByVersionOne ? 1 : DRAFT_VERSION,
    answers: draft.answers,
    pending: draft.pending,
    ...(notes.length ? { notes: Object.fromEntries(notes) } : {}),
    step: draft.step,
    savedAt: now.toISOString(),
  });
}
