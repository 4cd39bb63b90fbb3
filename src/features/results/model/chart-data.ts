/**
 * Plan → chart data. Pure and React-free, so the same figures feed the charts, their screen-reader tables and
 * the unit tests, and the charts module can stay a lazily loaded leaf.
 */
import { niceAxis } from '@/domain/axis';
import { layOutPhases } from '@/domain/phase-layout';
import type { Plan } from '@/domain/plan';
import type { Range } from '@/domain/range';

export interface PhaseBar {
  id: string;
  name: string;
  /** Duration range of the phase itself. */
  weeks: Range;
  /**
   * When the phase starts and ends, in weeks from the start of the project: [0] if every phase takes its
   * shortest estimate, [1] if every phase takes its longest. Each schedule is drawn as its own bar, so a bar is
   * always as long as the phase itself.
   */
  start: Range;
  end: Range;
  /** Runs alongside another phase instead of after it. */
  parallel: boolean;
}

export interface PhaseTimeline {
  bars: PhaseBar[];
  /** Earliest and latest finish of the whole schedule as laid out. */
  span: Range;
  /** The week axis: a round end at or after the latest finish, and its ticks. */
  axis: { top: number; ticks: number[] };
}

/** The shared phase layout (see `@/domain/phase-layout`) with a week axis for the chart. */
export function buildPhaseTimeline(plan: Pick<Plan, 'timeline'>): PhaseTimeline {
  const { placed, span } = layOutPhases(plan.timeline.phases);
  const bars = placed.map(({ phase, start, end, parallel }) => ({
    id: phase.id,
    name: phase.name,
    weeks: phase.weeks,
    start,
    end,
    parallel,
  }));
  return { bars, span, axis: niceAxis(Math.max(1, span[1]), 6) };
}

export interface CostBar {
  /** build, inference, total, optimised, or the id of a line of the monthly bill. */
  key: string;
  label: string;
  /** One or two words for a chart axis at phone width. */
  short: string;
  min: number;
  max: number;
  /** [min, max] for recharts' ranged bars. */
  range: Range;
}

const shortCostLabels: Record<string, string> = {
  build: 'Build',
  hosting: 'Hosting',
  inference: 'Inference',
  total: 'Total',
  optimised: 'Optimised',
  'app-hosting': 'App',
  monitoring: 'Monitoring',
  retrieval: 'Retrieval',
  platform: 'Platform',
  'agent-platform': 'Agents',
  gpus: 'GPUs',
  operations: 'People',
};

const bar = (key: CostBar['key'], label: string, r: Range): CostBar => ({
  key,
  label,
  short: shortCostLabels[key] ?? label,
  min: r[0],
  max: r[1],
  range: [r[0], r[1]],
});

export const buildCostBars = (plan: Pick<Plan, 'costs'>): CostBar[] => [
  bar('build', 'Build (one-off)', plan.costs.build),
];

/** Monthly run costs. The optimised figure is shown beside the total, never folded into it. */
export function monthlyCostBars(plan: Pick<Plan, 'costs'>): CostBar[] {
  const m = plan.costs.monthly;
  const priced = m.inference[1] > 0;
  return [
    ...m.items.map((i) => bar(i.id, i.label, i.monthly)),
    ...(priced ? [bar('inference', 'Inference', m.inference)] : []),
    bar('total', 'Total', m.total),
    ...(priced ? [bar('optimised', 'Inference, optimised', plan.costs.optimisedInference.monthly)] : []),
  ];
}

export interface CumulativePoint {
  month: number;
  low: number;
  high: number;
  /** [low, high] for recharts' ranged Area. */
  band: Range;
}

/**
 * Cumulative spend over the first year: month 0 is the build, then every month adds the run cost.
 * low = build min + months × monthly min; high = build max + months × monthly max.
 */
export function cumulativeCostBand(plan: Pick<Plan, 'costs'>, months = 12): CumulativePoint[] {
  const [bMin, bMax] = plan.costs.build;
  const [mMin, mMax] = plan.costs.monthly.total;
  return Array.from({ length: Math.max(0, Math.floor(months)) + 1 }, (_, month) => {
    const low = bMin + month * mMin;
    const high = bMax + month * mMax;
    return { month, low, high, band: [low, high] };
  });
}

export interface ReadinessBar {
  area: Plan['readiness'][number]['area'];
  label: string;
  score: number;
}

export const readinessBars = (plan: Pick<Plan, 'readiness'>): ReadinessBar[] =>
  plan.readiness.map((r) => ({
    area: r.area,
    label: r.label,
    score: Math.min(100, Math.max(0, Math.round(r.score))),
  }));

/** A readiness score in words, so colour or bar length never carries the meaning alone. */
export function readinessLevel(score: number): 'low' | 'fair' | 'good' {
  if (score < 40) return 'low';
  if (score < 70) return 'fair';
  return 'good';
}

/** Chart heights live here so a loading placeholder can reserve exactly the space its chart will take. */
export const barChartHeight = (rows: number): number => Math.max(120, 40 * rows + 48);
export const BAND_CHART_HEIGHT = 220;
