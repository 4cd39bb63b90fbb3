/**
 * Keeps the draft in storage as the user works, in every tab at once. Plain TypeScript around the wizard actor,
 * loaded on demand as the questionnaire mounts (it validates what it reads, so it comes with zod);
 * use-draft-persistence.ts is its React face.
 * - Every change is saved at once, in the same task as the keystroke, so closing or quitting the browser right
 *   after typing keeps it (a debounce lost it when the browser quit within the delay), and saved again on every
 *   way out (pagehide, hidden, beforeunload, blur) if the last save failed.
 * - Each save merges with what other tabs stored, answer by answer (draft-sync.ts); their changes flow in live
 *   through storage events, and a true conflict is shown with both values.
 * - A draft replaced wholesale is first kept as an earlier version (earlier-drafts.ts); when it cannot be, saving
 *   is held until the user chooses.
 * - A stored draft that cannot be read is never overwritten.
 */
import type { Actor, SnapshotFrom } from 'xstate';
import type { wizardMachine } from './machine';
import { DRAFT_KEY, type Draft, type LoadResult } from './model/draft-storage';
import type { SaveFailure } from './model/draft-write';
import { syncDraft, type Conflict, type DraftFields, type SyncMemory } from './model/draft-sync';
import {
  deleteEarlierDraft,
  EARLIER_KEY,
  keepEarlierDraft,
  readEarlierDrafts,
  type EarlierDraft,
} from './model/earlier-drafts';
import type { WizardStep } from './model/flow';

/**
 * Why saving is paused until the user decides, so that nothing is overwritten without a way back:
 * - `unreadable` / `newer`: the stored draft could not be read (or was written by a newer version) and there was
 *   no room to move it aside; it stays where it is until the user has downloaded it and lets it go;
 * - `newer-elsewhere`: another tab, updated to a newer version, saved the draft; this one must not overwrite it;
 * - `not-kept`: the draft just replaced could not be kept as an earlier version (storage full).
 */
export type HoldReason = 'unreadable' | 'newer' | 'newer-elsewhere' | 'not-kept';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'failed'; reason: SaveFailure }
  | { kind: 'held'; why: HoldReason; previous?: Draft };

export interface KeeperState {
  save: SaveState;
  /** True while something on screen is not in storage: the page then asks before it is closed. */
  unsaved: boolean;
  conflicts: Conflict[];
  /** Answers another tab changed since the user last dismissed the notice. */
  remote: string[];
  /** A draft found unreadable while saving and moved aside under this key. */
  movedAside: string | null;
  earlier: EarlierDraft[];
}

export interface KeeperActions {
  keepMine(questionId: string): void;
  useTheirs(questionId: string): void;
  dismissRemote(): void;
  /** Lets saving resume after a hold: a held stored draft is deleted (the user was offered its download). */
  release(): void;
  restoreEarlier(entry: EarlierDraft): void;
  deleteEarlier(id: string): void;
}

type WizardActorRef = Actor<typeof wizardMachine>;
type Snapshot = SnapshotFrom<typeof wizardMachine>;

const stepOf = (s: Snapshot): WizardStep =>
  (typeof s.value === 'string' && s.value !== 'restoring' ? s.value : s.context.resumeStep) as WizardStep;

const draftOf = (s: Snapshot): Draft => ({
  answers: s.context.answers,
  pending: s.context.pending,
  notes: s.context.notes,
  step: stepOf(s),
});

function withField(f: DraftFields, id: string, value: Conflict['theirs']): DraftFields {
  const out: DraftFields = { answers: { ...f.answers }, pending: { ...f.pending }, notes: { ...f.notes } };
  if (value.answer === undefined) delete out.answers[id];
  else out.answers[id] = value.answer;
  if (value.pending === undefined) delete out.pending[id];
  else out.pending[id] = value.pending;
  if (value.note === undefined) delete out.notes![id];
  else out.notes![id] = value.note;
  return out;
}

/** What a tab holds that saving must keep: answers, raw text not valid yet, notes. */
const contentOf = (f: { answers: unknown; pending: unknown; notes?: unknown }): string =>
  JSON.stringify([f.answers, f.pending, f.notes ?? {}]);

export function initialKeeperState(storage: Storage | null, boot: LoadResult): KeeperState {
  const p = boot.problem;
  return {
    save:
      (p?.kind === 'unreadable' || p?.kind === 'newer') && p.movedTo === null
        ? { kind: 'held', why: p.kind }
        : storage
          ? { kind: 'saved' }
          : { kind: 'failed', reason: 'unavailable' },
    unsaved: false,
    conflicts: [],
    remote: [],
    movedAside: null,
    earlier: readEarlierDrafts(storage),
  };
}

export class DraftKeeper implements KeeperActions {
  private state: KeeperState;
  private memory: SyncMemory;
  private dirty = false;
  private readonly listeners = new Set<() => void>();
  private readonly cleanups: (() => void)[] = [];

  constructor(
    private readonly actor: WizardActorRef,
    private readonly storage: Storage | null,
    boot: LoadResult,
  ) {
    this.state = initialKeeperState(storage, boot);
    this.memory = {
      base: boot.draft
        ? { answers: boot.draft.answers, pending: boot.draft.pending, notes: boot.draft.notes ?? {} }
        : { answers: {}, pending: {}, notes: {} },
      step: boot.draft?.step ?? null,
    };
    let last = actor.getSnapshot();
    // A replacement made before this chunk arrived is kept now; any change since the draft was read is saved.
    if (last.context.undo) this.keep(last.context.undo, last.context.undo.reason, stepOf(last));
    // Opening the app (or a shared link) in a fresh browser writes nothing until something changes.
    if (contentOf(last.context) !== contentOf(boot.draft ?? { answers: {}, pending: {} })) this.sync();
    const sub = actor.subscribe((s) => {
      const prev = last;
      last = s;
      const { undo } = s.context;
      if (undo !== prev.context.undo) {
        if (undo) this.keep(undo, undo.reason, stepOf(prev));
        else if (this.heldFor('not-kept') && this.matchesStored(s))
          // Undone back to the stored draft, the one that could not be kept: nothing is at risk any more.
          this.set({ save: { kind: 'saved' } });
      }
      if (
        s.context.answers !== prev.context.answers ||
        s.context.pending !== prev.context.pending ||
        s.context.notes !== prev.context.notes ||
        stepOf(s) !== stepOf(prev)
      )
        this.sync();
    });
    this.cleanups.push(() => sub.unsubscribe());
    const flush = () => {
      if (this.dirty) this.sync();
    };
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      flush();
      if (this.state.unsaved) {
        e.preventDefault();
        // Older Chromium and Safari still need returnValue set to show the prompt.
        e.returnValue = '';
      }
    };
    const onStorage = (e: StorageEvent) => {
      if (e.storageArea !== storage) return;
      if (e.key === DRAFT_KEY || e.key === null) this.sync();
      if (e.key === EARLIER_KEY || e.key === null) this.set({ earlier: readEarlierDrafts(storage) });
    };
    this.listen(window, 'pagehide', flush);
    this.listen(window, 'blur', flush);
    this.listen(window, 'beforeunload', onBeforeUnload as EventListener);
    this.listen(document, 'visibilitychange', onHide);
    this.listen(window, 'storage', onStorage as EventListener);
  }

  getState = (): KeeperState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  dispose(): void {
    for (const c of this.cleanups.splice(0)) c();
    this.listeners.clear();
  }

  keepMine(questionId: string): void {
    const c = this.state.conflicts.find((x) => x.questionId === questionId);
    if (!c) return;
    // Agree with what the other tab stored, so this tab's value reads as the newer change and is written.
    this.memory = { ...this.memory, base: withField(this.memory.base, questionId, c.theirs) };
    this.sync();
  }

  useTheirs(questionId: string): void {
    const c = this.state.conflicts.find((x) => x.questionId === questionId);
    if (!c) return;
    const next = withField(this.actor.getSnapshot().context, questionId, c.theirs);
    this.actor.send({ type: 'draft.external', ...next, ids: [questionId] });
  }

  dismissRemote(): void {
    this.set({ remote: [] });
  }

  release(): void {
    const { save } = this.state;
    if (save.kind !== 'held' || save.why === 'newer-elsewhere') return;
    if (save.why !== 'not-kept' && this.storage)
      try {
        this.storage.removeItem(DRAFT_KEY);
      } catch {
        return;
      }
    this.set({ save: { kind: 'saved' } });
    this.sync();
  }

  restoreEarlier(entry: EarlierDraft): void {
    const { answers, pending, notes } = entry.draft;
    this.actor.send({ type: 'answers.import', answers, pending, notes: notes ?? {}, restore: true });
  }

  deleteEarlier(id: string): void {
    deleteEarlierDraft(this.storage, id);
    this.set({ earlier: readEarlierDrafts(this.storage) });
  }

  private listen(target: EventTarget, type: string, handler: EventListener): void {
    target.addEventListener(type, handler);
    this.cleanups.push(() => target.removeEventListener(type, handler));
  }

  private set(patch: Partial<KeeperState>): void {
    const next = { ...this.state, ...patch };
    next.unsaved = this.dirty || next.conflicts.length > 0;
    if (JSON.stringify(next) === JSON.stringify(this.state)) return;
    this.state = next;
    for (const l of this.listeners) l();
  }

  /** Whether this tab's draft is what storage holds (as this tab last read it): nothing to lose by writing. */
  private matchesStored(s: Snapshot): boolean {
    return contentOf(s.context) === contentOf(this.memory.base);
  }

  private heldFor(why: HoldReason): boolean {
    return this.state.save.kind === 'held' && this.state.save.why === why;
  }

  /** Saves (merging with other tabs) unless held; applies what other tabs changed. */
  private sync(): void {
    if (!this.storage || this.state.save.kind === 'held') {
      this.dirty = true;
      this.set({});
      return;
    }
    const r = syncDraft(this.storage, this.memory, draftOf(this.actor.getSnapshot()));
    this.memory = r.memory;
    this.dirty = r.status !== 'saved' && r.status !== 'unchanged';
    const save: SaveState =
      r.status === 'newer'
        ? { kind: 'held', why: 'newer-elsewhere' }
        : r.status === 'unreadable'
          ? { kind: 'held', why: 'unreadable' }
          : r.status === 'full' || r.status === 'unavailable'
            ? { kind: 'failed', reason: r.status }
            : { kind: 'saved' };
    this.set({
      save,
      conflicts: r.conflicts,
      ...(r.movedTo ? { movedAside: r.movedTo } : {}),
      ...(r.remote.length > 0 ? { remote: [...new Set([...this.state.remote, ...r.remote])] } : {}),
    });
    if (r.remote.length > 0) this.actor.send({ type: 'draft.external', ...r.local, ids: r.remote });
  }

  /** Keeps the draft a replacement overwrites; holds saving when it cannot be kept. */
  private keep(
    previous: { answers: Draft['answers']; pending: Draft['pending']; notes?: Draft['notes'] },
    reason: Parameters<typeof keepEarlierDraft>[2],
    step: WizardStep,
  ): void {
    if (!this.storage) return;
    const draft: Draft = { answers: previous.answers, pending: previous.pending, step };
    if (previous.notes && Object.keys(previous.notes).length) draft.notes = previous.notes;
    const r = keepEarlierDraft(this.storage, draft, reason);
    if (r.ok) {
      if (r.kept) this.set({ earlier: readEarlierDrafts(this.storage) });
    } else if (r.reason === 'full') this.set({ save: { kind: 'held', why: 'not-kept', previous: draft } });
  }
}
