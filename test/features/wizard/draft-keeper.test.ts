// @vitest-environment jsdom
/**
 * The DraftKeeper with a real wizard actor and an injected storage: what the e2e tests cannot set up easily
 * (a storage that fills up exactly at a replacement) and the exit paths, event by event.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Answers } from '@/domain/questions';
import { DraftKeeper } from '@/features/wizard/draft-keeper';
import { wizardMachine } from '@/features/wizard/machine';
import { DRAFT_KEY, type LoadResult } from '@/features/wizard/model/draft-storage';
import { draftBody } from '@/features/wizard/model/draft-write';
import { readEarlierDrafts } from '@/features/wizard/model/earlier-drafts';
import { loadDraft } from '@/features/wizard/model/load-draft';
import { memoryStorage } from './support/memory-storage';

const keepers: DraftKeeper[] = [];
afterEach(() => keepers.splice(0).forEach((k) => k.dispose()));

function start(storage: Storage, boot: LoadResult = loadDraft(storage)) {
  const actor = createActor(wizardMachine, { input: boot.draft ?? {} }).start();
  const keeper = new DraftKeeper(actor, storage, boot);
  keepers.push(keeper);
  return { actor, keeper };
}

const type = (actor: ReturnType<typeof start>['actor'], answers: Answers) =>
  actor.send({ type: 'answers.change', answers, pending: {}, stepFields: Object.keys(answers) });
const stored = (s: Storage) => JSON.parse(s.getItem(DRAFT_KEY)!) as { answers: Answers; step: string };
const saved = { version: 1, pending: {}, step: 'review', savedAt: '2026-11-23T10:00:00.000Z' };

describe('DraftKeeper', () => {
  it('saves every change at once, without waiting for a timer', () => {
    const s = memoryStorage();
    const { actor } = start(s);
    type(actor, { projectName: 'A' });
    expect(stored(s).answers).toEqual({ projectName: 'A' });
    type(actor, { projectName: 'AB' });
    expect(stored(s).answers).toEqual({ projectName: 'AB' });
  });

  it('writes nothing when the app is merely opened', () => {
    const s = memoryStorage();
    start(s);
    expect(s.getItem(DRAFT_KEY)).toBeNull();
  });

  it('keeps a replaced draft as an earlier version before saving the replacement', () => {
    const s = memoryStorage();
    s.setItem(DRAFT_KEY, JSON.stringify({ ...saved, answers: { projectName: 'Mine' } }));
    const { actor, keeper } = start(s);
    actor.send({ type: 'answers.import', answers: { projectName: 'Theirs' }, then: 'edit' });
    expect(readEarlierDrafts(s).map((e) => [e.draft.answers, e.replacedBy])).toEqual([
      [{ projectName: 'Mine' }, 'copy'],
    ]);
    expect(stored(s).answers).toEqual({ projectName: 'Theirs' });
    expect(keeper.getState().earlier).toHaveLength(1);
  });

  it('holds saving when the replaced draft cannot be kept, until undone or the user lets it go', () => {
    const mine = JSON.stringify({ ...saved, answers: { projectName: 'Mine' } });
    // Room for the draft and a little more, not for an earlier version beside it.
    const s = memoryStorage(undefined, DRAFT_KEY.length + mine.length + 60);
    s.setItem(DRAFT_KEY, mine);
    const { actor, keeper } = start(s);
    actor.send({ type: 'answers.import', answers: { projectName: 'Theirs' } });
    expect(keeper.getState().save).toMatchObject({ kind: 'held', why: 'not-kept' });
    expect(keeper.getState().unsaved).toBe(true);
    expect(s.getItem(DRAFT_KEY)).toBe(mine);
    type(actor, { projectName: 'Theirs, edited' });
    expect(s.getItem(DRAFT_KEY)).toBe(mine);

    actor.send({ type: 'answers.import', answers: { projectName: 'Again' } });
    actor.send({ type: 'draft.undo' });
    // Undo brings back "Theirs, edited", not "Mine", the stored draft that was never kept: still held.
    expect(keeper.getState().save.kind).toBe('held');
    expect(s.getItem(DRAFT_KEY)).toBe(mine);
    keeper.release();
    expect(keeper.getState().save).toEqual({ kind: 'saved' });
    expect(stored(s).answers).toEqual({ projectName: 'Theirs, edited' });
  });

  it('is no longer held once the replacement is undone', () => {
    const mine = JSON.stringify({ ...saved, answers: { projectName: 'Mine' } });
    const s = memoryStorage(undefined, DRAFT_KEY.length + mine.length + 60);
    s.setItem(DRAFT_KEY, mine);
    const { actor, keeper } = start(s);
    actor.send({ type: 'draft.startOver' });
    expect(keeper.getState().save.kind).toBe('held');
    actor.send({ type: 'draft.undo' });
    expect(keeper.getState().save).toEqual({ kind: 'saved' });
    expect(JSON.parse(s.getItem(DRAFT_KEY)!).answers).toEqual({ projectName: 'Mine' });
  });

  it('asks before the page closes while something is unsaved, and not otherwise', () => {
    const s = memoryStorage(undefined, 180);
    s.setItem('junk', 'x');
    const { actor, keeper } = start(s);
    type(actor, { projectName: 'Saved' });
    const calm = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(calm);
    expect(calm.defaultPrevented).toBe(false);

    type(actor, { projectName: `Not saved: ${'too long for what is left '.repeat(4)}` });
    expect(keeper.getState().save).toEqual({ kind: 'failed', reason: 'full' });
    const closing = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(closing);
    expect(closing.defaultPrevented).toBe(true);
  });

  it.each(['blur', 'pagehide', 'visibilitychange', 'beforeunload'])(
    'retries a failed save on %s',
    (event) => {
      let failing = true;
      const s = memoryStorage();
      const setItem = s.setItem.bind(s);
      s.setItem = (k, v) => {
        if (failing && k === DRAFT_KEY) throw new DOMException('quota', 'QuotaExceededError');
        setItem(k, v);
      };
      s.setItem('other', 'x');
      const { actor, keeper } = start(s);
      type(actor, { projectName: 'Later' });
      expect(keeper.getState().unsaved).toBe(true);
      failing = false;
      const hidden = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState');
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      try {
        (event === 'visibilitychange' ? document : window).dispatchEvent(new Event(event));
      } finally {
        delete (document as { visibilityState?: unknown }).visibilityState;
        if (hidden) expect(document.visibilityState).toBe('visible');
      }
      expect(stored(s).answers).toEqual({ projectName: 'Later' });
      expect(keeper.getState().unsaved).toBe(false);
    },
  );

  it('takes in another tab’s change on a storage event and lists it', () => {
    // jsdom's own localStorage: a StorageEvent only carries a real Storage.
    const s = window.localStorage;
    s.clear();
    s.setItem(DRAFT_KEY, JSON.stringify({ ...saved, answers: { projectName: 'P' } }));
    const { actor, keeper } = start(s);
    const other = { answers: { projectName: 'P', teamSize: 3 }, pending: {}, step: 'data' as const };
    s.setItem(DRAFT_KEY, draftBody(other, new Date()));
    window.dispatchEvent(new StorageEvent('storage', { key: DRAFT_KEY, storageArea: s }));
    expect(actor.getSnapshot().context.answers).toEqual({ projectName: 'P', teamSize: 3 });
    expect(actor.getSnapshot().context.external.ids).toEqual(['teamSize']);
    expect(keeper.getState().remote).toEqual(['teamSize']);
    // This tab's step is its own: another tab's step is never taken over.
    expect(actor.getSnapshot().value).toBe('review');
    s.clear();
  });
});
