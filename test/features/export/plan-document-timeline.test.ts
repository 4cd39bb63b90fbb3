import type { Plan } from '@/domain/plan';
import { buildPlanDocument, type Chart } from '@/features/export/plan-document';
import { policyAnswers, policyPlan } from '../../support/plan-fixture';

const opts = { generatedAt: '2026-11-23T22:40:00.000Z' };

function timelineChart(plan: Plan): Chart | undefined {
  const section = buildPlanDocument(plan, policyAnswers, opts).sections.find((s) => s.id === 'timeline');
  for (const block of section?.blocks ?? []) if (block.kind === 'chart') return block.chart;
  return undefined;
}

// The layout itself is tested in test/domain/phase-layout.test.ts; this checks what the PDF chart takes from it.
describe('the timeline chart of the plan document', () => {
  it('labels each row with its phase name, starts it where the layout does and totals it as the plan does', () => {
    const base = policyPlan();
    const plan = policyPlan({
      timeline: {
        ...base.timeline,
        phases: [
          { id: 'scoping', name: 'Scoping', weeks: [1, 2], effort: [1, 2], staff: [1, 1], because: [] },
          {
            id: 'data-prep',
            name: 'Data preparation',
            weeks: [3, 6],
            effort: [1, 2],
            staff: [1, 1],
            because: [],
          },
          {
            id: 'prototype',
            name: 'Prototype',
            weeks: [2, 4],
            effort: [1, 2],
            staff: [1, 1],
            parallel: true,
            because: [],
          },
          { id: 'build', name: 'Build', weeks: [2, 3], effort: [1, 2], staff: [1, 1], because: [] },
        ],
        totalWeeks: [6, 11],
      },
    });
    expect(timelineChart(plan)).toEqual({
      kind: 'timeline',
      title: 'Phases (weeks, shortest to longest)',
      phases: [
        { label: 'Scoping', start: [0, 0], weeks: [1, 2] },
        { label: 'Data preparation', start: [1, 2], weeks: [3, 6] },
        { label: 'Prototype', start: [1, 2], weeks: [2, 4], parallel: true },
        { label: 'Build', start: [4, 8], weeks: [2, 3] },
      ],
      total: [6, 11],
    });
  });

  it('draws no chart for a plan without phases', () => {
    const base = policyPlan();
    expect(timelineChart(policyPlan({ timeline: { ...base.timeline, phases: [] } }))).toBeUndefined();
  });
});
