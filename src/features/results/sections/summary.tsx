/**
 * The decision summary, first on the page and sized for one screen at 1280×900: the recommended approach and the
 * answers that decided it, the timeline and the costs, the blockers, the most severe risks, the gates before launch
 * and the first next steps. Each item keeps one "Why?"; the sections below hold the rest.
 */
import { useId, type ReactNode } from 'react';
import { decisionSummary } from '@/domain/decision-summary';
import { formatMoneyRange, formatWeeksRange } from '@/domain/format';
import { ownerLabels } from '@/domain/legal';
import type { Because } from '@/domain/plan';
import { basisOf, basisText } from '@/domain/reason-words';
import { preferenceReason } from '@/domain/say-once';
import { factLabel } from '@/engine';
import { Heading } from '../heading';
import { fineTuneLabels, severityLabels } from '../model/labels';
import { useInlineWhy } from '../why';
import { PreferenceVerdict } from './approach';
import type { SectionProps } from './section';

function Item({
  because,
  answers,
  about,
  children,
}: {
  because: Because[];
  answers: SectionProps['answers'];
  about: string;
  children: ReactNode;
}) {
  const why = useInlineWhy({ because, answers, about });
  return (
    <li className="sw-summary__item">
      <p>
        {children} {why.toggle}
      </p>
      {why.body}
    </li>
  );
}

function Block({
  title,
  more,
  wide,
  children,
}: {
  title: string;
  more?: string;
  /** Across both columns. */
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={`sw-summary__block${wide ? ' sw-summary__block--wide' : ''}`}>
      <Heading depth={2} className="sw-summary__heading">
        {title}
      </Heading>
      {children}
      {more && <p className="sw-summary__more">{more}</p>}
    </div>
  );
}

export function DecisionSummary({ plan, answers }: SectionProps) {
  const id = useId();
  const s = decisionSummary(plan);
  const a = s.approach;
  const $ = s.currencySymbol;
  const approachWhy = useInlineWhy({ because: a.because, answers, about: a.label });
  const decided = s.decidedBy.map((t) =>
    basisText(basisOf(t, { labelOf: factLabel, answers, currencySymbol: $ })),
  );
  // A preference the answers agree with is worth a clause, not a line of its own.
  const sameAsPreferred =
    a.preferred?.verdict === 'honoured' &&
    a.preferred.approach === a.recommended &&
    decided.length > 0 &&
    preferenceReason(a) === 'Your answers point the same way.';
  const more = (shown: number, total: number, where: string) =>
    total > shown ? `${total - shown} more under ${where}.` : undefined;
  return (
    <section className="sw-headline sw-summary" aria-labelledby={id}>
      <Heading depth={1} id={id} className="sw-summary__title">
        Decision summary
      </Heading>
      {s.missing > 0 && (
        <p className="sw-provisional">
          Provisional: {s.missing === 1 ? '1 required question is' : `${s.missing} required questions are`}{' '}
          still unanswered, so these figures may change.
        </p>
      )}
      <div className="sw-summary__approach">
        <p className="sw-summary__choice">
          <span className="sw-summary__kicker">
            Recommended approach<span className="sw-sr-only">:</span>{' '}
          </span>
          {a.label}
          {a.fineTuneMethod && (
            <span className="sw-summary__method"> ({fineTuneLabels[a.fineTuneMethod]})</span>
          )}{' '}
          {approachWhy.toggle}
        </p>
        {approachWhy.body}
        {decided.length > 0 && (
          <p className="sw-summary__decided">
            <span className="sw-label">Decided by:</span> {decided.join('; ')}
            {sameAsPreferred && <>; and it is the approach you preferred.</>}
          </p>
        )}
        {!sameAsPreferred && <PreferenceVerdict approach={a} className="sw-summary__verdict" />}
      </div>
      <dl className="sw-figures">
        <div className="sw-figure">
          <dt>Timeline</dt>
          <dd>{formatWeeksRange(s.timeline)}</dd>
        </div>
        <div className="sw-figure">
          <dt>Build cost</dt>
          <dd>{formatMoneyRange(s.build, $)}</dd>
        </div>
        <div className="sw-figure">
          <dt>Monthly run cost</dt>
          <dd>{formatMoneyRange(s.monthly, $)}</dd>
        </div>
      </dl>
      <div className="sw-summary__grid">
        {s.blockers.length === 0 ? (
          <p className="sw-summary__none sw-summary__block--wide">
            <strong>No blockers:</strong> nothing has to be settled before work can start.
          </p>
        ) : (
          <Block wide title={`Blockers to resolve first (${s.blockers.length})`}>
            <ul className="sw-summary__list sw-blockers">
              {s.blockers.map((w) => (
                <Item key={w.id} because={w.because} answers={answers} about={w.message}>
                  <strong className="sw-blocker__message">{w.message}</strong>{' '}
                  <span className="sw-label">Fix:</span> {w.fix}
                </Item>
              ))}
            </ul>
          </Block>
        )}
        <Block title="Top risks" more={more(s.risks.items.length, s.risks.total, 'Risks')}>
          {s.risks.items.length === 0 ? (
            <p className="sw-summary__none">No specific risks identified from your answers.</p>
          ) : (
            <ul className="sw-summary__list">
              {s.risks.items.map((r) => (
                <Item key={r.id} because={r.because} answers={answers} about={r.title}>
                  <span className={`sw-badge sw-badge--${r.severity}`}>{severityLabels[r.severity]}</span>{' '}
                  <strong>{r.title}</strong>
                </Item>
              ))}
            </ul>
          )}
        </Block>
        <Block
          title="Must do before launch"
          more={more(s.mustDo.items.length, s.mustDo.total, 'Compliance obligations')}
        >
          {s.mustDo.items.length === 0 ? (
            <p className="sw-summary__none">No obligation has to be met before launch.</p>
          ) : (
            <ul className="sw-summary__list">
              {s.mustDo.items.map((o) => (
                <Item key={o.id} because={o.because} answers={answers} about={o.title}>
                  <strong>{o.title}</strong>{' '}
                  <span className="sw-summary__owner">({ownerLabels[o.owner]})</span>
                </Item>
              ))}
            </ul>
          )}
        </Block>
        <Block wide title="Next steps" more={more(s.nextSteps.items.length, s.nextSteps.total, 'Next steps')}>
          {s.nextSteps.items.length === 0 ? (
            <p className="sw-summary__none">No next steps yet.</p>
          ) : (
            <ol className="sw-summary__list sw-summary__list--numbered">
              {s.nextSteps.items.map((n, i) => (
                <Item key={i} because={n.because} answers={answers} about={n.text}>
                  {n.text}
                </Item>
              ))}
            </ol>
          )}
        </Block>
      </div>
    </section>
  );
}
