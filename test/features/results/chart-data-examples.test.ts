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
  it('cuts every phase bar into segments that reach its latest finish', () => {
    for (const b of buildPhaseTimeline(plan).bars)
      expect(b.offset + b.firm + b.spread, b.id).toBeCloseTo(b.end[1]);
  });

  it('starts the cumulative band at the build cost', () => {
    expect(cumulativeCostBand(plan)[0]!.band).toEqual(plan.costs.build);
  });
});
