import { ExplainedList } from './explained-list';
import { Section, type SectionProps } from './section';

export function AssumptionsSection({ plan, answers }: SectionProps) {
  return (
    <Section title="Assumptions">
      <ExplainedList
        items={plan.assumptions}
        answers={answers}
        itemKey={(a) => a.id}
        about={(a) => a.text}
        empty="No stated assumptions."
      >
        {(a) => <p>{a.text}</p>}
      </ExplainedList>
    </Section>
  );
}
