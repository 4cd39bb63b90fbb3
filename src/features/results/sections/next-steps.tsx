import { SUMMARY_LIMITS } from '@/domain/decision-summary';
import { ExplainedList } from './explained-list';
import { counted, Empty, Section, type SectionProps } from './section';

/** The steps after those the decision summary gives (each with its own "Why?"), numbered on from them. */
export function NextStepsSection({ plan, answers }: SectionProps) {
  const first = Math.min(SUMMARY_LIMITS.nextSteps, plan.nextSteps.length);
  const rest = plan.nextSteps.slice(first);
  return (
    <Section title="Next steps" count={counted(plan.nextSteps.length, 'step')}>
      {plan.nextSteps.length === 0 ? (
        <Empty>No next steps yet.</Empty>
      ) : (
        <p>
          {rest.length
            ? `Steps 1–${first} are in the decision summary above; then:`
            : 'Every step is in the decision summary above.'}
        </p>
      )}
      <ExplainedList
        items={rest}
        answers={answers}
        itemKey={(_, i) => i}
        about={(s) => s.text}
        ordered
        start={first + 1}
        className="sw-list sw-list--numbered"
      >
        {(s) => <p>{s.text}</p>}
      </ExplainedList>
    </Section>
  );
}
