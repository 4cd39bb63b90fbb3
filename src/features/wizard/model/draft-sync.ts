/**
 * Saving the draft when several tabs share it. Each tab remembers, per answer, what storage held when it last
 * read or wrote it (its base). A save reads what is stored now and merges answer by answer:
 * - changed here only: this tab's value is written;
 * - changed in another tab only: the other tab's value is kept and comes back to be shown here;
 * - changed in both, to different values: a true conflict. Storage keeps the other tab's value, this tab keeps
 *   its own on screen, and the user is shown both to choose; nothing is written for that answer meanwhile.
 * So two tabs editing different answers never lose each other's work, whatever the order of their saves.
 * An answer is its value together with any raw text not valid yet (pending) and its note, compared as one.
 */
import type { Notes } from '@/domain/notes';
import type { AnswerValue, Answers } from '@/domain/questions';
import { DRAFT_KEY, type Draft } from './draft-storage';
import { draftBody, moveAside, writeFailure, type SaveFailure } from './draft-write';
import type { Pending, WizardStep } from './flow';
import { parseStoredDraft } from './load-draft';

export interface DraftFields {
  answers: Answers;
  pending: Pending;
  notes?: Notes;
}

export interface FieldState {
  answer?: AnswerValue;
  pending?: string;
  note?: string;
}

export interface Conflict {
  questionId: string;
  mine: FieldState;
  theirs: FieldState;
}

/** What this tab knows of storage between saves. */
export interface SyncMemory {
  /** Per answer, the stored value this tab last agreed with. */
  base: DraftFields;
  /** The step this tab last wrote: a step change alone is written, another tab's step never read. */
  step: WizardStep | null;
}

export type SyncStatus =
  | 'saved'
  | 'unchanged'
  | SaveFailure
  /** Stored by a newer version of Scopewise (another tab was updated): not overwritten. */
  | 'newer'
  /** Stored text that cannot be read and could not be moved aside: not overwritten. */
  | 'unreadable';

export interface SyncResult {
  status: SyncStatus;
  /** What this tab should now hold: its own changes, plus other tabs' changes to answers it had not touched. */
  local: DraftFields;
  /** Answers another tab changed, now applied to `local`. */
  remote: string[];
  conflicts: Conflict[];
  memory: SyncMemory;
  /** Where unreadable stored text was moved to before writing, if it was. */
  movedTo?: string;
}

export const emptyFields = (): DraftFields => ({ answers: {}, pending: {}, notes: {} });

/** A note that is there: an empty one is no note. */
const noteOf = (f: DraftFields, id: string): string | undefined => f.notes?.[id] || undefined;

const stateOf = (f: DraftFields, id: string): FieldState => {
  const s: FieldState = {};
  if (f.answers[id] !== undefined) s.answer = f.answers[id];
  if (f.pending[id] !== undefined) s.pending = f.pending[id];
  const note = noteOf(f, id);
  if (note !== undefined) s.note = note;
  return s;
};

const keyOf = (f: DraftFields, id: string): string =>
  JSON.stringify([f.answers[id], f.pending[id], noteOf(f, id)]);

function put(f: DraftFields, id: string, from: DraftFields): void {
  if (from.answers[id] === undefined) delete f.answers[id];
  else f.answers[id] = from.answers[id];
  if (from.pending[id] === undefined) delete f.pending[id];
  else f.pending[id] = from.pending[id];
  const note = noteOf(from, id);
  f.notes ??= {};
  if (note === undefined) delete f.notes[id];
  else f.notes[id] = note;
}

const copy = (f: DraftFields): DraftFields => ({
  answers: { ...f.answers },
  pending: { ...f.pending },
  notes: { ...f.notes },
});

const idsOf = (...fs: DraftFields[]): Set<string> =>
  new Set(
    fs.flatMap((f) => [...Object.keys(f.answers), ...Object.keys(f.pending), ...Object.keys(f.notes ?? {})]),
  );

/** Three-way merge of one tab's draft with what is stored; pure. */
export function mergeDraft(
  base: DraftFields,
  mine: DraftFields,
  stored: DraftFields,
): {
  toStore: DraftFields;
  local: DraftFields;
  agreed: DraftFields;
  remote: string[];
  conflicts: Conflict[];
} {
  const toStore = copy(stored);
  const local = copy(mine);
  // The base after a successful write: conflicting answers keep their old base, so they stay in conflict.
  const agreed = copy(stored);
  const remote: string[] = [];
  const conflicts: Conflict[] = [];
  for (const id of idsOf(base, mine, stored)) {
    const b = keyOf(base, id);
    const m = keyOf(mine, id);
    const s = keyOf(stored, id);
    if (m === b) {
      if (s !== b) {
        put(local, id, stored);
        remote.push(id);
      }
    } else if (s === b || s === m) {
      put(toStore, id, mine);
      put(agreed, id, mine);
    } else {
      conflicts.push({ questionId: id, mine: stateOf(mine, id), theirs: stateOf(stored, id) });
      put(agreed, id, base);
    }
  }
  return { toStore, local, agreed, remote, conflicts };
}

const sameFields = (a: DraftFields, b: DraftFields): boolean =>
  [...idsOf(a, b)].every((id) => keyOf(a, id) === keyOf(b, id));

/**
 * Reads what is stored, merges this tab's draft into it and writes the result when it differs. Never overwrites
 * a draft it cannot read (it is moved aside first, or left alone when there is no room) or one written by a
 * newer version. Never throws.
 */
export function syncDraft(storage: Storage, memory: SyncMemory, mine: Draft, now = new Date()): SyncResult {
  const unchanged = (status: SyncStatus): SyncResult => ({
    status,
    local: { answers: mine.answers, pending: mine.pending, notes: mine.notes ?? {} },
    remote: [],
    conflicts: [],
    memory,
  });
  let raw: string | null;
  try {
    raw = storage.getItem(DRAFT_KEY);
  } catch {
    return unchanged('unavailable');
  }
  let stored = memory.base;
  let storedStep: WizardStep | null = null;
  let movedTo: string | undefined;
  // Nothing stored (a first save, or storage cleared elsewhere) tells nothing about other tabs: merge with the base.
  if (raw !== null) {
    const parsed = parseStoredDraft(raw);
    if (parsed.ok) {
      stored = parsed.draft;
      storedStep = parsed.draft.step;
    } else if (parsed.why === 'newer') return unchanged('newer');
    else {
      movedTo = moveAside(storage, raw, 'unreadable', now) ?? undefined;
      if (!movedTo) return unchanged('unreadable');
    }
  }
  const merged = mergeDraft(
    memory.base,
    { answers: mine.answers, pending: mine.pending, notes: mine.notes ?? {} },
    stored,
  );
  const result = (status: SyncStatus, base: DraftFields, step: WizardStep | null): SyncResult => ({
    status,
    local: merged.local,
    remote: merged.remote,
    conflicts: merged.conflicts,
    memory: { base, step },
    ...(movedTo ? { movedTo } : {}),
  });
  const stepChanged = mine.step !== memory.step;
  if (
    raw !== null &&
    !movedTo &&
    sameFields(merged.toStore, stored) &&
    (!stepChanged || mine.step === storedStep)
  )
    return result('unchanged', merged.agreed, mine.step);
  try {
    storage.setItem(DRAFT_KEY, draftBody({ ...merged.toStore, step: mine.step }, now));
    return result('saved', merged.agreed, mine.step);
  } catch (e) {
    // Nothing was written: storage still holds `stored`, which this tab has now seen.
    const base = copy(stored);
    for (const c of merged.conflicts) put(base, c.questionId, memory.base);
    return result(writeFailure(e, storage), base, memory.step);
  }
}
