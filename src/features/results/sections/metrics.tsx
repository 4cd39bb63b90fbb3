import { ExplainedList } from './explained-list';
import { counted, Section, type SectionProps } from './section';

export function MetricsSection({ plan, answers }: SectionProps) {
  return (
    <Section title="Success metrics" count={counted(plan.metrics.length, 'metric')}>
      <ExplainedList
        items={plan.metrics}
        answers={answers}
        itemKey={(m, i) => `${m.name}-${i}`}
        about={(m) => m.name}
        empty="No success metrics yet."
      >
        {(m) => (
          <p>
            <strong>{m.name}</strong>: {m.target}
          </p>
        )}
      </ExplainedList>
    </Section>
  );
}
