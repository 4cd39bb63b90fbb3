import { useMemo } from 'react';
import {
  describeAppliesFrom,
  describeSchedule,
  jurisdictionLabels,
  jurisdictions,
  kindLabels,
  legalNotice,
  ownerLabels,
} from '@/domain/legal';
import type { Obligation } from '@/domain/plan';
import { Heading } from '../heading';
import { ExplainedList } from './explained-list';
import { counted, Empty, Section, type SectionProps } from './section';

/**
 * Obligations grouped by where they apply, each with what to do, when, who and what to keep; the law behind it is
 * in its "Why?", with the rule and the answers that raised it.
 */
export function ObligationsSection({ plan, answers }: SectionProps) {
  const groups = useMemo(
    () =>
      jurisdictions
        .map((j) => ({ jurisdiction: j, items: plan.obligations.filter((o) => o.regime.jurisdiction === j) }))
        .filter((g) => g.items.length > 0),
    [plan.obligations],
  );
  return (
    <Section
      title="Compliance obligations"
      count={counted(plan.obligations.length, 'obligation')}
      className="sw-obligations"
    >
      <p className="sw-legal-notice">{legalNotice(plan.legalReview.reviewedOn)}</p>
      {groups.length === 0 && <Empty>No specific obligations triggered by your answers.</Empty>}
      {groups.map((g) => (
        <div key={g.jurisdiction} className="sw-obligations__group">
          <Heading depth={2} className="sw-obligations__heading">
            {jurisdictionLabels[g.jurisdiction]}
          </Heading>
          <ExplainedList
            items={g.items}
            answers={answers}
            itemKey={(o) => o.id}
            about={(o) => o.title}
            legalOf={(o) => o.legal}
          >
            {(o) => <ObligationBody o={o} />}
          </ExplainedList>
        </div>
      ))}
    </Section>
  );
}

function ObligationBody({ o }: { o: Obligation }) {
  const applies = describeAppliesFrom(o);
  return (
    <>
      <p>
        <span className={`sw-badge sw-badge--${o.kind}`}>{kindLabels[o.kind]}</span>{' '}
        <strong>{o.title}</strong>
      </p>
      <p className="sw-obligation__meta">
        {o.regime.short} · Owner: {ownerLabels[o.owner]}
      </p>
      {applies && <p className="sw-obligation__applies">{applies}</p>}
      <p>{o.why}</p>
      {o.actions.length > 0 && (
        <>
          <p className="sw-label">What to do</p>
          <ul className="sw-sublist">
            {o.actions.map((a, i) => (
              <li key={i}>{a}</li>
            ))}
          </ul>
        </>
      )}
      <p>
        <span className="sw-label">Evidence to keep:</span> {o.evidence}
      </p>
      {o.schedule && (
        <p>
          <span className="sw-label">Time it takes:</span> {describeSchedule(o.schedule)}. {o.schedule.basis}
        </p>
      )}
    </>
  );
}
