import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnswersFile } from '@/domain/answers';
import { evaluate } from '@/engine';
import { phases as enginePhases } from '@/engine/labels';
import { buildPhaseTimeline, cumulativeCostBand } from '@/features/results/model/chart-data';

const dir = join(process.cwd(), 'examples');
const examples = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe.each(examples)('chart data for examples/%s', (file) => {
  const parsed = parseAnswersFile(readFileSync(join(dir, file), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const plan = evaluate(parsed.value.answers);

  it('lays the phases out to exactly the plan total, with the engine’s parallel phases beside the others', () => {
    const { bars, span } = buildPhaseTimeline(plan);
    expect(span[0]).toBeCloseTo(plan.timeline.totalWeeks[0]);
    expect(span[1]).toBeCloseTo(plan.timeline.totalWeeks[1]);
    for (const b of bars) {
      const info = enginePhases[b.id as keyof typeof enginePhases];
      expect(b.parallel, b.id).toBe(info.parallel);
      expect(b.start[0]).toBeLessThanOrEqual(b.start[1]);
      expect(b.end[0]).toBeLessThanOrEqual(b.end[1]);
    }
  });

  it('starts the cumulative band at the build cost', () => {
    expect(cumulativeCostBand(plan)[0]!.band).toEqual(plan.costs.build);
  });
});
