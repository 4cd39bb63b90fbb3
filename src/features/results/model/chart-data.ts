/**
 * Plan → chart data. Pure and React-free, so the same figures feed the charts, their screen-reader tables and
 * the unit tests, and the charts module can stay a lazily loaded leaf.
 */
import type { Plan } from '@/domain/plan';
import type { Range } from '@/domain/range';
import { phases as enginePhases } from '@/engine/labels';

type Phase = Plan['timeline']['phases'][number];

const sum = (rs: Range[]): Range => rs.reduce<Range>((a, r) => [a[0] + r[0], a[1] + r[1]], [0, 0]);

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

/** Names that say a phase runs beside others; used only to break ties between equally small explanations. */
const PARALLEL_HINT = /alongside|parallel|concurrent/i;
const PARALLEL_MAYBE = /complian|governance/i;

const EPS = 0.01;
const sameRange = (a: Range, b: Range): boolean => Math.abs(a[0] - b[0]) < EPS && Math.abs(a[1] - b[1]) < EPS;
const MAX_SEARCHED_PHASES = 16;

/**
 * Which phases run in parallel. The engine knows (its phase table has a `parallel` flag) and plans from it are
 * read that way. For a phase the engine does not know, the plan still says so through its total, which counts
 * sequential phases end to end and a parallel phase only when it is longer than all of them:
 * total = max(sum of sequential phases, longest parallel phase). We look for the smallest set of phases that
 * reproduces the plan's total that way (ties go to phases whose names say so, then to later phases). If the
 * total already is every phase end to end, or nothing reproduces it, every phase is sequential, which is the
 * conservative reading.
 */
export function parallelPhaseIds(plan: Pick<Plan, 'timeline'>): Set<string> {
  const { phases, totalWeeks } = plan.timeline;
  if (phases.every((p) => Object.hasOwn(enginePhases, p.id)))
    return new Set(
      phases.filter((p) => enginePhases[p.id as keyof typeof enginePhases].parallel).map((p) => p.id),
    );
  const n = phases.length;
  if (n === 0 || n > MAX_SEARCHED_PHASES || sameRange(sum(phases.map((p) => p.weeks)), totalWeeks))
    return new Set();
  let best: { mask: number; size: number; hints: number } | undefined;
  for (let mask = 1; mask < 1 << n; mask++) {
    if (mask === (1 << n) - 1) continue;
    let seq: Range = [0, 0];
    let par: Range = [0, 0];
    let size = 0;
    let hints = 0;
    phases.forEach((p, i) => {
      if (mask & (1 << i)) {
        size++;
        hints += PARALLEL_HINT.test(p.name) ? 2 : PARALLEL_MAYBE.test(p.name) ? 1 : 0;
        par = [Math.max(par[0], p.weeks[0]), Math.max(par[1], p.weeks[1])];
      } else seq = [seq[0] + p.weeks[0], seq[1] + p.weeks[1]];
    });
    if (!sameRange([Math.max(seq[0], par[0]), Math.max(seq[1], par[1])], totalWeeks)) continue;
    // Higher masks hold later phases; `>=` on the mask keeps the later explanation on a full tie.
    if (!best || size < best.size || (size === best.size && hints >= best.hints))
      best = { mask, size, hints };
  }
  if (!best) return new Set();
  const mask = best.mask;
  return new Set(phases.filter((_, i) => mask & (1 << i)).map((p) => p.id));
}

/**
 * Lays the phases out Gantt-style. Sequential phases start when the previous sequential phase ends, so start
 * ranges are cumulative: earliest start = sum of the minimum durations before it, latest start = sum of the
 * maximum durations. A parallel phase starts with the sequential phase before it and moves nothing after it;
 * like the engine's total (the sequential sum, or the longest parallel phase if that is longer), it never runs
 * past the end, so it starts earlier when it would.
 */
export function buildPhaseTimeline(
  plan: Pick<Plan, 'timeline'>,
  parallel: Set<string> = parallelPhaseIds(plan),
): PhaseTimeline {
  const seq = sum(plan.timeline.phases.filter((p) => !parallel.has(p.id)).map((p) => p.weeks));
  let cursor: Range = [0, 0];
  let lastStart: Range = [0, 0];
  const bars: PhaseBar[] = plan.timeline.phases.map((p: Phase) => {
    const isParallel = parallel.has(p.id);
    const start: Range = isParallel
      ? [
          Math.max(0, Math.min(lastStart[0], seq[0] - p.weeks[0])),
          Math.max(0, Math.min(lastStart[1], seq[1] - p.weeks[1])),
        ]
      : cursor;
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
  /** One or two words for a chart axis at phone width. */
  short: string;
  min: number;
  max: number;
  /** [min, max] for recharts' ranged bars. */
  range: Range;
}

const shortCostLabels: Record<CostBar['key'], string> = {
  build: 'Build',
  hosting: 'Hosting',
  inference: 'Inference',
  total: 'Total',
  optimised: 'Optimised',
};

const bar = (key: CostBar['key'], label: string, r: Range): CostBar => ({
  key,
  label,
  short: shortCostLabels[key],
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
    bar('total', 'Total', m.total),
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
export const barChartHeight = (rows: number): number => Math.max(120, 40 * rows + 48);
export const BAND_CHART_HEIGHT = 220;

/**
 * A category label short enough for one line beside a bar at 360 px: parentheticals dropped, long names cut at a
 * word. The table next to every chart carries the full name.
 */
export function shortLabel(name: string, max = 16): string {
  const plain = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (plain.length <= max) return plain;
  const words = plain
    .slice(0, max + 1)
    .split(' ')
    .slice(0, -1);
  // "Scoping and…" reads as unfinished; drop dangling joining words.
  while (words.length > 1 && /^(and|with|on|of|a|an|the|for|to|&)$/i.test(words.at(-1)!)) words.pop();
  const kept = words.join(' ') || plain.slice(0, max);
  return `${kept}\u2026`;
}
