import { useMemo } from 'react';
import { formatPercentRange, formatUsd, formatUsdRange } from '@/domain/format';
import { Heading } from '../heading';
import { Chart } from '../lazy-charts';
import {
  BAND_CHART_HEIGHT,
  barChartHeight,
  buildCostBars,
  cumulativeCostBand,
  monthlyCostBars,
} from '../model/chart-data';
import { Why } from '../why';
import { Section, TableWrap, type SectionProps } from './section';

export function CostsSection({ plan, answers }: SectionProps) {
  const c = plan.costs;
  const build = useMemo(() => buildCostBars(plan), [plan]);
  const monthly = useMemo(() => monthlyCostBars(plan), [plan]);
  const band = useMemo(() => cumulativeCostBand(plan), [plan]);
  const yearOne = band.at(-1);
  return (
    <Section title="Costs">
      <div className="sw-item">
        <p className="sw-lead">
          Build <strong>{formatUsdRange(c.build)}</strong> once, then{' '}
          <strong>{formatUsdRange(c.monthly.total)}</strong> a month. With routing, caching and compression,
          inference could cost {formatUsdRange(c.optimisedInference.monthly)} a month (
          {formatPercentRange(c.optimisedInference.savingPercent)} less).
        </p>
        <Why because={c.because} answers={answers} about="the cost estimate" />
      </div>
      <TableWrap caption="Cost ranges in US dollars" numeric>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Low</th>
            <th scope="col">High</th>
          </tr>
        </thead>
        <tbody>
          {[...build, ...monthly].map((b) => (
            <tr key={b.key}>
              <th scope="row">{b.key === 'build' ? b.label : `${b.label} (monthly)`}</th>
              <td>{formatUsd(b.min)}</td>
              <td>{formatUsd(b.max)}</td>
            </tr>
          ))}
        </tbody>
      </TableWrap>
      <div className="sw-chart-grid">
        <figure className="sw-figure-chart">
          <figcaption>Build cost (one-off)</figcaption>
          <Chart kind="cost" bars={build} height={barChartHeight(build.length)} />
        </figure>
        <figure className="sw-figure-chart">
          <figcaption>Monthly run cost</figcaption>
          <Chart kind="cost" bars={monthly} height={barChartHeight(monthly.length)} />
        </figure>
      </div>
      <figure className="sw-figure-chart">
        <figcaption>
          Cumulative cost over the first year
          {yearOne && <>: {formatUsdRange(yearOne.band)} by month 12</>}
        </figcaption>
        <Chart kind="cumulative" points={band} height={BAND_CHART_HEIGHT} />
      </figure>
      <TableWrap
        caption="Cumulative cost by month: build, then each month's run cost added"
        numeric
        screenReaderOnly
      >
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Low</th>
            <th scope="col">High</th>
          </tr>
        </thead>
        <tbody>
          {band.map((p) => (
            <tr key={p.month}>
              <th scope="row">{p.month === 0 ? 'Build' : `Month ${p.month}`}</th>
              <td>{formatUsd(p.low)}</td>
              <td>{formatUsd(p.high)}</td>
            </tr>
          ))}
        </tbody>
      </TableWrap>
      {c.arithmetic.length > 0 && (
        <>
          <Heading depth={2}>How the figures add up</Heading>
          <ul className="sw-arithmetic">
            {c.arithmetic.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
