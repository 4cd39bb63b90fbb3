// @vitest-environment jsdom
import { render } from '@testing-library/react';
import PlanChart from '@/features/results/charts/plan-charts';
import {
  buildCostBars,
  buildPhaseTimeline,
  cumulativeCostBand,
  monthlyCostBars,
  readinessBars,
} from '@/features/results/model/chart-data';
import { claimsPlan } from '../../support/plan-fixture';

// Fixed widths: jsdom has no layout, so the responsive path would measure zero.
const width = 360;
const plan = claimsPlan();

const renderChart = (ui: React.ReactElement) => {
  const { container } = render(ui);
  const canvas = container.querySelector('.sw-chart__canvas')!;
  return { canvas, svg: canvas.querySelector('svg') };
};

describe('plan charts (recharts, fixed size)', () => {
  it('draws one floating bar per phase and hides the SVG from assistive technology', () => {
    const { canvas, svg } = renderChart(
      <PlanChart kind="phases" timeline={buildPhaseTimeline(plan)} width={width} />,
    );
    expect(canvas).toHaveAttribute('aria-hidden', 'true');
    expect(svg).not.toBeNull();
    // Nothing in the hidden SVG may be reachable with Tab, and row ids must not leak into the page as DOM ids.
    const tabbable = [...canvas.querySelectorAll('[tabindex]')].filter(
      (e) => e.getAttribute('tabindex') !== '-1',
    );
    expect(tabbable).toEqual([]);
    expect(canvas.querySelector('#discovery')).toBeNull();
    // The week axis runs to the latest finish (12 weeks in the fixture).
    expect(canvas).toHaveTextContent('12w');
    // Solid and light segments for each of the four phases (the transparent offsets are not counted).
    const visible = [...canvas.querySelectorAll('.recharts-bar-rectangle path')].filter(
      (p) => p.getAttribute('fill') !== 'transparent',
    );
    expect(visible.length).toBeGreaterThanOrEqual(4);
  });

  it.each([
    ['build cost', <PlanChart key="b" kind="cost" bars={buildCostBars(plan)} width={width} />, 1],
    ['monthly cost', <PlanChart key="m" kind="cost" bars={monthlyCostBars(plan)} width={width} />, 3],
    ['readiness', <PlanChart key="r" kind="readiness" bars={readinessBars(plan)} width={width} />, 4],
  ])('draws the %s bars', (_name, ui, atLeast) => {
    const { svg, canvas } = renderChart(ui);
    expect(svg).toHaveAttribute('width', String(width));
    const visible = [...canvas.querySelectorAll('.recharts-bar-rectangle path')].filter(
      (p) => p.getAttribute('fill') !== 'transparent',
    );
    // Monthly: hosting is $0 in the fixture and draws nothing; inference, total and optimised do.
    expect(visible.length).toBeGreaterThanOrEqual(atLeast);
  });

  it('draws the cumulative band', () => {
    const { canvas } = renderChart(
      <PlanChart kind="cumulative" points={cumulativeCostBand(plan)} width={width} />,
    );
    expect(canvas.querySelector('.recharts-area-area')).not.toBeNull();
  });

  it('renders an empty timeline without crashing', () => {
    const empty = claimsPlan({ timeline: { ...plan.timeline, phases: [] } });
    const { svg } = renderChart(
      <PlanChart kind="phases" timeline={buildPhaseTimeline(empty)} width={width} />,
    );
    expect(svg).not.toBeNull();
  });
});
