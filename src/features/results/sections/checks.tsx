import { ExplainedList } from './explained-list';
import { counted, Section, type SectionProps } from './section';

/** The plan beside the figures the sources give for similar projects. */
export function ChecksSection({ plan, answers }: SectionProps) {
  if (plan.checks.length === 0) return null;
  return (
    <Section title="Checked against the sources" count={counted(plan.checks.length, 'check')}>
      <ExplainedList
        items={plan.checks}
        answers={answers}
        itemKey={(c) => c.id}
        about={(c) => c.text.slice(0, 60)}
      >
        {(c) => <p>{c.text}</p>}
      </ExplainedList>
    </Section>
  );
}
