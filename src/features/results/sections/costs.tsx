import { useMemo } from 'react';
import { formatPercentRange, formatMoney, formatMoneyRange } from '@/domain/format';
import { Heading } from '../heading';
import { Chart } from '../lazy-charts';
import { buildCostBars, cumulativeCostBand, monthlyCostBars } from '../model/chart-data';
import type { ReactNode } from 'react';
import { Why } from '../why';
import { Section, TableWrap, type SectionProps } from './section';

/** `children`: what the page adds to the section (the reader's own figures, where the plan can be edited). */
export function CostsSection({ plan, answers, children }: SectionProps & { children?: ReactNode }) {
  const c = plan.costs;
  const $ = c.currencySymbol;
  const build = useMemo(() => buildCostBars(plan), [plan]);
  const monthly = useMemo(() => monthlyCostBars(plan), [plan]);
  const band = useMemo(() => cumulativeCostBand(plan), [plan]);
  const yearOne = band.at(-1);
  return (
    <Section title="Costs" count={`${formatMoneyRange(c.monthly.total, $)} a month`}>
      <div className="sw-item">
        <p className="sw-lead">
          Build <strong>{formatMoneyRange(c.build, $)}</strong> once, then{' '}
          <strong>{formatMoneyRange(c.monthly.total, $)}</strong> a month. With routing, caching and
          compression, inference could cost {formatMoneyRange(c.optimisedInference.monthly, $)} a month (
          {formatPercentRange(c.optimisedInference.savingPercent)} less).
        </p>
        <Why because={c.because} answers={answers} about="the cost estimate" />
      </div>
      <LowHighTable
        caption={`Cost ranges (${$})`}
        symbol={$}
        rowHeader="Item"
        rows={[...build, ...monthly].map((b) => ({
          key: b.key,
          label: b.key === 'build' ? b.label : `${b.label} (monthly)`,
          low: b.min,
          high: b.max,
        }))}
      />
      <div className="sw-chart-grid">
        <figure className="sw-figure-chart">
          <figcaption>Build cost (one-off)</figcaption>
          <Chart kind="cost" bars={build} symbol={$} />
        </figure>
        <figure className="sw-figure-chart">
          <figcaption>Monthly run cost</figcaption>
          <Chart kind="cost" bars={monthly} symbol={$} />
        </figure>
      </div>
      <figure className="sw-figure-chart">
        <figcaption>
          Cumulative cost over the first year
          {yearOne && <>: {formatMoneyRange(yearOne.band, $)} by month 12</>}
        </figcaption>
        <Chart kind="cumulative" points={band} symbol={$} />
      </figure>
      <LowHighTable
        caption="Cumulative cost by month: build, then each month's run cost added"
        symbol={$}
        rowHeader="Month"
        rows={band.map((p) => ({
          key: String(p.month),
          label: p.month === 0 ? 'Build' : `Month ${p.month}`,
          low: p.low,
          high: p.high,
        }))}
        screenReaderOnly
      />
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
      {children}
    </Section>
  );
}

interface LowHighRow {
  key: string;
  label: string;
  low: number;
  high: number;
}

/** A table of dollar ranges: one row per item, its low and high end. */
function LowHighTable({
  caption,
  rowHeader,
  rows,
  symbol,
  screenReaderOnly,
}: {
  caption: string;
  symbol: string;
  rowHeader: string;
  rows: readonly LowHighRow[];
  screenReaderOnly?: boolean;
}) {
  return (
    <TableWrap caption={caption} numeric screenReaderOnly={screenReaderOnly}>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          <th scope="col">Low</th>
          <th scope="col">High</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td>{formatMoney(r.low, symbol)}</td>
            <td>{formatMoney(r.high, symbol)}</td>
          </tr>
        ))}
      </tbody>
    </TableWrap>
  );
}
