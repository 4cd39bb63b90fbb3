// @vitest-environment jsdom
/**
 * Notes on answers are work too: the draft keeps them with every keystroke, merges them between tabs note by note
 * (a note changed in two tabs is a conflict shown with both), keeps them in earlier versions and brings them back,
 * and never loses them when storage is full. A draft with notes is version 2, so a version of Scopewise from
 * before notes holds it instead of saving over it; one without stays version 1.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Answers } from '@/domain/questions';
import { DraftKeeper } from '@/features/wizard/draft-keeper';
import { wizardMachine } from '@/features/wizard/machine';
import { DRAFT_KEY, type Draft, type LoadResult } from '@/features/wizard/model/draft-storage';
import { draftBody } from '@/features/wizard/model/draft-write';
import { emptyFields, mergeDraft, syncDraft, type SyncMemory } from '@/features/wizard/model/draft-sync';
import { keepEarlierDraft, readEarlierDrafts } from '@/features/wizard/model/earlier-drafts';
import { loadDraft, parseStoredDraft } from '@/features/wizard/model/load-draft';
import { hostileStrings } from '../../fixtures/hostile-strings';
import { memoryStorage } from './support/memory-storage';

const now = new Date('2026-11-23T10:00:00Z');
const fresh = (): SyncMemory => ({ base: emptyFields(), step: null });
const draft = (answers: Answers, notes: Record<string, string> = {}): Draft => ({
  answers,
  pending: {},
  notes,
  step: 'review',
});

const keepers: DraftKeeper[] = [];
afterEach(() => keepers.splice(0).forEach((k) => k.dispose()));
function start(storage: Storage, boot: LoadResult = loadDraft(storage)) {
  const actor = createActor(wizardMachine, { input: boot.draft ?? {} }).start();
  const keeper = new DraftKeeper(actor, storage, boot);
  keepers.push(keeper);
  return { actor, keeper };
}

describe('notes in the stored draft', () => {
  it('round-trip, and make the draft version 2; without notes it stays version 1', () => {
    const s = memoryStorage();
    syncDraft(s, fresh(), draft({ teamSize: 3 }, { teamSize: 'Confirmed by Ana' }), now);
    expect(JSON.parse(s.getItem(DRAFT_KEY)!).version).toBe(2);
    expect(loadDraft(s, now).draft).toEqual(draft({ teamSize: 3 }, { teamSize: 'Confirmed by Ana' }));
    expect(JSON.parse(draftBody(draft({ teamSize: 3 }), now)).version).toBe(1);
  });

  it.each(hostileStrings.filter((h) => h.value.length <= 300))(
    'keep a note holding $name as typed',
    ({ value }) => {
      const parsed = parseStoredDraft(draftBody(draft({ teamSize: 3 }, { teamSize: value }), now));
      expect(parsed.ok && parsed.draft.notes).toEqual({ teamSize: value });
    },
  );

  it.each([
    ['unknown question', '{"favouriteColour":"red"}'],
    ['prototype pollution', '{"__proto__":"x"}'],
    ['too long', JSON.stringify({ teamSize: 'x'.repeat(301) })],
    ['not text', '{"teamSize":3}'],
  ])(
    'make a draft unreadable when they are not notes (%s), so it is moved aside, not guessed at',
    (_, notes) => {
      const raw = `{"version":2,"answers":{},"notes":${notes},"step":"data","savedAt":"x"}`;
      expect(parseStoredDraft(raw)).toEqual({ ok: false, why: 'unreadable' });
    },
  );
});

describe('notes between tabs', () => {
  it('merge note by note: a note here and an answer there are both kept', () => {
    const base = { answers: { teamSize: 3 }, pending: {}, notes: {} };
    const mine = { answers: { teamSize: 3 }, pending: {}, notes: { teamSize: 'Mine' } };
    const stored = { answers: { teamSize: 3, budgetCeiling: 1000 }, pending: {}, notes: {} };
    const m = mergeDraft(base, mine, stored);
    expect(m.conflicts).toEqual([]);
    expect(m.toStore).toEqual({
      answers: { teamSize: 3, budgetCeiling: 1000 },
      pending: {},
      notes: { teamSize: 'Mine' },
    });
    expect(m.local.answers).toEqual({ teamSize: 3, budgetCeiling: 1000 });
  });

  it('show a note changed in both tabs as a conflict, with both notes', () => {
    const base = { answers: { teamSize: 3 }, pending: {}, notes: { teamSize: 'Old' } };
    const m = mergeDraft(
      base,
      { ...base, notes: { teamSize: 'Mine' } },
      { ...base, notes: { teamSize: 'Theirs' } },
    );
    expect(m.conflicts).toEqual([
      { questionId: 'teamSize', mine: { answer: 3, note: 'Mine' }, theirs: { answer: 3, note: 'Theirs' } },
    ]);
    expect(m.toStore.notes).toEqual({ teamSize: 'Theirs' });
  });

  it('arrive live from another tab', () => {
    // jsdom's own localStorage: a StorageEvent only carries a real Storage.
    const s = window.localStorage;
    s.clear();
    s.setItem(DRAFT_KEY, draftBody(draft({ teamSize: 3 }), now));
    const { actor, keeper } = start(s);
    s.setItem(DRAFT_KEY, draftBody(draft({ teamSize: 3 }, { teamSize: 'From the other tab' }), now));
    window.dispatchEvent(new StorageEvent('storage', { key: DRAFT_KEY, storageArea: s }));
    expect(actor.getSnapshot().context.notes).toEqual({ teamSize: 'From the other tab' });
    expect(keeper.getState().remote).toEqual(['teamSize']);
    s.clear();
  });
});

describe('notes kept by the DraftKeeper', () => {
  it('saves a note with every keystroke', () => {
    const s = memoryStorage();
    const { actor } = start(s);
    actor.send({ type: 'answers.change', answers: { teamSize: 3 }, pending: {}, stepFields: ['teamSize'] });
    actor.send({ type: 'notes.change', questionId: 'teamSize', note: 'C' });
    actor.send({ type: 'notes.change', questionId: 'teamSize', note: 'CTO said so' });
    expect(JSON.parse(s.getItem(DRAFT_KEY)!).notes).toEqual({ teamSize: 'CTO said so' });
    actor.send({ type: 'notes.change', questionId: 'teamSize', note: '' });
    expect(JSON.parse(s.getItem(DRAFT_KEY)!)).not.toHaveProperty('notes');
  });

  it('keeps the notes of a replaced draft as an earlier version, and brings them back', () => {
    const s = memoryStorage();
    const { actor, keeper } = start(s);
    actor.send({ type: 'answers.change', answers: { teamSize: 3 }, pending: {}, stepFields: ['teamSize'] });
    actor.send({ type: 'notes.change', questionId: 'teamSize', note: 'Only three of us' });
    actor.send({ type: 'draft.startOver' });
    expect(actor.getSnapshot().context.notes).toEqual({});
    const [earlier] = readEarlierDrafts(s);
    expect(earlier?.draft.notes).toEqual({ teamSize: 'Only three of us' });
    keeper.restoreEarlier(earlier!);
    expect(actor.getSnapshot().context.notes).toEqual({ teamSize: 'Only three of us' });
  });

  it('tells two earlier versions apart by their notes alone', () => {
    const s = memoryStorage();
    keepEarlierDraft(s, draft({ teamSize: 3 }, { teamSize: 'A' }), 'import', now);
    keepEarlierDraft(s, draft({ teamSize: 3 }, { teamSize: 'B' }), 'import', now);
    expect(readEarlierDrafts(s).map((e) => e.draft.notes)).toEqual([{ teamSize: 'B' }, { teamSize: 'A' }]);
  });

  it('keeps a draft that has only notes as an earlier version (it is work)', () => {
    const s = memoryStorage();
    expect(keepEarlierDraft(s, draft({}, { teamSize: 'a note' }), 'start-over', now)).toEqual({
      ok: true,
      kept: true,
    });
  });

  it('loses no note when storage is full: it stays on screen, unsaved, and is saved once there is room', () => {
    let full = true;
    const s = memoryStorage();
    const setItem = s.setItem.bind(s);
    s.setItem = (k, v) => {
      if (full && k === DRAFT_KEY) throw new DOMException('quota', 'QuotaExceededError');
      setItem(k, v);
    };
    s.setItem('other', 'x');
    const { actor, keeper } = start(s);
    actor.send({ type: 'notes.change', questionId: 'teamSize', note: 'Must not be lost' });
    expect(keeper.getState().save).toEqual({ kind: 'failed', reason: 'full' });
    expect(keeper.getState().unsaved).toBe(true);
    expect(actor.getSnapshot().context.notes).toEqual({ teamSize: 'Must not be lost' });
    full = false;
    window.dispatchEvent(new Event('blur'));
    expect(JSON.parse(s.getItem(DRAFT_KEY)!).notes).toEqual({ teamSize: 'Must not be lost' });
    expect(keeper.getState().unsaved).toBe(false);
  });

  it('imports the notes of a file or a link with its answers, and undo brings the previous notes back', () => {
    const s = memoryStorage();
    const { actor } = start(s);
    actor.send({ type: 'notes.change', questionId: 'teamSize', note: 'mine' });
    actor.send({
      type: 'answers.import',
      answers: { teamSize: 4 },
      notes: { teamSize: 'theirs' },
      madeWith: '2026.11.1',
    });
    expect(actor.getSnapshot().context).toMatchObject({
      notes: { teamSize: 'theirs' },
      madeWith: '2026.11.1',
    });
    actor.send({ type: 'draft.undo' });
    expect(actor.getSnapshot().context).toMatchObject({ notes: { teamSize: 'mine' }, madeWith: null });
  });
});
