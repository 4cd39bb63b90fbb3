import { planSchema, type Plan } from '@/domain/plan';
import type { Range } from '@/domain/range';
import {
  buildCostBars,
  buildPhaseTimeline,
  cumulativeCostBand,
  monthlyCostBars,
  parallelPhaseIds,
  readinessBars,
  readinessLevel,
  shortLabel,
} from '@/features/results/model/chart-data';
import { claimsPlan } from '../../support/plan-fixture';

const phase = (id: string, weeks: Range) => ({ id, name: id, weeks, because: [] });
const withTimeline = (phases: ReturnType<typeof phase>[], totalWeeks: Range): Plan =>
  claimsPlan({ timeline: { phases, totalWeeks, dataPrepShare: [0.4, 0.6], because: [] } });

describe('buildPhaseTimeline', () => {
  it('lays sequential phases out with cumulative min and max offsets', () => {
    const plan = withTimeline([phase('a', [1, 2]), phase('b', [3, 6]), phase('c', [2, 4])], [6, 12]);
    const { bars, span } = buildPhaseTimeline(plan);
    expect(bars.map((b) => b.start)).toEqual([
      [0, 0],
      [1, 2],
      [4, 8],
    ]);
    expect(bars.map((b) => b.end)).toEqual([
      [1, 2],
      [4, 8],
      [6, 12],
    ]);
    expect(span).toEqual([6, 12]);
  });

  it('splits each bar into an invisible offset, a firm part and a spread to the latest finish', () => {
    const plan = withTimeline([phase('a', [1, 2]), phase('b', [3, 6])], [4, 8]);
    const b = buildPhaseTimeline(plan).bars[1]!;
    expect([b.offset, b.firm, b.spread]).toEqual([1, 3, 4]);
    expect(b.offset + b.firm + b.spread).toBe(b.end[1]);
  });

  it('runs compliance in parallel when the plan total leaves it out', () => {
    const plan = withTimeline(
      [phase('discovery', [1, 2]), phase('build', [3, 6]), phase('compliance-review', [2, 3])],
      [4, 8],
    );
    expect([...parallelPhaseIds(plan)]).toEqual(['compliance-review']);
    const { bars, span } = buildPhaseTimeline(plan);
    expect(bars[2]).toMatchObject({ parallel: true, start: [1, 2], end: [3, 5] });
    expect(span).toEqual([4, 8]);
  });

  it('keeps compliance sequential when the plan total counts it', () => {
    const plan = withTimeline([phase('build', [3, 6]), phase('compliance', [2, 3])], [5, 9]);
    expect(parallelPhaseIds(plan).size).toBe(0);
    expect(buildPhaseTimeline(plan).bars[1]!.start).toEqual([3, 6]);
  });

  it('prefers the smallest explanation of the total, and a phase whose name says it runs alongside', () => {
    // data-prep + build also add up to 2–4 weeks, but one phase explains the total better than two.
    const plan = withTimeline(
      [
        phase('x-scoping', [0.5, 1]),
        phase('x-data', [1, 2]),
        { ...phase('x-prototype', [2, 4]), name: 'Prototype (alongside data preparation)' },
        { ...phase('x-compliance', [2, 4]), name: 'Compliance work' },
        phase('x-build', [1, 2]),
        phase('x-evaluation', [0.5, 1]),
      ],
      [5, 10],
    );
    expect([...parallelPhaseIds(plan)]).toEqual(['x-prototype']);
    const { bars, span } = buildPhaseTimeline(plan);
    expect(bars[2]).toMatchObject({ start: [0.5, 1], end: [2.5, 5] });
    expect(span).toEqual([5, 10]);
  });

  it('takes the parallel flag from the engine for phases it knows, even when the total is ambiguous', () => {
    // Prototype and compliance both last 2–4 weeks; only the engine knows the prototype is the parallel one.
    const plan = withTimeline(
      [phase('data-prep', [3, 6]), phase('prototype', [2, 4]), phase('compliance', [2, 4])],
      [5, 10],
    );
    expect([...parallelPhaseIds(plan)]).toEqual(['prototype']);
  });

  it('lets a long parallel phase set the total', () => {
    const plan = withTimeline([phase('a', [1, 2]), phase('b', [1, 1]), phase('c', [5, 9])], [5, 9]);
    expect([...parallelPhaseIds(plan)]).toEqual(['c']);
    expect(buildPhaseTimeline(plan).span).toEqual([5, 9]);
  });

  it('falls back to sequential when nothing reproduces the total', () => {
    const plan = withTimeline([phase('a', [1, 2]), phase('b', [3, 6])], [100, 200]);
    expect(parallelPhaseIds(plan).size).toBe(0);
  });

  it('returns no bars and a zero span for a plan without phases', () => {
    const plan = withTimeline([], [0, 0]);
    expect(buildPhaseTimeline(plan)).toEqual({ bars: [], span: [0, 0] });
  });

  it('copes with zero-length phases', () => {
    const plan = withTimeline([phase('a', [0, 0]), phase('b', [0, 2])], [0, 2]);
    const { bars } = buildPhaseTimeline(plan);
    expect(bars[0]).toMatchObject({ firm: 0, spread: 0 });
    expect(bars[1]).toMatchObject({ start: [0, 0], end: [0, 2], firm: 0, spread: 2 });
  });
});

describe('cost builders', () => {
  const plan = claimsPlan({
    costs: {
      currency: 'USD',
      build: [15_000, 60_000],
      monthly: { hosting: [500, 1_000], inference: [1_500, 9_000], total: [2_000, 10_000] },
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
    expect(monthly.map((b) => b.key)).toEqual(['hosting', 'inference', 'total', 'optimised']);
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
      costs: { ...plan.costs, build: [0, 0], monthly: { hosting: [0, 0], inference: [0, 0], total: [0, 0] } },
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

describe('shortLabel', () => {
  it('keeps short names, drops parentheticals and cuts long names at a word', () => {
    expect(shortLabel('Build')).toBe('Build');
    expect(shortLabel('Prototype (alongside data preparation)')).toBe('Prototype');
    expect(shortLabel('Evaluation and red-teaming')).toBe('Evaluation…');
    expect(shortLabel('Compliance work and documentation')).toBe('Compliance work…');
    expect(shortLabel('Supercalifragilisticexpialidocious')).toBe('Supercalifragili…');
    expect(shortLabel('')).toBe('');
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
