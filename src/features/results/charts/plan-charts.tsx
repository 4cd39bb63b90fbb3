/**
 * The recharts charts of the results page. Loaded lazily (see `lazy-charts.tsx`) so the questionnaire's first
 * load never includes recharts. Every chart is decoration over a table that carries the same figures, so the
 * SVGs are hidden from assistive technology and have no focusable parts.
 */
import { useMemo, type ReactElement } from 'react';
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { formatMoney } from '@/domain/format';
import type { CostBar, CumulativePoint, PhaseTimeline, ReadinessBar } from '../model/chart-data';
import {
  BAND_CHART_HEIGHT,
  barChartHeight as barHeight,
  readinessLevel,
  shortLabel,
} from '../model/chart-data';

/** Colours chosen for ≥ 3:1 contrast against white (WCAG non-text contrast), distinguishable in greyscale print. */
export const chartColours = {
  firm: '#1d4e89',
  spread: '#8fb3e0',
  parallel: '#6b4c9a',
  parallelSpread: '#c4b2dd',
  cost: '#1d4e89',
  optimised: '#2e7d4f',
  band: '#8fb3e0',
  bandStroke: '#1d4e89',
  axis: '#44505c',
  grid: '#d9dee4',
  readiness: { low: '#b3261e', fair: '#8a5a00', good: '#2e7d4f' },
} as const;

const tick = { fill: chartColours.axis, fontSize: 12 };
/** Below this the category labels and the bars stop being readable; wider screens stretch the chart. */
const MIN_WIDTH = 300;

interface Sized {
  /** A fixed width for tests and print; omitted, the chart follows its container. */
  width?: number;
}

function Frame({ height, width, children }: { height: number; width?: number; children: ReactElement }) {
  return (
    <div className="sw-chart__canvas" aria-hidden="true" style={{ height }}>
      {width !== undefined ? (
        children
      ) : (
        <ResponsiveContainer
          width="100%"
          height={height}
          minWidth={MIN_WIDTH}
          initialDimension={{ width: MIN_WIDTH, height }}
        >
          {children}
        </ResponsiveContainer>
      )}
    </div>
  );
}

const sizeProps = (width: number | undefined, height: number) =>
  width === undefined ? {} : { width, height };
const common = { accessibilityLayer: false, margin: { top: 8, right: 16, bottom: 8, left: 8 } } as const;

/** Gantt-like floating bars: an invisible offset, the shortest duration, then the spread to the latest finish. */
export function PhaseChart({ timeline, width }: { timeline: PhaseTimeline } & Sized) {
  const height = barHeight(timeline.bars.length);
  // Only plain fields: recharts copies row fields onto the SVG paths, and ids would repeat across segments.
  const rows = useMemo(
    () =>
      timeline.bars.map((b) => ({
        name: shortLabel(b.name),
        offset: b.offset,
        firm: b.firm,
        spread: b.spread,
      })),
    [timeline],
  );
  return (
    <Frame height={height} width={width}>
      <BarChart layout="vertical" data={rows} barCategoryGap="25%" {...common} {...sizeProps(width, height)}>
        <CartesianGrid horizontal={false} stroke={chartColours.grid} />
        <XAxis
          type="number"
          domain={[0, Math.max(1, Math.ceil(timeline.span[1]))]}
          allowDecimals={false}
          tick={tick}
          tickFormatter={(v: number) => `${v}w`}
        />
        <YAxis type="category" dataKey="name" width={118} tick={tick} interval={0} />
        <Bar dataKey="offset" stackId="phase" fill="transparent" isAnimationActive={false} />
        <Bar dataKey="firm" stackId="phase" isAnimationActive={false}>
          {timeline.bars.map((b, i) => (
            <Cell key={i} fill={b.parallel ? chartColours.parallel : chartColours.firm} />
          ))}
        </Bar>
        <Bar dataKey="spread" stackId="phase" isAnimationActive={false}>
          {timeline.bars.map((b, i) => (
            <Cell key={i} fill={b.parallel ? chartColours.parallelSpread : chartColours.spread} />
          ))}
        </Bar>
      </BarChart>
    </Frame>
  );
}

/**
 * Min–max cost bars on one scale. A zero-width range still gets a sliver so a fixed figure is visible;
 * the table beside it carries the exact numbers.
 */
export function CostRangeChart({ bars, width }: { bars: CostBar[] } & Sized) {
  const top = Math.max(1, ...bars.map((b) => b.max));
  // Only plain fields: recharts copies row fields onto the SVG paths, and a `label` field is read as a bar label.
  const data = useMemo(
    () =>
      bars.map((b) => ({
        name: b.short,
        offset: b.min,
        spread: Math.max(b.max - b.min, b.max > 0 ? top * 0.01 : 0),
      })),
    [bars, top],
  );
  const height = barHeight(bars.length);
  return (
    <Frame height={height} width={width}>
      <BarChart layout="vertical" data={data} barCategoryGap="25%" {...common} {...sizeProps(width, height)}>
        <CartesianGrid horizontal={false} stroke={chartColours.grid} />
        <XAxis
          type="number"
          domain={[0, top]}
          tick={tick}
          tickFormatter={(v: number) => formatMoney(v)}
          tickCount={4}
        />
        <YAxis type="category" dataKey="name" width={80} tick={tick} interval={0} />
        <Bar dataKey="offset" stackId="cost" fill="transparent" isAnimationActive={false} />
        <Bar dataKey="spread" stackId="cost" isAnimationActive={false}>
          {bars.map((b, i) => (
            <Cell key={i} fill={b.key === 'optimised' ? chartColours.optimised : chartColours.cost} />
          ))}
        </Bar>
      </BarChart>
    </Frame>
  );
}

/** Cumulative first-year spend as a low–high band. */
export function CumulativeCostChart({ points, width }: { points: CumulativePoint[] } & Sized) {
  const height = BAND_CHART_HEIGHT;
  const data = useMemo(() => points.map((p) => ({ month: p.month, band: p.band })), [points]);
  return (
    <Frame height={height} width={width}>
      <AreaChart data={data} {...common} {...sizeProps(width, height)}>
        <CartesianGrid stroke={chartColours.grid} />
        <XAxis
          dataKey="month"
          tick={tick}
          tickFormatter={(m: number) => (m === 0 ? 'Build' : `M${m}`)}
          interval="preserveStartEnd"
        />
        <YAxis tick={tick} tickFormatter={(v: number) => formatMoney(v)} width={56} />
        <Area
          type="linear"
          dataKey="band"
          stroke={chartColours.bandStroke}
          fill={chartColours.band}
          fillOpacity={0.6}
          isAnimationActive={false}
        />
      </AreaChart>
    </Frame>
  );
}

/** Readiness per area on a fixed 0–100 scale, coloured by level (the level is also written in the table). */
export function ReadinessChart({ bars, width }: { bars: ReadinessBar[] } & Sized) {
  const height = barHeight(bars.length);
  const data = useMemo(() => bars.map((b) => ({ name: b.label, score: b.score })), [bars]);
  return (
    <Frame height={height} width={width}>
      <BarChart layout="vertical" data={data} barCategoryGap="25%" {...common} {...sizeProps(width, height)}>
        <CartesianGrid horizontal={false} stroke={chartColours.grid} />
        <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={tick} />
        <YAxis type="category" dataKey="name" width={90} tick={tick} interval={0} />
        <Bar dataKey="score" isAnimationActive={false}>
          {bars.map((b, i) => (
            <Cell key={i} fill={chartColours.readiness[readinessLevel(b.score)]} />
          ))}
        </Bar>
      </BarChart>
    </Frame>
  );
}

export type PlanChartProps =
  | { kind: 'phases'; timeline: PhaseTimeline; width?: number }
  | { kind: 'cost'; bars: CostBar[]; width?: number }
  | { kind: 'cumulative'; points: CumulativePoint[]; width?: number }
  | { kind: 'readiness'; bars: ReadinessBar[]; width?: number };

/**
 * One entry point for every chart, so the page holds a single lazy component: all chart slots wait on the same
 * import and appear together.
 */
export default function PlanChart(props: PlanChartProps) {
  switch (props.kind) {
    case 'phases':
      return <PhaseChart timeline={props.timeline} width={props.width} />;
    case 'cost':
      return <CostRangeChart bars={props.bars} width={props.width} />;
    case 'cumulative':
      return <CumulativeCostChart points={props.points} width={props.width} />;
    case 'readiness':
      return <ReadinessChart bars={props.bars} width={props.width} />;
  }
}
