/**
 * The recharts charts of the results page. Loaded lazily (see `lazy-charts.tsx`) so the questionnaire's first
 * load never includes recharts, and drawn at the width their slot measured, one chart per task. Every chart is
 * decoration over a table that carries the same figures, so the SVGs are hidden from assistive technology and
 * have no focusable parts.
 *
 * Tick labels are drawn as plain SVG text with a numeric `interval`: recharts' own tick text measures every
 * label through a hidden DOM element, and each measurement forces a layout of the whole page.
 */
import { useMemo, type ReactElement } from 'react';
import { Area, AreaChart, Bar, BarChart, CartesianGrid, Cell, XAxis, YAxis } from 'recharts';
import type { BaseTickContentProps } from 'recharts';
import { formatMoney } from '@/domain/format';
import type { CostBar, CumulativePoint, ReadinessBar } from '../model/chart-data';
import { BAND_CHART_HEIGHT, barChartHeight as barHeight, readinessLevel } from '../model/chart-data';

/** Colours chosen for ≥ 3:1 contrast against white (WCAG non-text contrast), distinguishable in greyscale print. */
export const chartColours = {
  cost: '#1d4e89',
  optimised: '#2e7d4f',
  band: '#8fb3e0',
  bandStroke: '#1d4e89',
  axis: '#44505c',
  grid: '#d9dee4',
  readiness: { low: '#b3261e', fair: '#8a5a00', good: '#2e7d4f' },
} as const;

const TICK_FONT = 12;

/** Tick text as plain SVG text: no measuring, no wrapping (every label here is one or two short words). */
function tickText(format: (value: number) => string = String, dy = '0.35em') {
  return function Tick({ x, y, textAnchor, payload }: BaseTickContentProps) {
    return (
      <text x={x} y={y} dy={dy} textAnchor={textAnchor} fill={chartColours.axis} fontSize={TICK_FONT}>
        {typeof payload.value === 'number' ? format(payload.value) : String(payload.value)}
      </text>
    );
  };
}
const categoryTick = tickText();
/** Amounts on an axis, in the plan's currency. */
const moneyTick = (symbol: string) => tickText((v) => formatMoney(v, symbol), '0.71em');
const plainNumberTick = tickText(String, '0.71em');
const monthTick = tickText((m) => (m === 0 ? 'Build' : `M${m}`), '0.71em');

interface Sized {
  /** The width the slot measured (or a fixed one in tests and print). */
  width: number;
}

function Frame({ height, children }: { height: number; children: ReactElement }) {
  return (
    <div className="sw-chart__canvas" aria-hidden="true" style={{ height }}>
      {children}
    </div>
  );
}

const common = { accessibilityLayer: false, margin: { top: 8, right: 16, bottom: 8, left: 8 } } as const;

/**
 * Min–max cost bars on one scale. A zero-width range still gets a sliver so a fixed figure is visible;
 * the table beside it carries the exact numbers.
 */
export function CostRangeChart({ bars, symbol, width }: { bars: CostBar[]; symbol: string } & Sized) {
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
    <Frame height={height}>
      <BarChart layout="vertical" data={data} barCategoryGap="25%" {...common} width={width} height={height}>
        <CartesianGrid horizontal={false} stroke={chartColours.grid} />
        <XAxis type="number" domain={[0, top]} tick={moneyTick(symbol)} tickCount={4} interval={0} />
        <YAxis type="category" dataKey="name" width={80} tick={categoryTick} interval={0} />
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
export function CumulativeCostChart({
  points,
  symbol,
  width,
}: { points: CumulativePoint[]; symbol: string } & Sized) {
  const height = BAND_CHART_HEIGHT;
  const data = useMemo(() => points.map((p) => ({ month: p.month, band: p.band })), [points]);
  return (
    <Frame height={height}>
      <AreaChart data={data} {...common} width={width} height={height}>
        <CartesianGrid stroke={chartColours.grid} />
        {/* Every other month on a phone, every month when there is room: a fixed interval, never measured. */}
        <XAxis dataKey="month" tick={monthTick} interval={width < 480 ? 1 : 0} />
        <YAxis tick={moneyTick(symbol)} width={56} interval={0} />
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
    <Frame height={height}>
      <BarChart layout="vertical" data={data} barCategoryGap="25%" {...common} width={width} height={height}>
        <CartesianGrid horizontal={false} stroke={chartColours.grid} />
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          tick={plainNumberTick}
          interval={0}
        />
        <YAxis type="category" dataKey="name" width={90} tick={categoryTick} interval={0} />
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
  | { kind: 'cost'; bars: CostBar[]; symbol: string }
  | { kind: 'cumulative'; points: CumulativePoint[]; symbol: string }
  | { kind: 'readiness'; bars: ReadinessBar[] };

/** One entry point for every chart, so the page holds a single lazily loaded module. */
export default function PlanChart(props: PlanChartProps & Sized) {
  switch (props.kind) {
    case 'cost':
      return <CostRangeChart bars={props.bars} symbol={props.symbol} width={props.width} />;
    case 'cumulative':
      return <CumulativeCostChart points={props.points} symbol={props.symbol} width={props.width} />;
    case 'readiness':
      return <ReadinessChart bars={props.bars} width={props.width} />;
  }
}
