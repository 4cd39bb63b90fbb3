import { ExplainedList } from './explained-list';
import { counted, Section, type SectionProps } from './section';

export function ComponentsSection({ plan, answers }: SectionProps) {
  return (
    <Section title="Components" count={counted(plan.components.length, 'component')}>
      <ExplainedList
        items={plan.components}
        answers={answers}
        itemKey={(c) => c.id}
        about={(c) => c.name}
        empty="No components listed yet."
      >
        {(c) => (
          <p>
            <strong>{c.name}</strong>: {c.purpose}
          </p>
        )}
      </ExplainedList>
    </Section>
  );
}
