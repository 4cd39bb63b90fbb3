import { useId } from 'react';
import { formatMoneyRange, formatWeeksRange } from '@/domain/format';
import { Heading } from '../heading';
import { readinessLevel } from '../model/chart-data';
import { ExplainedList } from './explained-list';
import type { SectionProps } from './section';

/** Blockers come before anything else: no figure matters until they are resolved. */
export function Headline({ plan, answers }: SectionProps) {
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
          <ExplainedList
            items={blockers}
            answers={answers}
            itemKey={(w) => w.id}
            about={(w) => w.message}
            className="sw-blockers__list"
            itemClassName="sw-item sw-blocker"
          >
            {(w) => (
              <>
                <p className="sw-blocker__message">{w.message}</p>
                <p className="sw-blocker__fix">
                  <span className="sw-label">Fix:</span> {w.fix}
                </p>
              </>
            )}
          </ExplainedList>
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
          <dd>{formatMoneyRange(h.buildCost, plan.costs.currencySymbol)}</dd>
        </div>
        <div className="sw-figure">
          <dt>Monthly run cost</dt>
          <dd>{formatMoneyRange(h.monthlyCost, plan.costs.currencySymbol)}</dd>
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
          <ExplainedList items={warnings} answers={answers} itemKey={(w) => w.id} about={(w) => w.message}>
            {(w) => (
              <>
                <p>{w.message}</p>
                <p>
                  <span className="sw-label">Fix:</span> {w.fix}
                </p>
              </>
            )}
          </ExplainedList>
        </div>
      )}
    </section>
  );
}
