import { useMemo } from 'react';
import { distinctAssumptions } from '@/domain/say-once';
import { ExplainedList } from './explained-list';
import { counted, Section, type SectionProps } from './section';

/** Each assumption once, with every reason that rests on it in its "Why?" (which does not repeat its text). */
export function AssumptionsSection({ plan, answers }: SectionProps) {
  const assumptions = useMemo(() => distinctAssumptions(plan), [plan]);
  return (
    <Section title="Assumptions" count={counted(assumptions.length, 'assumption')}>
      <ExplainedList
        items={assumptions}
        answers={answers}
        itemKey={(a) => a.ref}
        about={(a) => a.text}
        omitAssumption
        empty="No stated assumptions."
      >
        {(a) => <p>{a.text}</p>}
      </ExplainedList>
    </Section>
  );
}
