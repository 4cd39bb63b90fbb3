import { useMemo } from 'react';
import { Chart } from '../lazy-charts';
import { readinessBars, readinessLevel } from '../model/chart-data';
import { ExplainedList } from './explained-list';
import { Empty, Section, type SectionProps } from './section';

export function ReadinessSection({ plan, answers }: SectionProps) {
  const bars = useMemo(() => readinessBars(plan), [plan]);
  return (
    <Section title="Readiness" count={`${Math.round(plan.headline.readiness)}/100`}>
      <p className="sw-lead">
        Overall <strong>{Math.round(plan.headline.readiness)}/100</strong> (
        {readinessLevel(plan.headline.readiness)}).
      </p>
      {bars.length === 0 ? (
        <Empty>Readiness is scored once the use case, data and compliance steps are answered.</Empty>
      ) : (
        <>
          <Chart kind="readiness" bars={bars} />
          <ExplainedList
            items={plan.readiness}
            answers={answers}
            itemKey={(r) => r.area}
            about={(r) => `${r.label} readiness`}
          >
            {(r) => (
              <>
                <p>
                  <strong>{r.label}</strong>: {Math.round(r.score)}/100 ({readinessLevel(r.score)})
                </p>
                {r.reasons.length > 0 && (
                  <ul className="sw-sublist">
                    {r.reasons.map((reason, i) => (
                      <li key={i}>{reason}</li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </ExplainedList>
        </>
      )}
    </Section>
  );
}
