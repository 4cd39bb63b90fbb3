import { ExplainedList } from './explained-list';
import { counted, Section, type SectionProps } from './section';

export function NextStepsSection({ plan, answers }: SectionProps) {
  return (
    <Section title="Next steps" count={counted(plan.nextSteps.length, 'step')}>
      <ExplainedList
        items={plan.nextSteps}
        answers={answers}
        itemKey={(_, i) => i}
        about={(s) => s.text}
        empty="No next steps yet."
        ordered
        className="sw-list sw-list--numbered"
      >
        {(s) => <p>{s.text}</p>}
      </ExplainedList>
    </Section>
  );
}
