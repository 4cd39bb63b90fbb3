import { reasonsNotGivenBy } from '@/domain/say-once';
import { Why } from '../why';
import { ExplainedList } from './explained-list';
import { Section, type SectionProps } from './section';

export function ModelSection({ plan, answers }: SectionProps) {
  const m = plan.model;
  return (
    <Section title="Model and hosting" count={m.tierLabel.split(' (')[0]}>
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
        <Why because={reasonsNotGivenBy(m.because, m.notes)} answers={answers} about="model and hosting" />
      </div>
      <ExplainedList items={m.notes} answers={answers} itemKey={(_, i) => i} about={(n) => n.text}>
        {(n) => <p>{n.text}</p>}
      </ExplainedList>
    </Section>
  );
}
