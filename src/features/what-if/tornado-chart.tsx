/**
 * The tornado chart of a sensitivity: one bar per answer, from the lowest to the highest the figure reaches when
 * that answer alone changes, centred on the plan as answered. Loaded lazily (recharts is never in the first load
 * or the questionnaire); decoration over the table beside it, which carries the same figures, so the SVG is
 * hidden from assistive technology and has no focusable parts.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { BaseTickContentProps } from 'recharts';
import { tornadoHeight } from './tornado-chart-size';

export interface TornadoBar {
  /** A short name for the axis. */
  name: string;
  /** Lowest and highest, relative to the plan as answered (≤ 0 and ≥ 0). */
  down: number;
  up: number;
}

const colours = { down: '#2e7d4f', up: '#b3261e', axis: '#44505c', grid: '#d9dee4', base: '#1b1f24' };

function tick(format: (v: number) => string, anchor?: 'end') {
  return function Tick({ x, y, textAnchor, payload }: BaseTickContentProps) {
    return (
      <text
        x={x}
        y={y}
        dy={anchor ? '0.35em' : '0.71em'}
        textAnchor={anchor ?? textAnchor}
        fill={colours.axis}
        fontSize={12}
      >
        {typeof payload.value === 'number' ? format(payload.value) : String(payload.value)}
      </text>
    );
  };
}

/** The chart at the width its box measures (a fixed width where nothing can be measured). */
export default function TornadoChart({
  bars,
  format,
}: {
  bars: TornadoBar[];
  format: (v: number) => string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(typeof ResizeObserver === 'undefined' ? 640 : 0);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => setWidth(Math.floor(entries[0]?.contentRect.width ?? 0)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const height = tornadoHeight(bars.length);
  const data = useMemo(() => bars.map((b) => ({ name: b.name, down: b.down, up: b.up })), [bars]);
  const extent = Math.max(1, ...bars.map((b) => Math.max(-b.down, b.up)));
  const nameTick = useMemo(() => tick(String, 'end'), []);
  const valueTick = useMemo(
    () => tick((v) => (v === 0 ? 'as answered' : `${v > 0 ? '+' : '−'}${format(Math.abs(v))}`)),
    [format],
  );
  return (
    <div ref={ref} className="wi-chart" aria-hidden="true" style={{ height }}>
      {width > 0 ? (
        <BarChart
          layout="vertical"
          data={data}
          width={width}
          height={height}
          stackOffset="sign"
          barCategoryGap="25%"
          accessibilityLayer={false}
          margin={{ top: 8, right: 40, bottom: 8, left: 8 }}
        >
          <CartesianGrid horizontal={false} stroke={colours.grid} />
          <XAxis
            type="number"
            domain={[-extent, extent]}
            ticks={[-extent, -extent / 2, 0, extent / 2, extent]}
            tick={valueTick}
            interval={0}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={Math.min(200, width * 0.4)}
            tick={nameTick}
            interval={0}
          />
          <ReferenceLine x={0} stroke={colours.base} />
          <Bar dataKey="down" stackId="t" fill={colours.down} isAnimationActive={false} />
          <Bar dataKey="up" stackId="t" fill={colours.up} isAnimationActive={false} />
        </BarChart>
      ) : null}
    </div>
  );
}
