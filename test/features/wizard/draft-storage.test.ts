import { describe, expect, it } from 'vitest';
import { DRAFT_KEY, saveDraft } from '@/features/wizard/model/draft-storage';
import { loadDraft } from '@/features/wizard/model/load-draft';
import { completeAnswers } from '../../support/answers';

/** An in-memory Storage that can be made to fail like a full or disabled localStorage. */
function memoryStorage(fail?: 'full' | 'broken'): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      if (fail === 'full') throw new DOMException('quota', 'QuotaExceededError');
      if (fail === 'broken') throw new Error('denied');
      map.set(k, String(v));
    },
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}

const now = new Date('2026-11-23T10:00:00Z');

describe('draft storage', () => {
  it('round-trips answers, pending raw text and the step', () => {
    const s = memoryStorage();
    expect(
      saveDraft(s, { answers: completeAnswers, pending: { teamSize: 'a lot' }, step: 'data' }, now),
    ).toEqual({ ok: true });
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

  it('starts empty without a problem when nothing is saved', () => {
    expect(loadDraft(memoryStorage())).toEqual({ draft: null, problem: null });
  });

  it.each([
    ['not JSON', '{"version":1,"answers":'],
    ['wrong shape', '{"version":1,"answers":{"industry":"space"},"step":"data","savedAt":"x"}'],
    ['unknown step', '{"version":1,"answers":{},"step":"elsewhere","savedAt":"x"}'],
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

  it('reports a full or unavailable storage instead of throwing', () => {
    const draft = { answers: completeAnswers, pending: {}, step: 'context' as const };
    expect(saveDraft(memoryStorage('full'), draft)).toEqual({ ok: false, reason: 'full' });
    expect(saveDraft(memoryStorage('broken'), draft)).toEqual({ ok: false, reason: 'unavailable' });
    expect(saveDraft(null, draft)).toEqual({ ok: false, reason: 'unavailable' });
    expect(loadDraft(null)).toEqual({ draft: null, problem: { kind: 'unavailable' } });
  });
});
