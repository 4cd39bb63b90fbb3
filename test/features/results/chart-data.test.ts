import { planSchema, type Plan } from '@/domain/plan';
import type { Range } from '@/domain/range';
import {
  buildCostBars,
  buildPhaseTimeline,
  cumulativeCostBand,
  monthlyCostBars,
  readinessBars,
  readinessLevel,
} from '@/features/results/model/chart-data';
import { claimsPlan } from '../../support/plan-fixture';

type Phase = Plan['timeline']['phases'][number];
const phase = (id: string, weeks: Range, parallel?: true): Phase => {
  const p: Phase = { id, name: `Phase ${id}`, weeks, effort: weeks, staff: [1, 1], because: [] };
  return parallel ? { ...p, parallel } : p;
};
const withPhases = (phases: Phase[]): Plan =>
  claimsPlan({
    timeline: {
      phases,
      totalWeeks: [0, 0],
      effort: [0, 0],
      team: { engineers: [1, 1], useful: 1, source: 'answer' },
      dataPrepShare: [0.4, 0.6],
      because: [],
    },
  });

// The layout itself is tested in test/domain/phase-layout.test.ts; these check what the chart adds to it.
describe('buildPhaseTimeline', () => {
  it('carries each phase and its place in the layout into a bar', () => {
    const plan = withPhases([phase('a', [1, 2]), phase('b', [3, 6]), phase('p', [2, 4], true)]);
    const { bars, span } = buildPhaseTimeline(plan);
    expect(bars.map((b) => [b.id, b.name, b.weeks, b.start, b.end, b.parallel])).toEqual([
      ['a', 'Phase a', [1, 2], [0, 0], [1, 2], false],
      ['b', 'Phase b', [3, 6], [1, 2], [4, 8], false],
      ['p', 'Phase p', [2, 4], [1, 2], [3, 6], true],
    ]);
    expect(span).toEqual([4, 8]);
  });

  it('puts a round week axis at or after the latest finish', () => {
    const { axis } = buildPhaseTimeline(withPhases([phase('a', [1, 2]), phase('b', [3, 6])]));
    expect(axis).toEqual({ top: 8, ticks: [0, 2, 4, 6, 8] });
    const long = buildPhaseTimeline(withPhases([phase('a', [52, 78]), phase('b', [0, 0.5])]));
    expect(long.axis.top).toBeGreaterThanOrEqual(78.5);
    expect(long.axis.ticks.length).toBeLessThanOrEqual(6);
  });

  it('returns no bars and a zero span for a plan without phases', () => {
    expect(buildPhaseTimeline(withPhases([]))).toMatchObject({ bars: [], span: [0, 0] });
  });

  it('copes with zero-length phases', () => {
    const { bars } = buildPhaseTimeline(withPhases([phase('a', [0, 0]), phase('b', [0, 2])]));
    expect(bars[0]).toMatchObject({ start: [0, 0], end: [0, 0] });
    expect(bars[1]).toMatchObject({ start: [0, 0], end: [0, 2] });
  });
});

describe('cost builders', () => {
  const plan = claimsPlan({
    costs: {
      currencySymbol: '$',
      build: [15_000, 60_000],
      buildBreakdown: { effort: [3, 6], rate: [5_000, 10_000], labour: [15_000, 60_000], oneOff: [] },
      monthly: {
        items: [{ id: 'app-hosting', label: 'Application hosting', monthly: [500, 1_000], because: [] }],
        hosting: [500, 1_000],
        inference: [1_500, 9_000],
        total: [2_000, 10_000],
      },
      optimisedInference: { savingPercent: [40, 70], monthly: [450, 5_400] },
      arithmetic: [],
      because: [],
    },
  });

  it('builds the build and monthly ranges, with the optimised figure separate from the total', () => {
    expect(buildCostBars(plan)).toEqual([
      {
        key: 'build',
        label: 'Build (one-off)',
        short: 'Build',
        min: 15_000,
        max: 60_000,
        range: [15_000, 60_000],
      },
    ]);
    const monthly = monthlyCostBars(plan);
    expect(monthly.map((b) => b.key)).toEqual(['app-hosting', 'inference', 'total', 'optimised']);
    expect(monthly[0]!.short).toBe('App');
    expect(monthly.find((b) => b.key === 'total')!.range).toEqual([2_000, 10_000]);
    expect(monthly.find((b) => b.key === 'optimised')!.range).toEqual([450, 5_400]);
  });

  it('builds a 13-point cumulative band starting at the build cost', () => {
    const band = cumulativeCostBand(plan);
    expect(band).toHaveLength(13);
    expect(band[0]).toEqual({ month: 0, low: 15_000, high: 60_000, band: [15_000, 60_000] });
    expect(band[12]).toMatchObject({ low: 15_000 + 12 * 2_000, high: 60_000 + 12 * 10_000 });
    for (const p of band) expect(p.low).toBeLessThanOrEqual(p.high);
  });

  it('gives a flat band for zero run costs and stays finite for huge numbers', () => {
    const zero = claimsPlan({
      costs: {
        ...plan.costs,
        build: [0, 0],
        monthly: { items: [], hosting: [0, 0], inference: [0, 0], total: [0, 0] },
      },
    });
    expect(cumulativeCostBand(zero).every((p) => p.low === 0 && p.high === 0)).toBe(true);
    const huge = planSchema.parse(
      claimsPlan({
        costs: {
          ...plan.costs,
          build: [1e12, 9e14],
          monthly: { ...plan.costs.monthly, total: [1e11, 1e13] },
        },
      }),
    );
    const last = cumulativeCostBand(huge).at(-1)!;
    expect(Number.isFinite(last.high)).toBe(true);
    expect(last.high).toBe(9e14 + 12 * 1e13);
  });

  it('honours a custom horizon', () => {
    expect(cumulativeCostBand(plan, 0)).toHaveLength(1);
    expect(cumulativeCostBand(plan, 24)).toHaveLength(25);
  });
});

describe('readiness', () => {
  it('keeps areas in plan order and rounds scores into 0..100', () => {
    const plan = claimsPlan();
    expect(readinessBars(plan).map((r) => [r.area, r.score])).toEqual([
      ['useCase', 80],
      ['data', 35],
      ['compliance', 60],
      ['team', 55],
    ]);
    expect(readinessBars(claimsPlan({ readiness: [] }))).toEqual([]);
  });

  it('names a level so colour never carries the meaning alone', () => {
    expect([0, 39, 40, 69, 70, 100].map(readinessLevel)).toEqual([
      'low',
      'low',
      'fair',
      'fair',
      'good',
      'good',
    ]);
  });
});
