/**
 * The lazy handle on the recharts module: one dynamic import behind one lazy component, so the chunk loads once,
 * only when a results page renders, and never with the questionnaire.
 */
import { lazy, Suspense } from 'react';
import type { PlanChartProps } from './charts/plan-charts';

const LazyPlanChart = lazy(() => import('./charts/plan-charts'));

/** A chart with a text placeholder that reserves the chart's height while the module loads. */
export function Chart({ height, ...props }: PlanChartProps & { height: number }) {
  return (
    <div className="sw-chart">
      <Suspense
        fallback={
          <p className="sw-chart__loading" style={{ minHeight: height }}>
            Loading chart…
          </p>
        }
      >
        <LazyPlanChart {...(props as PlanChartProps)} />
      </Suspense>
    </div>
  );
}
