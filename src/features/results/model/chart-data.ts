/**
 * Plan → chart data. Pure and React-free, so the same figures feed the charts, their screen-reader tables and
 * the unit tests, and the charts module can stay a lazily loaded leaf.
 */
import type { Plan } from '@/domain/plan';
import type { Range } from '@/domain/range';

type Phase = Plan['timeline']['phases'][number];

export interface PhaseBar {
  id: string;
  name: string;
  /** Duration range of the phase itself. */
  weeks: Range;
  /** Earliest and latest week the phase can start. */
  start: Range;
  /** Earliest and latest week the phase can finish. */
  end: Range;
  /** Runs alongside the phase before it instead of after it. */
  parallel: boolean;
  /**
   * Stacked-bar segments: an invisible `offset` up to the earliest start, a solid `firm` part for the shortest
   * duration, then a lighter `spread` up to the latest finish. Together they span start[0] → end[1].
   */
  offset: number;
  firm: number;
  spread: number;
}

export interface PhaseTimeline {
  bars: PhaseBar[];
  /** Earliest and latest finish of the whole schedule as laid out. */
  span: Range;
}

/** Compliance and governance work is designed in from the start and usually runs beside delivery work. */
const PARALLEL_CANDIDATE = /complian|governance|legal|privacy|regulat/i;

const sum = (rs: Range[]): Range => rs.reduce<Range>((a, r) => [a[0] + r[0], a[1] + r[1]], [0, 0]);

/**
 * Which phases run in parallel. The plan says so through its total: when the plan's total is shorter than all
 * phases end to end, its compliance-like phases are the ones it did not count sequentially. Otherwise every
 * phase is sequential, which is the conservative reading.
 */
export function parallelPhaseIds(plan: Pick<Plan, 'timeline'>): Set<string> {
  const { phases, totalWeeks } = plan.timeline;
  const candidates = phases.filter((p) => PARALLEL_CANDIDATE.test(`${p.id} ${p.name}`));
  if (candidates.length === 0 || candidates.length === phases.length) return new Set();
  const endToEnd = sum(phases.map((p) => p.weeks));
  const withoutCandidates = sum(phases.filter((p) => !candidates.includes(p)).map((p) => p.weeks));
  const plannedInParallel = totalWeeks[1] < endToEnd[1] && totalWeeks[1] <= withoutCandidates[1] + 0.5;
  return plannedInParallel ? new Set(candidates.map((p) => p.id)) : new Set();
}

/**
 * Lays the phases out Gantt-style. Sequential phases start when the previous sequential phase ends, so start
 * ranges are cumulative: earliest start = sum of the minimum durations before it, latest start = sum of the
 * maximum durations. A parallel phase starts with the sequential phase before it and moves nothing after it.
 */
export function buildPhaseTimeline(
  plan: Pick<Plan, 'timeline'>,
  parallel: Set<string> = parallelPhaseIds(plan),
): PhaseTimeline {
  let cursor: Range = [0, 0];
  let lastStart: Range = [0, 0];
  const bars: PhaseBar[] = plan.timeline.phases.map((p: Phase) => {
    const isParallel = parallel.has(p.id);
    const start: Range = isParallel ? lastStart : cursor;
    const end: Range = [start[0] + p.weeks[0], start[1] + p.weeks[1]];
    if (!isParallel) {
      lastStart = start;
      cursor = end;
    }
    return {
      id: p.id,
      name: p.name,
      weeks: p.weeks,
      start,
      end,
      parallel: isParallel,
      offset: start[0],
      firm: p.weeks[0],
      spread: end[1] - end[0],
    };
  });
  const span: Range = bars.reduce<Range>(
    (a, b) => [Math.max(a[0], b.end[0]), Math.max(a[1], b.end[1])],
    [0, 0],
  );
  return { bars, span };
}

export interface CostBar {
  key: 'build' | 'hosting' | 'inference' | 'total' | 'optimised';
  label: string;
  min: number;
  max: number;
  /** [min, max] for recharts' ranged bars. */
  range: Range;
}

const bar = (key: CostBar['key'], label: string, r: Range): CostBar => ({
  key,
  label,
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
  return [
    bar('hosting', 'Hosting', m.hosting),
    bar('inference', 'Inference', m.inference),
    bar('total', 'Total per month', m.total),
    bar('optimised', 'Inference, optimised', plan.costs.optimisedInference.monthly),
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
export const barChartHeight = (rows: number): number => Math.max(120, 36 * rows + 48);
export const BAND_CHART_HEIGHT = 220;
