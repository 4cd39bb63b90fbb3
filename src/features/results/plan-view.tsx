/**
 * The results page. Headline first (blockers before anything else), then every part of the plan, each item
 * with a "Why?" that traces it back to rules, answers and sources. Everything the user typed is rendered as
 * React text, never as markup.
 */
import { useId, useMemo, type ReactNode } from 'react';
import type { Plan } from '@/domain/plan';
import type { Answers } from '@/domain/questions';
import { Heading, HeadingBase } from './heading';
import { Chart } from './lazy-charts';
import {
  BAND_CHART_HEIGHT,
  barChartHeight,
  buildCostBars,
  buildPhaseTimeline,
  cumulativeCostBand,
  monthlyCostBars,
  readinessBars,
  readinessLevel,
} from './model/chart-data';
import {
  formatPercentRange,
  formatShareRange,
  formatUsd,
  formatUsdRange,
  formatWeeksRange,
} from './model/format';
import { approachLabels, fineTuneLabels, severityLabels, severityRank } from './model/labels';
import { Why } from './why';
import './results.css';

export interface PlanViewProps {
  plan: Plan;
  /** The active answers the plan was computed from; used to show triggering answers in the user's words. */
  answers: Answers;
  /** The shell's export buttons and share panel, shown right after the headline figures. */
  actions?: ReactNode;
  /** Level of the page title; sections and items follow in order. 1 when the page owns the h1. */
  headingLevel?: 1 | 2 | 3;
}

export function PlanView({ plan, answers, actions, headingLevel = 1 }: PlanViewProps) {
  const projectName =
    typeof answers.projectName === 'string' && answers.projectName.trim() ? answers.projectName : '';
  return (
    <HeadingBase level={headingLevel}>
      <article className="sw-results" aria-labelledby="sw-results-title">
        <header className="sw-results__header">
          <div className="sw-results__title-block">
            <p className="sw-results__eyebrow">Scopewise plan</p>
            <Heading depth={0} id="sw-results-title" className="sw-results__title">
              {projectName || 'Your generative-AI plan'}
            </Heading>
          </div>
        </header>
        <Headline plan={plan} answers={answers} />
        {/* After the headline, so the figures come first for every reader; before the detail, so they are easy to find. */}
        {actions && <div className="sw-results__actions">{actions}</div>}
        <ApproachSection plan={plan} answers={answers} />
        <ModelSection plan={plan} answers={answers} />
        <ComponentsSection plan={plan} answers={answers} />
        <TimelineSection plan={plan} answers={answers} />
        <CostsSection plan={plan} answers={answers} />
        <ReadinessSection plan={plan} answers={answers} />
        <RisksSection plan={plan} answers={answers} />
        <ObligationsSection plan={plan} answers={answers} />
        <EvaluationSection plan={plan} answers={answers} />
        <MetricsSection plan={plan} answers={answers} />
        <NextStepsSection plan={plan} answers={answers} />
        <AssumptionsSection plan={plan} answers={answers} />
        <footer className="sw-results__footer">
          <p>
            Ruleset {plan.rulesetVersion}. Every figure is a range drawn from the cited sources and the
            assumptions above; check them against your own quotes.
          </p>
        </footer>
      </article>
    </HeadingBase>
  );
}

interface SectionProps {
  plan: Plan;
  answers: Answers;
}

function Section({ title, className, children }: { title: string; className?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className={`sw-section${className ? ` ${className}` : ''}`} aria-labelledby={id}>
      <Heading depth={1} id={id} className="sw-section__title">
        {title}
      </Heading>
      {children}
    </section>
  );
}

const Empty = ({ children }: { children: ReactNode }) => <p className="sw-empty">{children}</p>;

function Headline({ plan, answers }: SectionProps) {
  const id = useId();
  const h = plan.headline;
  const blockers = plan.warnings.filter((w) => w.level === 'blocker');
  const warnings = plan.warnings.filter((w) => w.level === 'warning');
  return (
    <section className="sw-headline" aria-labelledby={id}>
      <Heading depth={1} id={id} className="sw-sr-only">
        Headline
      </Heading>
      {blockers.length > 0 && (
        <div className="sw-blockers">
          <Heading depth={2} className="sw-blockers__title">
            {blockers.length === 1 ? '1 blocker' : `${blockers.length} blockers`} to resolve before you build
          </Heading>
          <ul className="sw-blockers__list">
            {blockers.map((w) => (
              <li key={w.id} className="sw-item sw-blocker">
                <p className="sw-blocker__message">{w.message}</p>
                <p className="sw-blocker__fix">
                  <span className="sw-label">Fix:</span> {w.fix}
                </p>
                <Why because={w.because} answers={answers} about={w.message} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {plan.missing.length > 0 && (
        <p className="sw-provisional">
          Provisional:{' '}
          {plan.missing.length === 1
            ? '1 required question is'
            : `${plan.missing.length} required questions are`}{' '}
          still unanswered, so these figures may change.
        </p>
      )}
      <dl className="sw-figures">
        <div className="sw-figure sw-figure--wide">
          <dt>Recommended approach</dt>
          <dd>{h.approachLabel}</dd>
        </div>
        <div className="sw-figure">
          <dt>Timeline</dt>
          <dd>{formatWeeksRange(h.timelineWeeks)}</dd>
        </div>
        <div className="sw-figure">
          <dt>Build cost</dt>
          <dd>{formatUsdRange(h.buildCost)}</dd>
        </div>
        <div className="sw-figure">
          <dt>Monthly run cost</dt>
          <dd>{formatUsdRange(h.monthlyCost)}</dd>
        </div>
        <div className="sw-figure">
          <dt>Readiness</dt>
          <dd>
            {Math.round(h.readiness)}/100{' '}
            <span className="sw-figure__note">({readinessLevel(h.readiness)})</span>
          </dd>
        </div>
        <div className="sw-figure">
          <dt>Blockers</dt>
          <dd>{h.blockers}</dd>
        </div>
      </dl>
      {warnings.length > 0 && (
        <div className="sw-warnings">
          <Heading depth={2} className="sw-warnings__title">
            Watch out
          </Heading>
          <ul className="sw-list">
            {warnings.map((w) => (
              <li key={w.id} className="sw-item">
                <p>{w.message}</p>
                <p>
                  <span className="sw-label">Fix:</span> {w.fix}
                </p>
                <Why because={w.because} answers={answers} about={w.message} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function ApproachSection({ plan, answers }: SectionProps) {
  const a = plan.approach;
  const preferredLabel = a.preferred ? approachLabels[a.preferred.approach] : '';
  return (
    <Section title="Approach">
      <div className="sw-item">
        <p className="sw-lead">
          <strong>{a.label}</strong>
          {a.fineTuneMethod && <> with {fineTuneLabels[a.fineTuneMethod]}</>}
        </p>
        <p>{a.summary}</p>
        {a.preferred && (
          <p className={`sw-verdict sw-verdict--${a.preferred.verdict}`}>
            <span className="sw-label">
              Your preference ({preferredLabel}){' '}
              {a.preferred.verdict === 'honoured' ? 'is honoured' : 'is challenged'}:
            </span>{' '}
            {a.preferred.reason}
          </p>
        )}
        <Why because={a.because} answers={answers} about={a.label} />
      </div>
      {a.alternatives.length > 0 && (
        <>
          <Heading depth={2}>Alternatives considered</Heading>
          <ul className="sw-list">
            {a.alternatives.map((alt) => (
              <li key={alt.approach} className="sw-item">
                <p>
                  <strong>{alt.label}</strong>: {alt.whyNot}
                </p>
                <Why because={alt.because} answers={answers} about={alt.label} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

function ModelSection({ plan, answers }: SectionProps) {
  const m = plan.model;
  return (
    <Section title="Model and hosting">
      <div className="sw-item">
        <dl className="sw-pairs">
          <div>
            <dt>Model tier</dt>
            <dd>{m.tierLabel}</dd>
          </div>
          <div>
            <dt>Model family</dt>
            <dd>{m.familyLabel}</dd>
          </div>
          <div>
            <dt>Hosting</dt>
            <dd>{m.hostingLabel}</dd>
          </div>
        </dl>
        <Why because={m.because} answers={answers} about="model and hosting" />
      </div>
      {m.notes.length > 0 && (
        <ul className="sw-list">
          {m.notes.map((n, i) => (
            <li key={i} className="sw-item">
              <p>{n.text}</p>
              <Why because={n.because} answers={answers} about={n.text} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function ComponentsSection({ plan, answers }: SectionProps) {
  return (
    <Section title="Components">
      {plan.components.length === 0 ? (
        <Empty>No components listed yet.</Empty>
      ) : (
        <ul className="sw-list">
          {plan.components.map((c) => (
            <li key={c.id} className="sw-item">
              <p>
                <strong>{c.name}</strong>: {c.purpose}
              </p>
              <Why because={c.because} answers={answers} about={c.name} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function TimelineSection({ plan, answers }: SectionProps) {
  const t = plan.timeline;
  const layout = useMemo(() => buildPhaseTimeline(plan), [plan]);
  const totalText = formatWeeksRange(t.totalWeeks);
  return (
    <Section title="Timeline">
      <div className="sw-item">
        <p className="sw-lead">
          <strong>{totalText}</strong> in total
          {/* Months are rounded: give the exact weeks beside them. */}
          {totalText.endsWith('months') && <> ({rangeText(t.totalWeeks, 'weeks')})</>}, of which data
          preparation takes {formatShareRange(t.dataPrepShare)}.
        </p>
        <Why because={t.because} answers={answers} about="the total timeline" />
      </div>
      {layout.bars.length === 0 ? (
        <Empty>No phases yet: answer the remaining questions for a phase plan.</Empty>
      ) : (
        <>
          <Chart kind="phases" timeline={layout} height={barChartHeight(layout.bars.length)} />
          <p className="sw-chart__legend" aria-hidden="true">
            <span className="sw-legend-item">
              <span className="sw-key sw-key--firm" /> shortest duration
            </span>{' '}
            <span className="sw-legend-item">
              <span className="sw-key sw-key--spread" /> up to the latest finish
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

/**
 * A table that may scroll sideways on a narrow screen: a labelled, focusable region so keyboard users can scroll
 * it too. `numeric` keeps figures on one line.
 */
function TableWrap({
  caption,
  numeric,
  children,
}: {
  caption: string;
  numeric?: boolean;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div className="sw-table-wrap" role="region" aria-labelledby={id} tabIndex={0}>
      <table className={`sw-table${numeric ? ' sw-table--numeric' : ''}`}>
        <caption id={id}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

const rangeText = ([a, b]: [number, number], unit: string): string =>
  a === b ? `${a} ${unit}` : `${a}–${b} ${unit}`;

function CostsSection({ plan, answers }: SectionProps) {
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
      <div className="sw-table-wrap sw-sr-table">
        <table className="sw-table sw-table--numeric">
          <caption>Cumulative cost by month: build, then each month's run cost added</caption>
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
        </table>
      </div>
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

function ReadinessSection({ plan, answers }: SectionProps) {
  const bars = useMemo(() => readinessBars(plan), [plan]);
  return (
    <Section title="Readiness">
      <p className="sw-lead">
        Overall <strong>{Math.round(plan.headline.readiness)}/100</strong> (
        {readinessLevel(plan.headline.readiness)}).
      </p>
      {bars.length === 0 ? (
        <Empty>Readiness is scored once the use case, data and compliance steps are answered.</Empty>
      ) : (
        <>
          <Chart kind="readiness" bars={bars} height={barChartHeight(bars.length)} />
          <ul className="sw-list">
            {plan.readiness.map((r) => (
              <li key={r.area} className="sw-item">
                <p>
                  <strong>{r.label}</strong>: {Math.round(r.score)}/100 ({readinessLevel(r.score)})
                </p>
                {r.reasons.length > 0 && (
                  <ul className="sw-sublist">
                    {r.reasons.map((reason, i) => (
                      <li key={i}>{reason}</li>
                    ))}
                  </ul>
                )}
                <Why because={r.because} answers={answers} about={`${r.label} readiness`} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

function RisksSection({ plan, answers }: SectionProps) {
  const risks = useMemo(
    () => [...plan.risks].sort((a, b) => severityRank[a.severity] - severityRank[b.severity]),
    [plan.risks],
  );
  return (
    <Section title="Risks">
      {risks.length === 0 ? (
        <Empty>No specific risks identified from your answers.</Empty>
      ) : (
        <ul className="sw-list">
          {risks.map((r) => (
            <li key={r.id} className="sw-item">
              <p>
                <span className={`sw-badge sw-badge--${r.severity}`}>{severityLabels[r.severity]}</span>{' '}
                <strong>{r.title}</strong>
              </p>
              <p>{r.description}</p>
              {r.mitigations.length > 0 && (
                <>
                  <p className="sw-label">Mitigations</p>
                  <ul className="sw-sublist">
                    {r.mitigations.map((m, i) => (
                      <li key={i}>{m}</li>
                    ))}
                  </ul>
                </>
              )}
              <Why because={r.because} answers={answers} about={r.title} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function ObligationsSection({ plan, answers }: SectionProps) {
  return (
    <Section title="Compliance obligations">
      {plan.obligations.length === 0 ? (
        <Empty>No specific obligations triggered by your answers.</Empty>
      ) : (
        <ul className="sw-list">
          {plan.obligations.map((o) => (
            <li key={o.id} className="sw-item">
              <p>
                <strong>{o.title}</strong>: {o.why}
              </p>
              {o.actions.length > 0 && (
                <ul className="sw-sublist">
                  {o.actions.map((a, i) => (
                    <li key={i}>{a}</li>
                  ))}
                </ul>
              )}
              <Why because={o.because} answers={answers} about={o.title} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function EvaluationSection({ plan, answers }: SectionProps) {
  const e = plan.evaluation;
  const practices: [string, string][] = [
    ['Human in the loop', e.humanInTheLoop],
    ['Prompt versioning', e.promptVersioning],
    ['Red-team cadence', e.redTeamCadence],
  ];
  const given = practices.filter(([, v]) => v.trim() !== '');
  return (
    <Section title="Evaluation and governance">
      {e.benchmarks.length > 0 && (
        <TableWrap caption="Benchmarks to pass before launch">
          <thead>
            <tr>
              <th scope="col">Benchmark</th>
              <th scope="col">Threshold</th>
            </tr>
          </thead>
          <tbody>
            {e.benchmarks.map((b) => (
              <tr key={b.id}>
                <th scope="row">{b.name}</th>
                <td>{b.threshold}</td>
              </tr>
            ))}
          </tbody>
        </TableWrap>
      )}
      {e.benchmarks.some((b) => b.because.length > 0) && (
        <ul className="sw-list sw-list--compact">
          {e.benchmarks.map((b) => (
            <li key={b.id} className="sw-item">
              <p>{b.name}</p>
              <Why because={b.because} answers={answers} about={b.name} />
            </li>
          ))}
        </ul>
      )}
      {given.length > 0 && (
        <dl className="sw-pairs">
          {given.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      )}
      {e.killCriteria.length > 0 && (
        <>
          <Heading depth={2}>Stop the project if</Heading>
          <ul className="sw-sublist">
            {e.killCriteria.map((k, i) => (
              <li key={i}>{k}</li>
            ))}
          </ul>
        </>
      )}
      {e.benchmarks.length === 0 && given.length === 0 && e.killCriteria.length === 0 && (
        <Empty>Evaluation practices appear once the use case is described.</Empty>
      )}
      <Why because={e.because} answers={answers} about="evaluation and governance" />
    </Section>
  );
}

function MetricsSection({ plan, answers }: SectionProps) {
  return (
    <Section title="Success metrics">
      {plan.metrics.length === 0 ? (
        <Empty>No success metrics yet.</Empty>
      ) : (
        <ul className="sw-list">
          {plan.metrics.map((m, i) => (
            <li key={`${m.name}-${i}`} className="sw-item">
              <p>
                <strong>{m.name}</strong>: {m.target}
              </p>
              <Why because={m.because} answers={answers} about={m.name} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function NextStepsSection({ plan, answers }: SectionProps) {
  return (
    <Section title="Next steps">
      {plan.nextSteps.length === 0 ? (
        <Empty>No next steps yet.</Empty>
      ) : (
        <ol className="sw-list sw-list--numbered">
          {plan.nextSteps.map((s, i) => (
            <li key={i} className="sw-item">
              <p>{s.text}</p>
              <Why because={s.because} answers={answers} about={s.text} />
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

function AssumptionsSection({ plan, answers }: SectionProps) {
  return (
    <Section title="Assumptions">
      {plan.assumptions.length === 0 ? (
        <Empty>No stated assumptions.</Empty>
      ) : (
        <ul className="sw-list">
          {plan.assumptions.map((a) => (
            <li key={a.id} className="sw-item">
              <p>{a.text}</p>
              <Why because={a.because} answers={answers} about={a.text} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
