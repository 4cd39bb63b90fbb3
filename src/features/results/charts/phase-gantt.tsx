/**
 * The phase timeline as a Gantt chart in plain HTML and CSS. Each phase gets two bars on one week axis: where it
 * runs if every phase takes its shortest estimate, and where it runs if every phase takes its longest. Each bar
 * is exactly as long as the phase itself in that case, so no phase appears to last longer than it does.
 *
 * Not a recharts chart: a Gantt is bars at percentages of one axis, which CSS lays out without measuring text;
 * phase names wrap like any other text instead of being cut to fit an axis; and the chart draws with the page,
 * with no chart library to load. Like every chart on the page it is hidden from assistive technology: the
 * phase table beside it carries the same figures.
 */
import { formatWeeksExact } from '@/domain/format';
import type { PhaseTimeline } from '../model/chart-data';

const percent = (weeks: number, top: number): string => `${(Math.max(0, weeks) / top) * 100}%`;

export function PhaseGantt({ timeline }: { timeline: PhaseTimeline }) {
  const { top, ticks } = timeline.axis;
  return (
    <div className="sw-gantt" aria-hidden="true">
      <ul className="sw-gantt__rows">
        {timeline.bars.map((b) => (
          <li key={b.id} className={`sw-gantt__row${b.parallel ? ' sw-gantt__row--parallel' : ''}`}>
            <span className="sw-gantt__label">
              <span className="sw-gantt__name">{b.name}</span>{' '}
              <span className="sw-gantt__weeks">{formatWeeksExact(b.weeks)}</span>
            </span>
            <span className="sw-gantt__track">
              <span
                className="sw-gantt__bar sw-gantt__bar--short"
                style={{ left: percent(b.start[0], top), width: percent(b.weeks[0], top) }}
              />
              <span
                className="sw-gantt__bar sw-gantt__bar--long"
                style={{ left: percent(b.start[1], top), width: percent(b.weeks[1], top) }}
              />
            </span>
          </li>
        ))}
      </ul>
      <div className="sw-gantt__axis">
        <span className="sw-gantt__axis-track">
          {ticks.map((t) => (
            <span key={t} className="sw-gantt__tick" style={{ left: percent(t, top) }}>
              {t}
            </span>
          ))}
        </span>
      </div>
      <p className="sw-gantt__unit">weeks from the start</p>
    </div>
  );
}
