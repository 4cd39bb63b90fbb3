// @vitest-environment jsdom
import { render } from '@testing-library/react';
import PlanChart from '@/features/results/charts/plan-charts';
import {
  buildCostBars,
  cumulativeCostBand,
  monthlyCostBars,
  readinessBars,
} from '@/features/results/model/chart-data';
import { claimsPlan } from '../../support/plan-fixture';

// jsdom has no layout: the slot would measure nothing, so the charts get a width as the slot gives them one.
const width = 360;
const plan = claimsPlan();

const renderChart = (ui: React.ReactElement) => {
  const { container } = render(ui);
  const canvas = container.querySelector('.sw-chart__canvas')!;
  return { canvas, svg: canvas.querySelector('svg') };
};

describe('plan charts (recharts, fixed size)', () => {
  it('hides the SVG from assistive technology and leaves nothing in it to tab to', () => {
    const { canvas, svg } = renderChart(
      <PlanChart kind="cost" symbol="$" bars={monthlyCostBars(plan)} width={width} />,
    );
    expect(canvas).toHaveAttribute('aria-hidden', 'true');
    expect(svg).not.toBeNull();
    const tabbable = [...canvas.querySelectorAll('[tabindex]')].filter(
      (e) => e.getAttribute('tabindex') !== '-1',
    );
    expect(tabbable).toEqual([]);
    // Tick labels are drawn by the chart itself, in full.
    expect(canvas).toHaveTextContent('Inference');
    expect(canvas).toHaveTextContent('Optimised');
  });

  it.each([
    ['build cost', <PlanChart key="b" kind="cost" symbol="$" bars={buildCostBars(plan)} width={width} />, 1],
    [
      'monthly cost',
      <PlanChart key="m" kind="cost" symbol="$" bars={monthlyCostBars(plan)} width={width} />,
      3,
    ],
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
      <PlanChart kind="cumulative" symbol="$" points={cumulativeCostBand(plan)} width={width} />,
    );
    expect(canvas.querySelector('.recharts-area-area')).not.toBeNull();
  });
});
