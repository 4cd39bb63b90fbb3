import { ExplainedList } from './explained-list';
import { counted, Section, type SectionProps } from './section';

/** What to watch out for; the blockers are in the decision summary. */
export function WarningsSection({ plan, answers }: SectionProps) {
  const warnings = plan.warnings.filter((w) => w.level === 'warning');
  if (warnings.length === 0) return null;
  return (
    <Section title="Watch out" count={counted(warnings.length, 'warning')}>
      <ExplainedList items={warnings} answers={answers} itemKey={(w) => w.id} about={(w) => w.message}>
        {(w) => (
          <>
            <p>{w.message}</p>
            <p>
              <span className="sw-label">Fix:</span> {w.fix}
            </p>
          </>
        )}
      </ExplainedList>
    </Section>
  );
}
