import { formatCitation } from '@/domain/sources';
import { counted, Section, type SectionProps } from './section';

/**
 * Every rule that fired, by id, with the facts it read as the rules name them: for whoever checks the ruleset. Shown
 * only when the reader turns the technical trace on.
 */
export function TraceSection({ plan }: Pick<SectionProps, 'plan'>) {
  return (
    <Section title="Technical trace" count={counted(plan.trace.length, 'rule')} className="sw-trace">
      <ol className="sw-trace__list">
        {plan.trace.map((b, i) => (
          <li key={`${b.ruleId}-${i}`}>
            <code>{b.ruleId}</code> <span className="sw-trace__file">({b.file})</span> {b.title}
            {b.triggers.length > 0 && (
              <> · when {b.triggers.map((t) => `${t.fact} = ${t.value}`).join('; ')}</>
            )}
            {b.sources.length > 0 && <> · sources {b.sources.map(formatCitation).join(', ')}</>}
            {b.derivation && <> · derived: {b.derivation}</>}
          </li>
        ))}
      </ol>
    </Section>
  );
}
