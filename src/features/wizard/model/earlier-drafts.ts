/**
 * Earlier versions: whenever a draft is replaced wholesale (a shared plan's "Edit a copy" or "Import", an answers
 * file, "Start over", restoring an earlier version), the draft it replaces is kept here first, so there is always
 * a way back that survives a reload and other tabs. A few, newest first; each can be restored or downloaded.
 */
import { DRAFT_KEY, type Draft } from './draft-storage';
import { draftBody, writeFailure, type SaveFailure } from './draft-write';
import { parseStoredDraft } from './load-draft';

export const EARLIER_KEY = `${DRAFT_KEY}.earlier`;
/** Enough to undo a few replacements in a row; older ones drop off the end. */
export const MAX_EARLIER = 5;

/** What replaced the draft: the wording of the list says so. */
export type Replacement = 'import' | 'copy' | 'start-over' | 'restore';

export interface EarlierDraft {
  id: string;
  /** When it was replaced. */
  replacedAt: string;
  replacedBy: Replacement;
  draft: Draft;
}

interface StoredEntry {
  id: string;
  replacedAt: string;
  replacedBy: Replacement;
  /** The draft as the draft key stores it, so it is read back by the same validator. */
  body: string;
}

const replacements: readonly string[] = ['import', 'copy', 'start-over', 'restore'];

function readEntries(storage: Storage): unknown[] {
  let raw: string | null;
  try {
    raw = storage.getItem(EARLIER_KEY);
  } catch {
    return [];
  }
  if (raw === null) return [];
  try {
    const json: unknown = JSON.parse(raw);
    return Array.isArray(json) ? json : [];
  } catch {
    return [];
  }
}

function isEntry(e: unknown): e is StoredEntry {
  if (typeof e !== 'object' || e === null) return false;
  const x = e as Record<string, unknown>;
  return (
    typeof x.id === 'string' &&
    typeof x.replacedAt === 'string' &&
    typeof x.body === 'string' &&
    replacements.includes(x.replacedBy as string)
  );
}

/** The earlier versions this version can read, newest first; others are left in storage, never dropped. */
export function readEarlierDrafts(storage: Storage | null): EarlierDraft[] {
  if (!storage) return [];
  const out: EarlierDraft[] = [];
  for (const e of readEntries(storage)) {
    if (!isEntry(e)) continue;
    const parsed = parseStoredDraft(e.body);
    if (parsed.ok)
      out.push({ id: e.id, replacedAt: e.replacedAt, replacedBy: e.replacedBy, draft: parsed.draft });
  }
  return out;
}

const hasNotes = (d: Draft) => Object.values(d.notes ?? {}).some((t) => !!t);
const isEmpty = (d: Draft) =>
  Object.keys(d.answers).length === 0 && Object.keys(d.pending).length === 0 && !hasNotes(d);
const sameContent = (a: Draft, b: Draft) =>
  JSON.stringify([a.answers, a.pending, a.notes ?? {}]) ===
  JSON.stringify([b.answers, b.pending, b.notes ?? {}]);

export type KeepResult = { ok: true; kept: boolean } | { ok: false; reason: SaveFailure };

/**
 * Keeps `draft` as the newest earlier version. An empty draft is not kept (there is nothing to go back to), and a
 * draft identical to one already kept moves that one to the top instead of adding a copy. When storage is full,
 * the oldest versions make room, one at a time; if even the new one alone does not fit, nothing changes and the
 * caller must not replace the draft without another way back.
 */
export function keepEarlierDraft(
  storage: Storage | null,
  draft: Draft,
  replacedBy: Replacement,
  now = new Date(),
): KeepResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  if (isEmpty(draft)) return { ok: true, kept: false };
  const entries = readEntries(storage);
  const others = entries.filter((e) => {
    if (!isEntry(e)) return true;
    const parsed = parseStoredDraft(e.body);
    return !(parsed.ok && sameContent(parsed.draft, draft));
  });
  const entry: StoredEntry = {
    id: `${now.toISOString()}-${Math.random().toString(36).slice(2, 8)}`,
    replacedAt: now.toISOString(),
    replacedBy,
    body: draftBody(draft, now),
  };
  for (let keep = Math.min(others.length, MAX_EARLIER - 1); keep >= 0; keep--) {
    try {
      storage.setItem(EARLIER_KEY, JSON.stringify([entry, ...others.slice(0, keep)]));
      return { ok: true, kept: true };
    } catch (e) {
      const reason = writeFailure(e, storage);
      if (reason !== 'full' || keep === 0) return { ok: false, reason };
    }
  }
  return { ok: false, reason: 'full' };
}

/** Deletes one earlier version, at the user's request. */
export function deleteEarlierDraft(storage: Storage | null, id: string): boolean {
  if (!storage) return false;
  const entries = readEntries(storage);
  const rest = entries.filter((e) => !(isEntry(e) && e.id === id));
  try {
    if (rest.length === 0) storage.removeItem(EARLIER_KEY);
    else storage.setItem(EARLIER_KEY, JSON.stringify(rest));
    return true;
  } catch {
    return false;
  }
}
