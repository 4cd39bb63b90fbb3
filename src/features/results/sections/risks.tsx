import { useMemo } from 'react';
import { severityLabels, severityRank } from '../model/labels';
import { ExplainedList } from './explained-list';
import { counted, Section, type SectionProps } from './section';

export function RisksSection({ plan, answers }: SectionProps) {
  const risks = useMemo(
    () => [...plan.risks].sort((a, b) => severityRank[a.severity] - severityRank[b.severity]),
    [plan.risks],
  );
  return (
    <Section title="Risks" count={counted(risks.length, 'risk')}>
      <ExplainedList
        items={risks}
        answers={answers}
        itemKey={(r) => r.id}
        about={(r) => r.title}
        empty="No specific risks identified from your answers."
      >
        {(r) => (
          <>
            <p>
              <span className={`sw-badge sw-badge--${r.severity}`}>{severityLabels[r.severity]}</span>{' '}
              <strong>{r.title}</strong>
            </p>
            <p>{r.description}</p>
            {r.mitigations.length > 0 && (
              <>
                <p className="sw-label">Mitigations</p>
                <ul className="sw-sublist">
                  {r.mitigations.map((m, i) => (
                    <li key={i}>{m}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </ExplainedList>
    </Section>
  );
}
