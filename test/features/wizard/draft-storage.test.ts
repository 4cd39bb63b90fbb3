// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Answers } from '@/domain/questions';
import { DRAFT_KEY, DRAFT_VERSION, getStorage, type Draft } from '@/features/wizard/model/draft-storage';
import { draftBody } from '@/features/wizard/model/draft-write';
import { emptyFields, syncDraft, type SyncMemory } from '@/features/wizard/model/draft-sync';
import { draftMigrations, loadDraft } from '@/features/wizard/model/load-draft';
import { completeAnswers } from '../../support/answers';
import { memoryStorage } from './support/memory-storage';

const now = new Date('2026-11-23T10:00:00Z');
const fresh = (): SyncMemory => ({ base: emptyFields(), step: null });
const draft = (answers: Answers, step: Draft['step'] = 'context', pending = {}): Draft => ({
  answers,
  pending,
  step,
});
const stored = (s: Storage) => JSON.parse(s.getItem(DRAFT_KEY)!) as Draft & { version: number };

describe('draft storage', () => {
  it('round-trips answers, pending raw text and the step', () => {
    const s = memoryStorage();
    const r = syncDraft(s, fresh(), draft(completeAnswers, 'data', { teamSize: 'a lot' }), now);
    expect(r.status).toBe('saved');
    expect(loadDraft(s, now)).toEqual({
      draft: { answers: completeAnswers, pending: { teamSize: 'a lot' }, step: 'data' },
      problem: null,
    });
  });

  it('opens a draft saved before euAiActUses was retired with that answer in highStakes', () => {
    const s = memoryStorage();
    const { usStates: _s, ...rest } = completeAnswers;
    const old = { ...rest, regions: ['eu'], euPersonalData: 'yes', euAiActUses: ['employment'] };
    s.setItem(
      DRAFT_KEY,
      JSON.stringify({ version: 1, answers: old, step: 'compliance', savedAt: now.toISOString() }),
    );
    const { draft } = loadDraft(s, now);
    expect(draft?.answers).not.toHaveProperty('euAiActUses');
    expect(draft?.answers.highStakes).toEqual(['hiring']);
  });

  it.each(['context', 'useCase', 'data', 'compliance', 'approach', 'review', 'results'])(
    'resumes a version-1 draft saved at %s, before steps had pages, where it was',
    (step) => {
      const s = memoryStorage();
      s.setItem(
        DRAFT_KEY,
        JSON.stringify({ version: 1, answers: completeAnswers, step, savedAt: now.toISOString() }),
      );
      expect(loadDraft(s, now)).toEqual({
        draft: { answers: completeAnswers, pending: {}, step },
        problem: null,
      });
    },
  );

  it('starts empty without a problem when nothing is saved', () => {
    expect(loadDraft(memoryStorage())).toEqual({ draft: null, problem: null });
  });

  it.each([
    ['not JSON', '{"version":1,"answers":'],
    ['wrong shape', '{"version":1,"answers":{"industry":"space"},"step":"data","savedAt":"x"}'],
    ['unknown step', '{"version":1,"answers":{},"step":"elsewhere","savedAt":"x"}'],
    ['unknown question', '{"version":1,"answers":{"favouriteColour":"red"},"step":"data","savedAt":"x"}'],
    [
      'prototype pollution',
      '{"version":1,"answers":{"__proto__":{"polluted":true}},"step":"data","savedAt":"x"}',
    ],
  ])('moves an unreadable draft aside (%s), never deleting it', (_name, raw) => {
    const s = memoryStorage();
    s.setItem(DRAFT_KEY, raw);
    const result = loadDraft(s, now);
    expect(result.draft).toBeNull();
    expect(result.problem).toEqual({
      kind: 'unreadable',
      movedTo: `${DRAFT_KEY}.unreadable.2026-11-23T10:00:00.000Z`,
    });
    expect(s.getItem(`${DRAFT_KEY}.unreadable.2026-11-23T10:00:00.000Z`)).toBe(raw);
    expect(s.getItem(DRAFT_KEY)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps a draft from a newer version aside', () => {
    const s = memoryStorage();
    const raw = '{"version":7,"answers":{}}';
    s.setItem(DRAFT_KEY, raw);
    expect(loadDraft(s, now).problem).toMatchObject({ kind: 'newer' });
    expect(s.getItem(`${DRAFT_KEY}.newer.2026-11-23T10:00:00.000Z`)).toBe(raw);
  });

  it('opens a draft whose answer the rules now refuse, keeping that answer as text to fix', () => {
    // Saved before impossible dates were refused: the rest of the draft must not be lost for it.
    const s = memoryStorage();
    s.setItem(DRAFT_KEY, draftBody(draft({ ...completeAnswers, targetLaunch: '2027-02-30' }, 'review'), now));
    const { targetLaunch: _, ...rest } = completeAnswers;
    expect(loadDraft(s, now)).toEqual({
      draft: { answers: rest, pending: { targetLaunch: '2027-02-30' }, step: 'review' },
      problem: { kind: 'repaired', questionIds: ['targetLaunch'] },
    });
  });

  it('reports a full or unavailable storage instead of throwing', () => {
    const d = draft(completeAnswers);
    const full = memoryStorage('full');
    full.map.set('something', 'else');
    expect(syncDraft(full, fresh(), d).status).toBe('full');
    // A quota of zero (nothing stored at all) is a browser that cannot save, not a full one.
    expect(syncDraft(memoryStorage('full'), fresh(), d).status).toBe('unavailable');
    expect(syncDraft(memoryStorage('broken'), fresh(), d).status).toBe('unavailable');
    expect(loadDraft(null)).toEqual({ draft: null, problem: { kind: 'unavailable' } });
  });

  it('finds the saved draft in a storage too full to write to (finding 4)', () => {
    const s = memoryStorage(undefined, 5000);
    s.setItem(DRAFT_KEY, draftBody(draft({ projectName: 'Intact' }), now));
    s.setItem('junk', 'x'.repeat(5000 - s.getItem(DRAFT_KEY)!.length - DRAFT_KEY.length - 4));
    expect(() => s.setItem('probe', '1')).toThrow();
    Object.defineProperty(globalThis, 'localStorage', { value: s, configurable: true });
    try {
      expect(getStorage()).toBe(s);
    } finally {
      Object.defineProperty(globalThis, 'localStorage', { value: window.localStorage, configurable: true });
    }
    expect(loadDraft(s, now).draft?.answers).toEqual({ projectName: 'Intact' });
  });
});

describe('saving from two tabs (finding 2: the last save won the whole draft)', () => {
  /** Tab state as the hook keeps it: its draft and its memory of storage. */
  function tab(s: Storage) {
    const loaded = loadDraft(s, now).draft;
    let mine: Draft = loaded ?? draft({});
    let memory: SyncMemory = {
      base: loaded ? { answers: loaded.answers, pending: loaded.pending } : emptyFields(),
      step: loaded?.step ?? null,
    };
    return {
      get answers() {
        return mine.answers;
      },
      edit(change: Answers) {
        const answers = { ...mine.answers, ...change };
        for (const [k, v] of Object.entries(change)) if (v === undefined) delete answers[k];
        mine = { ...mine, answers };
        return this.sync();
      },
      sync() {
        const r = syncDraft(s, memory, mine, now);
        memory = r.memory;
        mine = { ...mine, ...r.local };
        return r;
      },
    };
  }

  it('merges edits of different answers made alternately, whatever the order of saves', () => {
    const s = memoryStorage();
    s.setItem(DRAFT_KEY, draftBody(draft({ projectName: 'Start' }), now));
    const a = tab(s);
    const b = tab(s);
    a.edit({ industry: 'insurance' });
    expect(b.edit({ teamSize: 4 }).remote).toEqual(['industry']);
    expect(a.edit({ projectName: 'Claims' }).remote).toEqual(['teamSize']);
    expect(b.edit({ orgSize: 'startup' }).remote).toEqual(['projectName']);
    expect(stored(s).answers).toEqual({
      projectName: 'Claims',
      industry: 'insurance',
      teamSize: 4,
      orgSize: 'startup',
    });
    expect(b.answers).toEqual(stored(s).answers);
    expect(a.sync().remote).toEqual(['orgSize']);
    expect(a.answers).toEqual(stored(s).answers);
  });

  it('takes another tab’s clearing of an answer as a change too', () => {
    const s = memoryStorage();
    s.setItem(DRAFT_KEY, draftBody(draft({ projectName: 'P', industry: 'insurance' }), now));
    const a = tab(s);
    const b = tab(s);
    a.edit({ industry: undefined });
    b.edit({ teamSize: 2 });
    expect(stored(s).answers).toEqual({ projectName: 'P', teamSize: 2 });
  });

  it('shows a true conflict with both values and writes neither over the other', () => {
    const s = memoryStorage();
    s.setItem(DRAFT_KEY, draftBody(draft({ projectName: 'Start' }), now));
    const a = tab(s);
    const b = tab(s);
    a.edit({ projectName: 'Alpha' });
    const r = b.edit({ projectName: 'Beta', teamSize: 3 });
    expect(r.conflicts).toEqual([
      { questionId: 'projectName', mine: { answer: 'Beta' }, theirs: { answer: 'Alpha' } },
    ]);
    // The other tab's answer stays stored; this tab keeps its own on screen; the rest is merged.
    expect(stored(s).answers).toEqual({ projectName: 'Alpha', teamSize: 3 });
    expect(b.answers.projectName).toBe('Beta');
    // Still a conflict at the next save: it never resolves itself silently.
    expect(b.edit({ orgSize: 'startup' }).conflicts).toHaveLength(1);
    expect(stored(s).answers.projectName).toBe('Alpha');
    // Choosing the same value ends it.
    expect(b.edit({ projectName: 'Alpha' }).conflicts).toEqual([]);
  });

  it('does not write when only another tab’s step differs, so two open tabs never ping-pong', () => {
    const s = memoryStorage();
    const a = tab(s);
    a.edit({ projectName: 'P' });
    const b = tab(s);
    expect(b.sync().status).toBe('unchanged');
    expect(a.sync().status).toBe('unchanged');
  });
});

describe('a stored draft that cannot be read (finding 3)', () => {
  it('is never overwritten when there is no room to move it aside', () => {
    // 5,000,000 characters: a copy does not fit beside it.
    const s = memoryStorage(undefined, 5_200_000);
    const huge = draftBody(draft({ projectName: 'x'.repeat(5_000_000) }), now);
    s.setItem(DRAFT_KEY, huge);
    const loaded = loadDraft(s, now);
    expect(loaded.problem).toEqual({ kind: 'unreadable', movedTo: null });
    expect(s.getItem(DRAFT_KEY)).toBe(huge);
    // A save (the first keystroke) must not replace it either.
    expect(syncDraft(s, fresh(), draft({ projectName: 'new' }), now).status).toBe('unreadable');
    expect(s.getItem(DRAFT_KEY)).toBe(huge);
  });

  it('found while saving is moved aside first, then the answers are saved', () => {
    const s = memoryStorage();
    s.setItem(DRAFT_KEY, 'garbage');
    const r = syncDraft(s, fresh(), draft({ projectName: 'new' }), now);
    expect(r.status).toBe('saved');
    expect(r.movedTo).toBe(`${DRAFT_KEY}.unreadable.2026-11-23T10:00:00.000Z`);
    expect(s.getItem(r.movedTo!)).toBe('garbage');
  });

  it('written by a newer version is never overwritten', () => {
    const s = memoryStorage();
    const newer = `{"version":${DRAFT_VERSION + 1},"answers":{}}`;
    s.setItem(DRAFT_KEY, newer);
    expect(syncDraft(s, fresh(), draft({ projectName: 'old tab' }), now).status).toBe('newer');
    expect(s.getItem(DRAFT_KEY)).toBe(newer);
  });
});

describe('drafts saved by an earlier version', () => {
  it('are lifted to the current shape one version at a time before they are checked', () => {
    // No earlier draft format has shipped yet; this plays a version 0 that named the project differently.
    draftMigrations[0] = ({ answers, ...rest }) => {
      const { name, ...others } = answers as Record<string, unknown>;
      return { ...rest, answers: { ...others, projectName: name } };
    };
    try {
      const s = memoryStorage();
      s.setItem(
        DRAFT_KEY,
        JSON.stringify({ version: 0, answers: { name: 'Old' }, step: 'data', savedAt: now.toISOString() }),
      );
      expect(loadDraft(s, now)).toEqual({
        draft: { answers: { projectName: 'Old' }, pending: {}, step: 'data' },
        problem: null,
      });
    } finally {
      delete draftMigrations[0];
    }
  });

  it('are moved aside, not guessed at, when no migration exists for their version', () => {
    const s = memoryStorage();
    s.setItem(
      DRAFT_KEY,
      JSON.stringify({ version: 0, answers: {}, step: 'data', savedAt: now.toISOString() }),
    );
    expect(loadDraft(s, now).problem).toMatchObject({ kind: 'unreadable' });
  });
});
