import { reasonsNotGivenBy } from '@/domain/say-once';
import { Heading } from '../heading';
import { Why } from '../why';
import { ExplainedList } from './explained-list';
import { counted, Empty, Section, type SectionProps } from './section';

export function EvaluationSection({ plan, answers }: SectionProps) {
  const e = plan.evaluation;
  const practices: [string, string][] = [
    ['Human in the loop', e.humanInTheLoop],
    ['Prompt versioning', e.promptVersioning],
    ['Red-team cadence', e.redTeamCadence],
  ];
  const given = practices.filter(([, v]) => v.trim() !== '');
  return (
    <Section title="Evaluation and governance" count={counted(e.benchmarks.length, 'benchmark')}>
      {e.benchmarks.length > 0 && (
        <>
          <Heading depth={2}>Benchmarks to pass before launch</Heading>
          <ExplainedList items={e.benchmarks} answers={answers} itemKey={(b) => b.id} about={(b) => b.name}>
            {(b) => (
              <p>
                <strong>{b.name}</strong>: {b.threshold}
              </p>
            )}
          </ExplainedList>
        </>
      )}
      {given.length > 0 && (
        <dl className="sw-pairs">
          {given.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      )}
      {e.killCriteria.length > 0 && (
        <>
          <Heading depth={2}>Stop the project if</Heading>
          <ul className="sw-sublist">
            {e.killCriteria.map((k, i) => (
              <li key={i}>{k}</li>
            ))}
          </ul>
        </>
      )}
      {e.benchmarks.length === 0 && given.length === 0 && e.killCriteria.length === 0 && (
        <Empty>Evaluation practices appear once the use case is described.</Empty>
      )}
      <Why
        because={reasonsNotGivenBy(e.because, e.benchmarks)}
        answers={answers}
        about="evaluation and governance"
      />
    </Section>
  );
}
