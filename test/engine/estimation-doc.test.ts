/** docs/estimation.md's worked example must be what the engine computes, or the page explains a model we do not run. */
import { readFileSync } from 'node:fs';
import { formatNumber } from '@/domain/format';
import { evaluate } from '@/engine';
import { loadExample } from './support';

const doc = readFileSync('docs/estimation.md', 'utf8');
const worked = doc.slice(doc.indexOf('## Worked example'));
const plan = evaluate(loadExample('internal-knowledge-qa.json'));
const span = ([a, b]: [number, number], decimals: 0 | 1 = 0) =>
  `${formatNumber(a, decimals)}–${formatNumber(b, decimals)}`;

describe('docs/estimation.md worked example', () => {
  it('states the example plan’s timeline, work, build and running cost', () => {
    expect(doc).toContain(
      `**Timeline: ${span(plan.timeline.totalWeeks)} weeks**, ${span(plan.timeline.effort, 1)} person-weeks`,
    );
    expect(doc).toContain(`**Build: $${span(plan.costs.build)}**`);
    expect(doc).toContain(`**Running: $${span(plan.costs.monthly.total)} a month**`);
  });

  it('gives each phase the work, people and weeks the engine gives it', () => {
    for (const p of plan.timeline.phases) {
      const row = worked
        .split('\n')
        .find((l) => l.startsWith(`| ${p.name.replace(/ on a data sample$/, '')}`));
      expect(row, p.name).toBeDefined();
      expect(row).toContain(`| ${span(p.effort, 1)} `);
      const weeks = p.weeks[0] === p.weeks[1] ? formatNumber(p.weeks[0], 1) : span(p.weeks, 1);
      expect(row).toContain(`| ${weeks} `);
    }
  });
});
