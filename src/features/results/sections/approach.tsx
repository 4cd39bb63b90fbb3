import type { Plan } from '@/domain/plan';
import { alternativesToList, alternativeWhyNot, preferenceReason } from '@/domain/say-once';
import { Heading } from '../heading';
import { approachLabels, fineTuneLabels } from '../model/labels';
import { Why } from '../why';
import { ExplainedList } from './explained-list';
import { counted, Section, type SectionProps } from './section';

/** What the approach is, the verdict on a stated preference and why each alternative was not chosen. */
/** Whether the approach the user preferred is followed, and why. */
export function PreferenceVerdict({
  approach: a,
  className,
}: {
  approach: Plan['approach'];
  className: string;
}) {
  if (!a.preferred) return null;
  return (
    <p className={`${className} sw-verdict--${a.preferred.verdict}`}>
      <span className="sw-label">
        Your preference ({approachLabels[a.preferred.approach]}){' '}
        {a.preferred.verdict === 'honoured' ? 'is followed' : 'is not followed'}:
      </span>{' '}
      {preferenceReason(a)}
    </p>
  );
}

export function ApproachSection({ plan, answers }: SectionProps) {
  const a = plan.approach;
  const alternatives = alternativesToList(a);
  return (
    <Section title="Approach" count={counted(alternatives.length, 'alternative')}>
      <div className="sw-item">
        <p className="sw-lead">
          <strong>{a.label}</strong>
          {a.fineTuneMethod && <> ({fineTuneLabels[a.fineTuneMethod]})</>}
        </p>
        <p>{a.summary}</p>
        {a.notes.map((n, i) => (
          <p key={i}>{n.text}</p>
        ))}
        <PreferenceVerdict approach={a} className="sw-verdict" />
        <Why because={a.because} answers={answers} about={a.label} />
      </div>
      {alternatives.length > 0 && (
        <>
          <Heading depth={2}>Alternatives considered</Heading>
          <ExplainedList
            items={alternatives.map((alt) => ({
              ...alt,
              // The deciding reason is the approach's own "Why?" above.
              because: alt.because[0]?.ruleId === a.because[0]?.ruleId ? [] : alt.because,
            }))}
            answers={answers}
            itemKey={(alt) => alt.approach}
            about={(alt) => alt.label}
          >
            {(alt) => (
              <p>
                <strong>{alt.label}</strong>: {alternativeWhyNot(a, alt)}
              </p>
            )}
          </ExplainedList>
        </>
      )}
    </Section>
  );
}
