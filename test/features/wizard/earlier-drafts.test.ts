import { describe, expect, it } from 'vitest';
import type { Draft } from '@/features/wizard/model/draft-storage';
import {
  deleteEarlierDraft,
  EARLIER_KEY,
  keepEarlierDraft,
  MAX_EARLIER,
  readEarlierDrafts,
} from '@/features/wizard/model/earlier-drafts';
import { completeAnswers } from '../../support/answers';
import { memoryStorage } from './support/memory-storage';

const draft = (projectName: string): Draft => ({
  answers: { ...completeAnswers, projectName },
  pending: { teamSize: 'about five' },
  step: 'data',
});
const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 10, minute));

describe('earlier versions (finding 1: a replaced draft had no way back after a reload)', () => {
  it('keeps a replaced draft, newest first, with what replaced it and when', () => {
    const s = memoryStorage();
    expect(keepEarlierDraft(s, draft('First'), 'copy', at(1))).toEqual({ ok: true, kept: true });
    expect(keepEarlierDraft(s, draft('Second'), 'start-over', at(2))).toEqual({ ok: true, kept: true });
    const list = readEarlierDrafts(s);
    expect(list.map((e) => [e.draft.answers.projectName, e.replacedBy, e.replacedAt])).toEqual([
      ['Second', 'start-over', at(2).toISOString()],
      ['First', 'copy', at(1).toISOString()],
    ]);
    // Pending text (not valid yet) is kept too.
    expect(list[0]!.draft).toEqual(draft('Second'));
  });

  it('keeps nothing for an empty draft and no duplicate of one already kept', () => {
    const s = memoryStorage();
    expect(keepEarlierDraft(s, { answers: {}, pending: {}, step: 'context' }, 'import')).toEqual({
      ok: true,
      kept: false,
    });
    keepEarlierDraft(s, draft('A'), 'import', at(1));
    keepEarlierDraft(s, draft('B'), 'import', at(2));
    keepEarlierDraft(s, draft('A'), 'restore', at(3));
    expect(readEarlierDrafts(s).map((e) => [e.draft.answers.projectName, e.replacedBy])).toEqual([
      ['A', 'restore'],
      ['B', 'import'],
    ]);
  });

  it(`is bounded: at most ${MAX_EARLIER}, the oldest dropping off`, () => {
    const s = memoryStorage();
    for (let i = 1; i <= MAX_EARLIER + 3; i++) keepEarlierDraft(s, draft(`D${i}`), 'import', at(i));
    const names = readEarlierDrafts(s).map((e) => e.draft.answers.projectName);
    expect(names).toEqual(['D8', 'D7', 'D6', 'D5', 'D4']);
  });

  it('makes room in a full storage by dropping the oldest, and says so when even one does not fit', () => {
    const one = JSON.stringify(draft('A')).length + 200;
    const s = memoryStorage(undefined, EARLIER_KEY.length + 2.5 * one);
    keepEarlierDraft(s, draft('A'), 'import', at(1));
    keepEarlierDraft(s, draft('B'), 'import', at(2));
    expect(keepEarlierDraft(s, draft('C'), 'import', at(3))).toEqual({ ok: true, kept: true });
    expect(readEarlierDrafts(s).map((e) => e.draft.answers.projectName)).toEqual(['C', 'B']);
    const tiny = memoryStorage(undefined, 100);
    tiny.setItem('x', 'y');
    expect(keepEarlierDraft(tiny, draft('A'), 'import')).toEqual({ ok: false, reason: 'full' });
  });

  it('deletes one on request and leaves entries it cannot read in storage', () => {
    const s = memoryStorage();
    keepEarlierDraft(s, draft('A'), 'import', at(1));
    const stored = JSON.parse(s.getItem(EARLIER_KEY)!) as unknown[];
    s.setItem(EARLIER_KEY, JSON.stringify([...stored, { id: 'from-the-future', body: 42 }]));
    expect(readEarlierDrafts(s)).toHaveLength(1);
    keepEarlierDraft(s, draft('B'), 'import', at(2));
    expect(s.getItem(EARLIER_KEY)).toContain('from-the-future');
    deleteEarlierDraft(s, readEarlierDrafts(s)[0]!.id);
    expect(readEarlierDrafts(s).map((e) => e.draft.answers.projectName)).toEqual(['A']);
  });
});
