/**
 * Chart slots for the recharts charts. A slot reserves its chart's height and draws the chart only when it is
 * needed and cheap to draw:
 * - when it comes near the viewport (or the page is printed), so a phone opening a plan lays out none of them;
 * - at the width it measured itself, so a chart is laid out once, not once per ResizeObserver round trip;
 * - one chart per task: recharts lays a chart out in one go, and several charts committed together would make
 *   one long task.
 * The module (recharts) loads once, when the first slot comes near or the browser is idle after the results
 * appear, so it is cached for offline use by then. If it cannot load (offline before it was ever fetched), the
 * slot says so; the table beside every chart carries the same figures.
 */
import { startTransition, useEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import { useNearViewport } from '@/components/ui/near-viewport';
import type { PlanChartProps } from './charts/plan-charts';
import { BAND_CHART_HEIGHT, barChartHeight } from './model/chart-data';
import { usePrinting } from './printing';

type ChartsModule = typeof import('./charts/plan-charts');

// ---- the module, loaded once and shared by every slot ----
let chartsModule: ChartsModule | undefined;
let chartsFailed = false;
let loading: Promise<void> | undefined;
const moduleListeners = new Set<() => void>();

function loadCharts(): void {
  loading ??= import('./charts/plan-charts').then(
    (m) => {
      chartsModule = m;
      chartsFailed = false;
      moduleListeners.forEach((l) => l());
    },
    () => {
      // Tell the slots, and let a later slot (back online) try again.
      chartsFailed = true;
      loading = undefined;
      moduleListeners.forEach((l) => l());
    },
  );
}

const subscribeModule = (l: () => void) => {
  moduleListeners.add(l);
  return () => moduleListeners.delete(l);
};
const moduleState = () => (chartsModule ? 'ready' : chartsFailed ? 'failed' : 'loading');

/** Starts loading the charts when the browser is idle: the page is up, and they will be there when scrolled to. */
export function useChartsWhenIdle(): void {
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(loadCharts, { timeout: 4000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(loadCharts, 1500);
    return () => clearTimeout(id);
  }, []);
}

// ---- one chart drawn per task ----
const waiting: (() => void)[] = [];
let drawing = false;

function nextTurn(): void {
  if (drawing) return;
  const grant = waiting.shift();
  if (!grant) return;
  drawing = true;
  grant();
}

/** Queues a slot for its turn to draw; the returned function takes it out of the queue again. */
function requestTurn(grant: () => void): () => void {
  waiting.push(grant);
  setTimeout(nextTurn, 0);
  return () => {
    const i = waiting.indexOf(grant);
    if (i >= 0) waiting.splice(i, 1);
  };
}

/** The chart that had the turn has committed: the next one may draw, in a task of its own. */
function turnDone(): void {
  drawing = false;
  setTimeout(nextTurn, 0);
}

// ---- where the slot is ----
/** Without layout (tests), charts draw at a fixed width. */
const FALLBACK_WIDTH = 640;
/**
 * Paper cannot wait for a slot to be laid out and measured (a section not scrolled to yet has no width): such a
 * chart is drawn at this width and scales to the printed column through its viewBox (see the print styles).
 */
const PRINT_WIDTH = 480;

/** The element's content width in whole pixels, once known; undefined while it has none (not laid out yet). */
function useWidth(ref: RefObject<HTMLElement | null>): number | undefined {
  const [width, setWidth] = useState<number | undefined>(() =>
    typeof ResizeObserver === 'undefined' ? FALLBACK_WIDTH : undefined,
  );
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      setWidth(w > 0 ? w : undefined);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}

export function chartHeight(props: PlanChartProps): number {
  switch (props.kind) {
    case 'cost':
    case 'readiness':
      return barChartHeight(props.bars.length);
    case 'cumulative':
      return BAND_CHART_HEIGHT;
  }
}

/** A chart, drawn when needed, with a placeholder of the same height until then. */
export function Chart(props: PlanChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref);
  const printing = usePrinting();
  const near = useNearViewport(ref) || printing;
  const state = useSyncExternalStore(subscribeModule, moduleState, moduleState);
  const [granted, setGranted] = useState(false);

  useEffect(() => {
    if (near) loadCharts();
  }, [near]);

  const drawWidth = width ?? (printing ? PRINT_WIDTH : undefined);
  const ready = near && state === 'ready' && drawWidth !== undefined;
  // Paper cannot wait for turns: printing draws every chart whose module is there.
  const draw = ready && (granted || printing);

  // Whether this slot holds the turn: set when granted, cleared once its chart has committed (or it unmounted).
  const holdsTurn = useRef(false);
  useEffect(() => {
    if (!ready || granted || printing) return;
    return requestTurn(() => {
      holdsTurn.current = true;
      // A transition: React renders the chart in slices, yielding to the browser, and commits it at the end.
      startTransition(() => setGranted(true));
    });
  }, [ready, granted, printing]);

  useEffect(() => {
    if (granted && holdsTurn.current) {
      holdsTurn.current = false;
      turnDone();
    }
  }, [granted]);
  useEffect(
    () => () => {
      if (holdsTurn.current) turnDone();
    },
    [],
  );

  const height = chartHeight(props);
  const Drawn = chartsModule?.default;
  return (
    <div className="sw-chart" ref={ref}>
      {draw && Drawn && drawWidth !== undefined ? (
        <Drawn {...props} width={drawWidth} />
      ) : state === 'failed' ? (
        <p className="sw-chart__unavailable" style={{ minHeight: height }}>
          The chart could not be loaded (offline?). The table has the same figures.
        </p>
      ) : (
        <p className="sw-chart__loading" style={{ minHeight: height }}>
          Loading chart…
        </p>
      )}
    </div>
  );
}
