import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnswersFile } from '@/domain/answers';
import { layOutPhases, type Phase } from '@/domain/phase-layout';
import type { Range } from '@/domain/range';
import { evaluate } from '@/engine';

const phase = (id: string, weeks: Range, parallel?: true): Phase => {
  const p = { id, name: id, weeks, effort: weeks, staff: [1, 1] as Range, because: [] };
  return parallel ? { ...p, parallel } : p;
};

const starts = (phases: Phase[]) => layOutPhases(phases).placed.map((p) => p.start);
const ends = (phases: Phase[]) => layOutPhases(phases).placed.map((p) => p.end);

describe('layOutPhases', () => {
  it('runs sequential phases end to end, with cumulative earliest and latest starts', () => {
    const phases = [phase('a', [1, 2]), phase('b', [3, 6]), phase('c', [2, 4])];
    expect(starts(phases)).toEqual([
      [0, 0],
      [1, 2],
      [4, 8],
    ]);
    expect(ends(phases)).toEqual([
      [1, 2],
      [4, 8],
      [6, 12],
    ]);
    expect(layOutPhases(phases).span).toEqual([6, 12]);
  });

  it('starts a parallel phase with the sequential phase before it; the next starts when both are done', () => {
    const phases = [phase('a', [1, 2]), phase('b', [3, 6]), phase('p', [2, 4], true), phase('c', [2, 4])];
    const { placed, span } = layOutPhases(phases);
    expect(placed.map((p) => p.parallel)).toEqual([false, false, true, false]);
    expect(placed[2]).toMatchObject({ start: [1, 2], end: [3, 6] });
    expect(placed[3]).toMatchObject({ start: [4, 8], end: [6, 12] });
    expect(span).toEqual([6, 12]);
    // A parallel phase longer than its partner holds the next phase back, at each end of the range separately.
    const longer = [phase('a', [1, 2]), phase('b', [1, 3]), phase('p', [2, 4], true), phase('c', [1, 1])];
    expect(layOutPhases(longer).placed[3]).toMatchObject({ start: [3, 6], end: [4, 7] });
    expect(layOutPhases(longer).span).toEqual([4, 7]);
  });

  it('reads only the flag: a phase named as running alongside is sequential without it', () => {
    const named = { ...phase('x', [2, 4]), name: 'Prototype (alongside data preparation)' };
    expect(layOutPhases([phase('a', [1, 2]), named]).placed[1]).toMatchObject({
      parallel: false,
      start: [1, 2],
    });
  });

  it('ends the schedule with a parallel phase that outlasts the last sequential one', () => {
    const phases = [phase('a', [1, 2]), phase('b', [3, 6]), phase('p', [4, 7], true)];
    expect(layOutPhases(phases).placed[2]).toMatchObject({ start: [1, 2], end: [5, 9] });
    expect(layOutPhases(phases).span).toEqual([5, 9]);
  });

  it('starts a first phase flagged parallel at week 0, and the next after it', () => {
    const phases = [phase('p', [1, 2], true), phase('a', [2, 3]), phase('b', [1, 1])];
    const { placed, span } = layOutPhases(phases);
    expect(placed.map((p) => p.start)).toEqual([
      [0, 0],
      [1, 2],
      [3, 5],
    ]);
    expect(span).toEqual([4, 6]);
  });

  it('lays out nothing, with a zero span, for no phases', () => {
    expect(layOutPhases([])).toEqual({ placed: [], span: [0, 0] });
  });

  it('keeps fixed durations (min = max) as single points, zero-length ones included', () => {
    const phases = [phase('a', [2, 2]), phase('z', [0, 0]), phase('b', [3, 3]), phase('p', [1, 1], true)];
    expect(starts(phases)).toEqual([
      [0, 0],
      [2, 2],
      [2, 2],
      [2, 2],
    ]);
    expect(ends(phases)).toEqual([
      [2, 2],
      [2, 2],
      [5, 5],
      [3, 3],
    ]);
    expect(layOutPhases(phases).span).toEqual([5, 5]);
  });

  it('hands back the phases themselves, in plan order', () => {
    const phases = [phase('a', [1, 2]), phase('p', [1, 1], true)];
    expect(layOutPhases(phases).placed.map((p) => p.phase)).toEqual(phases);
  });
});

const dir = join(process.cwd(), 'examples');
const examples = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe.each(examples)('the layout of examples/%s', (file) => {
  const parsed = parseAnswersFile(readFileSync(join(dir, file), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const plan = evaluate(parsed.value.answers);

  it('spans exactly the plan total', () => {
    const { span } = layOutPhases(plan.timeline.phases);
    expect(span[0]).toBeCloseTo(plan.timeline.totalWeeks[0]);
    expect(span[1]).toBeCloseTo(plan.timeline.totalWeeks[1]);
  });

  it('gives every phase an ordered start and finish range', () => {
    for (const { phase, start, end } of layOutPhases(plan.timeline.phases).placed) {
      expect(start[0], phase.id).toBeLessThanOrEqual(start[1]);
      expect(end[0], phase.id).toBeLessThanOrEqual(end[1]);
    }
  });
});

it('has examples to check', () => {
  expect(examples.length).toBeGreaterThan(0);
});
