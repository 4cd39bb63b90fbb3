import { ExplainedList } from './explained-list';
import { Section, type SectionProps } from './section';

export function MetricsSection({ plan, answers }: SectionProps) {
  return (
    <Section title="Success metrics">
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
