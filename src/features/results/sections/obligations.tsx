import { ExplainedList } from './explained-list';
import { Section, type SectionProps } from './section';

export function ObligationsSection({ plan, answers }: SectionProps) {
  return (
    <Section title="Compliance obligations">
      <ExplainedList
        items={plan.obligations}
        answers={answers}
        itemKey={(o) => o.id}
        about={(o) => o.title}
        empty="No specific obligations triggered by your answers."
      >
        {(o) => (
          <>
            <p>
              <strong>{o.title}</strong>: {o.why}
            </p>
            {o.actions.length > 0 && (
              <ul className="sw-sublist">
                {o.actions.map((a, i) => (
                  <li key={i}>{a}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </ExplainedList>
    </Section>
  );
}
