import { Heading } from '../heading';
import { Why } from '../why';
import { ExplainedList } from './explained-list';
import { Empty, Section, TableWrap, type SectionProps } from './section';

export function EvaluationSection({ plan, answers }: SectionProps) {
  const e = plan.evaluation;
  const practices: [string, string][] = [
    ['Human in the loop', e.humanInTheLoop],
    ['Prompt versioning', e.promptVersioning],
    ['Red-team cadence', e.redTeamCadence],
  ];
  const given = practices.filter(([, v]) => v.trim() !== '');
  return (
    <Section title="Evaluation and governance">
      {e.benchmarks.length > 0 && (
        <TableWrap caption="Benchmarks to pass before launch">
          <thead>
            <tr>
              <th scope="col">Benchmark</th>
              <th scope="col">Threshold</th>
            </tr>
          </thead>
          <tbody>
            {e.benchmarks.map((b) => (
              <tr key={b.id}>
                <th scope="row">{b.name}</th>
                <td>{b.threshold}</td>
              </tr>
            ))}
          </tbody>
        </TableWrap>
      )}
      {e.benchmarks.some((b) => b.because.length > 0) && (
        <ExplainedList
          items={e.benchmarks}
          answers={answers}
          itemKey={(b) => b.id}
          about={(b) => b.name}
          className="sw-list sw-list--compact"
        >
          {(b) => <p>{b.name}</p>}
        </ExplainedList>
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
      <Why because={e.because} answers={answers} about="evaluation and governance" />
    </Section>
  );
}
