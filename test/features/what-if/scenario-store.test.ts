// @vitest-environment jsdom
/**
 * Pinned scenarios in storage: they survive a new page (a new store on the same storage), a comparison replaced
 * from a link can be brought back, storage that refuses a write keeps them in the page and says so, and what
 * storage holds but cannot be read is never written over.
 */
import { MAX_SCENARIOS, ScenarioStore, SCENARIOS_KEY } from '@/features/what-if';
import { completeAnswers } from '../../support/answers';
import { memoryStorage } from '../wizard/support/memory-storage';

const a = { name: 'As answered', answers: completeAnswers };
const b = { name: 'More users', answers: { ...completeAnswers, dailyUsers: 2000 } };

describe('ScenarioStore', () => {
  it('keeps scenarios in storage, in order, for the next page', () => {
    const s = memoryStorage();
    const store = new ScenarioStore(s);
    store.add(a);
    const added = store.add(b)!;
    store.update(added.id, { name: 'Twice the users', forceApproach: 'rag' });
    const again = new ScenarioStore(s).getState();
    expect(again.scenarios.map((x) => [x.name, x.forceApproach])).toEqual([
      ['As answered', undefined],
      ['Twice the users', 'rag'],
    ]);
    expect(again.unsaved).toBeNull();
  });

  it('takes no more than three, moves one to the front as A, and removes one', () => {
    const store = new ScenarioStore(memoryStorage());
    store.add(a);
    const second = store.add(b)!;
    store.add({ ...b, name: 'Third' });
    expect(store.add({ ...b, name: 'Fourth' })).toBeUndefined();
    expect(store.getState().scenarios).toHaveLength(MAX_SCENARIOS);
    store.makeFirst(second.id);
    expect(store.getState().scenarios.map((x) => x.name)).toEqual(['More users', 'As answered', 'Third']);
    store.remove(second.id);
    expect(store.getState().scenarios.map((x) => x.name)).toEqual(['As answered', 'Third']);
  });

  it('takes away a forced approach when asked', () => {
    const store = new ScenarioStore(memoryStorage());
    const s = store.add({ ...a, forceApproach: 'fine-tune' })!;
    store.update(s.id, { forceApproach: undefined });
    expect(store.getState().scenarios[0]).not.toHaveProperty('forceApproach');
  });

  it('keeps the comparison a link replaces, to bring it back', () => {
    const s = memoryStorage();
    const store = new ScenarioStore(s);
    store.add(a);
    store.replaceAll([b, { ...b, name: 'Shared C' }]);
    expect(store.getState().scenarios.map((x) => x.name)).toEqual(['More users', 'Shared C']);
    store.restorePrevious();
    expect(new ScenarioStore(s).getState().scenarios.map((x) => x.name)).toEqual(['As answered']);
  });

  it('keeps scenarios in the page when storage is full, and says so', () => {
    const store = new ScenarioStore(memoryStorage('full'));
    store.add(a);
    expect(store.getState()).toMatchObject({ unsaved: 'full' });
    expect(store.getState().scenarios).toHaveLength(1);
  });

  it.each([
    ['not JSON', '{'],
    ['a newer version', '{"version":2,"scenarios":[]}'],
    [
      'answers the schema refuses',
      JSON.stringify({ version: 1, scenarios: [{ id: 'x', name: 'x', answers: { teamSize: -1 } }] }),
    ],
    [
      'an unknown approach',
      JSON.stringify({
        version: 1,
        scenarios: [{ id: 'x', name: 'x', answers: {}, forceApproach: 'magic' }],
      }),
    ],
  ])('never writes over what it cannot read (%s)', (_, raw) => {
    const s = memoryStorage();
    s.setItem(SCENARIOS_KEY, raw);
    const store = new ScenarioStore(s);
    expect(store.getState()).toMatchObject({ scenarios: [], unsaved: 'unreadable' });
    store.add(a);
    expect(s.getItem(SCENARIOS_KEY)).toBe(raw);
    expect(store.getState().scenarios).toHaveLength(1);
  });
});
