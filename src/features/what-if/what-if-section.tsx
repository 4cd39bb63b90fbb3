/**
 * "What decides this plan" and "What moves the figures most" on the results page: the decisive answers of the
 * approach, the hosting and each blocker, and the sensitivity of the build cost, the monthly cost and the
 * timeline as a tornado chart with its table. Everything shown comes from the engine's what-if analysis; this
 * only lays it out. Each flip and each extreme can be tried as a scenario in the comparison below.
 */
import { Component, lazy, Suspense, useId, useRef, useState, type ReactNode } from 'react';
import { useNearViewport } from '@/components/ui/near-viewport';
import { formatMoney, formatMoneyRange, formatWeeksRange } from '@/domain/format';
import type { Decisive, Plan } from '@/domain/plan';
import type { Range } from '@/domain/range';
import { formatAnswer, isAnswered, questionById, type Answers } from '@/domain/questions';
import { approachLabels, hostingLabels } from '@/engine/labels';
import {
  decisiveValueShort,
  type Changes,
  type Metric,
  type SensitivityRow,
  type WhatIfAnalysis,
  type WhatIfProgress,
} from '@/engine/what-if';
import { NAME_MAX } from './scenario-store';
import { tornadoHeight } from './tornado-chart-size';
import './what-if.css';

const TornadoChart = lazy(() => import('./tornado-chart'));

type Level = 2 | 3;
const H = ({ level, id, children }: { level: Level; id?: string; children: ReactNode }) =>
  level === 2 ? <h2 id={id}>{children}</h2> : <h3 id={id}>{children}</h3>;
const Sub = ({ level, children }: { level: Level; children: ReactNode }) =>
  level === 2 ? <h3>{children}</h3> : <h4>{children}</h4>;

export interface WhatIfSectionProps {
  plan: Plan;
  /** The answers the plan was worked out from. */
  answers: Answers;
  analysis: WhatIfAnalysis | undefined;
  progress: WhatIfProgress;
  /** Heading level of the two sections. */
  level?: Level;
  /** Try a variation as a scenario of the comparison (absent on a read-only shared plan). */
  onTry?: (changes: Changes, name: string) => void;
}

type Group = 'approach' | 'hosting' | 'blocker';

/** What a decisive answer does, said from its group's point of view (the rest is a side effect). */
function outcome(d: Decisive, group: Group, blockerId?: string): string {
  if (group === 'approach')
    return `${approachLabels[d.becomes.approach!]}${d.becomes.hosting ? `, on ${lowerFirst(hostingLabels[d.becomes.hosting])}` : ''}`;
  if (group === 'hosting') return hostingLabels[d.becomes.hosting!];
  const others = (d.becomes.clears ?? []).filter((b) => b !== blockerId).length;
  return others ? `clears it (and ${others} more)` : 'clears it';
}
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * A scenario's name for a variation: its question and the value it takes, within the length a name may have. The
 * value is what tells two scenarios apart, so the question is shortened first.
 */
export function scenarioName(question: string, value: string): string {
  const label = question.replace(/\?$/, '');
  const v = value.length > 36 ? `${value.slice(0, 35).trimEnd()}…` : value;
  const room = NAME_MAX - 2 - v.length;
  return `${label.length > room ? `${label.slice(0, room - 1).trimEnd()}…` : label}: ${v}`;
}

/** The decisive answers of one group, by question: each other value and what it leads to. */
function DecisiveList({
  items,
  group,
  blockerId,
  answers,
  messages,
  onTry,
}: {
  items: Decisive[];
  group: Group;
  blockerId?: string;
  answers: Answers;
  messages: Readonly<Record<string, string>>;
  onTry: WhatIfSectionProps['onTry'];
}) {
  if (!items.length) return <p className="wi-empty">No single answer changes it.</p>;
  const byQuestion = new Map<string, Decisive[]>();
  for (const d of items) byQuestion.set(d.questionId, [...(byQuestion.get(d.questionId) ?? []), d]);
  return (
    <dl className="wi-decisive">
      {[...byQuestion].map(([id, ds]) => {
        const q = questionById.get(id)!;
        const now = answers[id];
        return (
          <div key={id}>
            <dt>
              {q.label}{' '}
              <span className="wi-muted">Now: {isAnswered(now) ? formatAnswer(q, now) : 'not answered'}</span>
            </dt>
            {ds.map((d, i) => {
              const value = decisiveValueShort(q, d, now);
              const raises = (d.becomes.raises ?? []).map((b) => messages[b] ?? b);
              return (
                <dd key={i}>
                  <span>
                    {value} → <strong>{outcome(d, group, blockerId)}</strong>
                    {raises.length ? (
                      <span className="wi-side">
                        Also raises {raises.length === 1 ? 'a blocker' : `${raises.length} blockers`}:{' '}
                        {raises.join(' ')}
                      </span>
                    ) : null}
                    {d.unanswered?.length ? (
                      <span className="wi-side">
                        Then also asks: {d.unanswered.map((u) => questionById.get(u)?.label ?? u).join('; ')}
                      </span>
                    ) : null}
                  </span>
                  {onTry ? (
                    <button
                      type="button"
                      className="secondary small"
                      aria-label={`Compare: ${q.label} ${value}`}
                      onClick={() => onTry({ [d.questionId]: d.value }, scenarioName(q.label, value))}
                    >
                      Compare
                    </button>
                  ) : null}
                </dd>
              );
            })}
          </div>
        );
      })}
    </dl>
  );
}

function Progress({ progress }: { progress: WhatIfProgress }) {
  return (
    <p className="wi-progress" role="status">
      Working the plan out again for every other answer…
      {progress.total ? ` ${progress.done} of ${progress.total} answers examined.` : ''}
    </p>
  );
}

export function WhatIfSection({ plan, answers, analysis, progress, level = 2, onTry }: WhatIfSectionProps) {
  const headingId = useId();
  const blockers = plan.warnings.filter((w) => w.level === 'blocker');
  const decisive = analysis?.decisive ?? [];
  const common = { answers, messages: analysis?.blockerMessages ?? {}, onTry };
  return (
    <>
      <section className="sw-section wi-section" aria-labelledby={headingId}>
        <H level={level} id={headingId}>
          What decides this plan
        </H>
        <p>
          The answers that would change the recommendation if they were different, found by working the plan
          out again for every other option of each answer and, for numbers and dates, by searching for the
          value where it changes.
        </p>
        {!analysis ? (
          <Progress progress={progress} />
        ) : (
          <>
            <Sub level={level}>The approach: {plan.approach.label}</Sub>
            <DecisiveList items={decisive.filter((d) => d.becomes.approach)} group="approach" {...common} />
            <Sub level={level}>The hosting: {plan.model.hostingLabel}</Sub>
            <DecisiveList
              items={decisive.filter((d) => !d.becomes.approach && d.becomes.hosting)}
              group="hosting"
              {...common}
            />
            {blockers.map((b) => (
              <div key={b.id}>
                <Sub level={level}>Blocker: {b.message}</Sub>
                <DecisiveList
                  items={decisive.filter((d) => d.becomes.clears?.includes(b.id))}
                  group="blocker"
                  blockerId={b.id}
                  {...common}
                />
              </div>
            ))}
          </>
        )}
      </section>
      <SensitivitySection analysis={analysis} progress={progress} level={level} onTry={onTry} />
    </>
  );
}

const metricNames: Record<Metric, string> = {
  build: 'Build cost',
  monthly: 'Monthly run cost',
  weeks: 'Timeline',
};
/** How many answers the chart and table show. */
const TOP = 8;

/** The chart, loaded and drawn once scrolled near: opening a plan does not wait for a chart far below it. */
function WhenNear({ height, children }: { height: number; children: ReactNode }) {
  const slot = useRef<HTMLDivElement>(null);
  const near = useNearViewport(slot);
  const loading = (
    <p className="wi-chart-loading" style={{ minHeight: height }}>
      Loading chart…
    </p>
  );
  return (
    <div ref={slot}>
      <Suspense fallback={loading}>{near ? children : loading}</Suspense>
    </div>
  );
}

function SensitivitySection({
  analysis,
  progress,
  level,
  onTry,
}: {
  analysis: WhatIfAnalysis | undefined;
  progress: WhatIfProgress;
  level: Level;
  onTry: WhatIfSectionProps['onTry'];
}) {
  const headingId = useId();
  const groupName = useId();
  const [metric, setMetric] = useState<Metric>('build');
  const s = analysis?.sensitivity;
  const show = (r: Range) =>
    metric === 'weeks' ? formatWeeksRange(r) : formatMoneyRange(r, s?.currencySymbol ?? '$');
  const swing = (n: number) =>
    metric === 'weeks'
      ? `${Math.round(n * 2) / 2} weeks`
      : `${formatMoney(n, s?.currencySymbol ?? '$')}${metric === 'monthly' ? ' a month' : ''}`;
  const rows = s?.rows[metric].slice(0, TOP) ?? [];
  const base = s ? (s.base[metric][0] + s.base[metric][1]) / 2 : 0;
  return (
    <section className="sw-section wi-section" aria-labelledby={headingId}>
      <H level={level} id={headingId}>
        What moves the figures most
      </H>
      <p>
        Each answer changed on its own (every other option; numbers halved and increased by half; “not sure”),
        with everything else as answered. A bar runs from the lowest to the highest middle of the range that
        answer alone reaches.
      </p>
      <fieldset className="wi-metrics">
        <legend>Figure</legend>
        {(Object.keys(metricNames) as Metric[]).map((m) => (
          <label key={m}>
            <input
              type="radio"
              name={groupName}
              value={m}
              checked={metric === m}
              onChange={() => setMetric(m)}
            />
            {metricNames[m]}
          </label>
        ))}
      </fieldset>
      {!s ? (
        <Progress progress={progress} />
      ) : rows.length === 0 ? (
        <p className="wi-empty">No single answer moves the {metricNames[metric].toLowerCase()}.</p>
      ) : (
        <>
          <p>
            As answered: <strong>{show(s.base[metric])}</strong>.
          </p>
          <ChartBoundary height={tornadoHeight(rows.length)}>
            <WhenNear height={tornadoHeight(rows.length)}>
              <TornadoChart
                bars={rows.map((r) => ({
                  name: shortLabel(r),
                  down: r.low.value - base,
                  up: r.high.value - base,
                }))}
                format={(v) => swing(v)}
              />
            </WhenNear>
          </ChartBoundary>
          <div className="sw-table-wrap" role="region" aria-labelledby={`${headingId}-caption`} tabIndex={0}>
            <table className="sw-table">
              <caption id={`${headingId}-caption`}>
                {metricNames[metric]}: the {rows.length} answers that move it most
              </caption>
              <thead>
                <tr>
                  <th scope="col">Answer</th>
                  <th scope="col">Now</th>
                  <th scope="col">Lowest</th>
                  <th scope="col">Highest</th>
                  <th scope="col">Spread</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.label}</th>
                    <td>{r.current}</td>
                    <Extreme row={r} side="low" show={show} onTry={onTry} />
                    <Extreme row={r} side="high" show={show} onTry={onTry} />
                    <td>{swing(r.swing)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function Extreme({
  row,
  side,
  show,
  onTry,
}: {
  row: SensitivityRow;
  side: 'low' | 'high';
  show: (r: Range) => string;
  onTry: WhatIfSectionProps['onTry'];
}) {
  const p = row[side];
  const asAnswered = Object.keys(p.changes).length === 0;
  return (
    <td>
      {show(p.range)} <span className="wi-muted">({p.label})</span>
      {onTry && !asAnswered ? (
        <>
          {' '}
          <button
            type="button"
            className="link"
            aria-label={`Compare: ${row.label} ${p.label}`}
            onClick={() => onTry(p.changes, scenarioName(row.label, p.label))}
          >
            Compare
          </button>
        </>
      ) : null}
    </td>
  );
}

/** The chart's axis has room for a few words: the question without its question mark, cut short. */
const shortLabel = (r: SensitivityRow): string => {
  const t = r.label.replace(/\?$/, '');
  return t.length > 26 ? `${t.slice(0, 25)}…` : t;
};

/** A chart that cannot load (offline before it was ever fetched) says so; the table has the same figures. */
class ChartBoundary extends Component<{ height: number; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? (
      <p className="wi-chart-loading" style={{ minHeight: this.props.height }}>
        The chart could not be loaded (offline?). The table has the same figures.
      </p>
    ) : (
      this.props.children
    );
  }
}
