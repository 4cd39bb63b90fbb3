import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnswersFile } from '@/domain/answers';
import { evaluate } from '@/engine';
import { buildPhaseTimeline, cumulativeCostBand } from '@/features/results/model/chart-data';

const dir = join(process.cwd(), 'examples');
const examples = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe.each(examples)('chart data for examples/%s', (file) => {
  const parsed = parseAnswersFile(readFileSync(join(dir, file), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const plan = evaluate(parsed.value.answers);

  // The layout's own checks against the examples live in test/domain/phase-layout.test.ts.
  // The chart draws each schedule's bar from start to end: each must be exactly the phase's own duration, and
  // the axis must reach every finish.
  it('draws every phase as long as its own estimate in both schedules, on an axis that holds them all', () => {
    const { bars, axis } = buildPhaseTimeline(plan);
    for (const b of bars) {
      expect(b.end[0] - b.start[0], b.id).toBeCloseTo(b.weeks[0]);
      expect(b.end[1] - b.start[1], b.id).toBeCloseTo(b.weeks[1]);
      expect(b.end[1], b.id).toBeLessThanOrEqual(axis.top);
    }
  });

  it('starts the cumulative band at the build cost', () => {
    expect(cumulativeCostBand(plan)[0]!.band).toEqual(plan.costs.build);
  });
});
