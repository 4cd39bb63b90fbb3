import { Heading } from '../heading';
import { approachLabels, fineTuneLabels } from '../model/labels';
import { readableTrigger } from '../model/explain';
import { Why } from '../why';
import { ExplainedList } from './explained-list';
import { Section, type SectionProps } from './section';

export function ApproachSection({ plan, answers }: SectionProps) {
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
        {a.decidedBy.length > 0 && (
          <p>
            <span className="sw-label">Decided by:</span>{' '}
            {a.decidedBy
              .map((t) => readableTrigger(t, answers))
              .map((r) => `${/[?:]$/.test(r.label) ? r.label : `${r.label}:`} ${r.value}`)
              .join('; ')}
          </p>
        )}
        {a.notes.map((n, i) => (
          <p key={i}>{n.text}</p>
        ))}
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
          <ExplainedList
            items={a.alternatives}
            answers={answers}
            itemKey={(alt) => alt.approach}
            about={(alt) => alt.label}
          >
            {(alt) => (
              <p>
                <strong>{alt.label}</strong>: {alt.whyNot}
              </p>
            )}
          </ExplainedList>
        </>
      )}
    </Section>
  );
}
