/**
 * The results page. The decision summary first (one screen: what was decided, what it costs, what stands in the
 * way, what to do next), then every part of the plan collapsed to its title and a count, each item with one "Why?"
 * in the reader's terms. The technical trace (rule ids, facts) is there for whoever asks for it. Everything the user
 * typed is rendered as React text, never as markup.
 */
import { useMemo, useState, type ReactNode } from 'react';
import type { Plan } from '@/domain/plan';
import type { Answers } from '@/domain/questions';
import { Heading, HeadingBase } from './heading';
import { useChartsWhenIdle } from './lazy-charts';
import { ApproachSection } from './sections/approach';
import { ChecksSection } from './sections/checks';
import { FiguresEditor } from './sections/figures';
import { AssumptionsSection } from './sections/assumptions';
import { ComponentsSection } from './sections/components';
import { CostsSection } from './sections/costs';
import { EvaluationSection } from './sections/evaluation';
import { MetricsSection } from './sections/metrics';
import { ModelSection } from './sections/model';
import { NextStepsSection } from './sections/next-steps';
import { ObligationsSection } from './sections/obligations';
import { ReadinessSection } from './sections/readiness';
import { RisksSection } from './sections/risks';
import { OpenAllProvider, type OpenRequest } from './sections/section';
import { DecisionSummary } from './sections/summary';
import { TimelineSection } from './sections/timeline';
import { TraceSection } from './sections/trace';
import { WarningsSection } from './sections/warnings';
import { ExplainingProvider } from './trace';
import './results.css';

export interface PlanViewProps {
  plan: Plan;
  /** The active answers the plan was computed from; used to show triggering answers in the user's words. */
  answers: Answers;
  /** The shell's export buttons and share panel, shown right after the decision summary. */
  actions?: ReactNode;
  /** Level of the page title; sections and items follow in order. 1 when the page owns the h1. */
  headingLevel?: 1 | 2 | 3;
  /** Lets the reader replace the estimate's rate, prices and GPU costs; a shared plan, read-only, has none. */
  onFiguresChange?: (figures: Answers) => void;
  /** The shell's what-if sections (decisive answers, sensitivity, comparison), after the plan's sections. */
  whatIf?: ReactNode;
}

export function PlanView({
  plan,
  answers,
  actions,
  headingLevel = 1,
  onFiguresChange,
  whatIf,
}: PlanViewProps) {
  useChartsWhenIdle();
  const [trace, setTrace] = useState(false);
  const [openAll, setOpenAll] = useState<OpenRequest>({ open: false, serial: 0 });
  const explaining = useMemo(
    () => ({ trace, currencySymbol: plan.costs.currencySymbol }),
    [trace, plan.costs.currencySymbol],
  );
  const projectName =
    typeof answers.projectName === 'string' && answers.projectName.trim() ? answers.projectName : '';
  const props = { plan, answers };
  return (
    <HeadingBase level={headingLevel}>
      <ExplainingProvider value={explaining}>
        <article className="sw-results" aria-labelledby="sw-results-title">
          <header className="sw-results__header">
            <div className="sw-results__title-block">
              <p className="sw-results__eyebrow">Scopewise plan</p>
              <Heading depth={0} id="sw-results-title" className="sw-results__title">
                {projectName || 'Your generative-AI plan'}
              </Heading>
            </div>
          </header>
          <DecisionSummary {...props} />
          {/* After the summary, so the decision comes first for every reader; before the detail, so they are easy to find. */}
          {actions && <div className="sw-results__actions">{actions}</div>}
          <div className="sw-results__sections-bar">
            <p className="sw-results__sections-note">The whole plan, section by section:</p>
            <button
              type="button"
              className="secondary small"
              onClick={() => setOpenAll((r) => ({ open: true, serial: r.serial + 1 }))}
            >
              Open all sections
            </button>
            <button
              type="button"
              className="secondary small"
              onClick={() => setOpenAll((r) => ({ open: false, serial: r.serial + 1 }))}
            >
              Close all
            </button>
          </div>
          <OpenAllProvider value={openAll}>
            <WarningsSection {...props} />
            <ApproachSection {...props} />
            <ModelSection {...props} />
            <ComponentsSection {...props} />
            <TimelineSection {...props} />
            <CostsSection {...props}>
              {onFiguresChange && <FiguresEditor answers={answers} onChange={onFiguresChange} />}
            </CostsSection>
            <ChecksSection {...props} />
            <ReadinessSection {...props} />
            <RisksSection {...props} />
            <ObligationsSection {...props} />
            <EvaluationSection {...props} />
            <MetricsSection {...props} />
            <NextStepsSection {...props} />
            <AssumptionsSection {...props} />
            {trace && <TraceSection plan={plan} />}
          </OpenAllProvider>
          {/* The tools to question the plan come after it: they re-run it, so they read best once it is known. */}
          {whatIf}
          <footer className="sw-results__footer">
            <p>
              Ruleset {plan.rulesetVersion}. Every figure is a range drawn from the cited sources and the
              assumptions above; check them against your own quotes.
            </p>
            <label className="sw-trace-toggle">
              <input type="checkbox" checked={trace} onChange={(e) => setTrace(e.target.checked)} /> Show the
              technical trace: rule ids and facts in every “Why?”, and every rule that fired
            </label>
          </footer>
        </article>
      </ExplainingProvider>
    </HeadingBase>
  );
}
