import { useMemo } from 'react';
import { formatShareRange, formatWeeksRange } from '@/domain/format';
import { countRange, personWeeks, teamSentence } from '@/domain/plan-text';
import { PhaseGantt } from '../charts/phase-gantt';
import { buildPhaseTimeline } from '../model/chart-data';
import { Why } from '../why';
import { counted, Empty, Section, TableWrap, type SectionProps } from './section';

export function TimelineSection({ plan, answers }: SectionProps) {
  const t = plan.timeline;
  const layout = useMemo(() => buildPhaseTimeline(plan), [plan]);
  const totalText = formatWeeksRange(t.totalWeeks);
  const phaseOf = (id: string) => t.phases.find((p) => p.id === id);
  return (
    <Section title="Timeline" count={counted(t.phases.length, 'phase')}>
      <div className="sw-item">
        <p className="sw-lead">
          <strong>{totalText}</strong> in total
          {/* Months are rounded: give the exact weeks beside them. */}
          {totalText.endsWith('months') && <> ({rangeText(t.totalWeeks, 'weeks')})</>}, of which data
          preparation takes {formatShareRange(t.dataPrepShare)} of the work ({personWeeks(t.effort)} in all).
        </p>
        <p>{teamSentence(t.team)}</p>
        <Why because={t.because} answers={answers} about="the total timeline" />
      </div>
      {layout.bars.length === 0 ? (
        <Empty>No phases yet: answer the remaining questions for a phase plan.</Empty>
      ) : (
        <>
          <PhaseGantt timeline={layout} />
          <p className="sw-chart__legend" aria-hidden="true">
            <span className="sw-legend-item">
              <span className="sw-key sw-key--short" /> if every phase takes its shortest estimate
            </span>{' '}
            <span className="sw-legend-item">
              <span className="sw-key sw-key--long" /> if every phase takes its longest
            </span>{' '}
            {layout.bars.some((b) => b.parallel) && (
              <span className="sw-legend-item">
                <span className="sw-key sw-key--parallel" /> runs in parallel
              </span>
            )}
          </p>
          <TableWrap caption="Phases, in weeks from the start (earliest–latest)" numeric>
            <thead>
              <tr>
                <th scope="col">Phase</th>
                <th scope="col">Duration</th>
                <th scope="col">Work</th>
                <th scope="col">People</th>
                <th scope="col">Starts</th>
                <th scope="col">Ends</th>
              </tr>
            </thead>
            <tbody>
              {layout.bars.map((b) => (
                <tr key={b.id}>
                  <th scope="row">
                    {b.name}
                    {b.parallel && <span className="sw-table__note"> (in parallel)</span>}
                  </th>
                  <td>{rangeText(b.weeks, 'wk')}</td>
                  <td>{phaseOf(b.id) && personWeeks(phaseOf(b.id)!.effort)}</td>
                  <td>{phaseOf(b.id) && countRange(phaseOf(b.id)!.staff)}</td>
                  <td>{rangeText(b.start, 'wk')}</td>
                  <td>{rangeText(b.end, 'wk')}</td>
                </tr>
              ))}
            </tbody>
          </TableWrap>
          <ul className="sw-list sw-list--compact">
            {layout.bars.map((b) => {
              const phase = t.phases.find((p) => p.id === b.id);
              return phase && phase.because.length > 0 ? (
                <li key={b.id} className="sw-item">
                  <p>
                    <strong>{b.name}</strong>: {formatWeeksRange(b.weeks)}
                  </p>
                  <Why because={phase.because} answers={answers} about={b.name} />
                </li>
              ) : null;
            })}
          </ul>
        </>
      )}
    </Section>
  );
}

const rangeText = ([a, b]: [number, number], unit: string): string =>
  a === b ? `${a} ${unit}` : `${a}–${b} ${unit}`;
