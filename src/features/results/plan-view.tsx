/**
 * The results page. Headline first (blockers before anything else), then every part of the plan, each item
 * with a "Why?" that traces it back to rules, answers and sources. Everything the user typed is rendered as
 * React text, never as markup.
 */
import type { ReactNode } from 'react';
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
import { Headline } from './sections/headline';
import { MetricsSection } from './sections/metrics';
import { ModelSection } from './sections/model';
import { NextStepsSection } from './sections/next-steps';
import { ObligationsSection } from './sections/obligations';
import { ReadinessSection } from './sections/readiness';
import { RisksSection } from './sections/risks';
import { TimelineSection } from './sections/timeline';
import './results.css';

export interface PlanViewProps {
  plan: Plan;
  /** The active answers the plan was computed from; used to show triggering answers in the user's words. */
  answers: Answers;
  /** The shell's export buttons and share panel, shown right after the headline figures. */
  actions?: ReactNode;
  /** Level of the page title; sections and items follow in order. 1 when the page owns the h1. */
  headingLevel?: 1 | 2 | 3;
  /** Lets the reader replace the estimate's rate, prices and GPU costs; a shared plan, read-only, has none. */
  onFiguresChange?: (figures: Answers) => void;
  /** The shell's what-if sections (decisive answers, sensitivity, comparison), after the costs. */
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
  const projectName =
    typeof answers.projectName === 'string' && answers.projectName.trim() ? answers.projectName : '';
  return (
    <HeadingBase level={headingLevel}>
      <article className="sw-results" aria-labelledby="sw-results-title">
        <header className="sw-results__header">
          <div className="sw-results__title-block">
            <p className="sw-results__eyebrow">Scopewise plan</p>
            <Heading depth={0} id="sw-results-title" className="sw-results__title">
              {projectName || 'Your generative-AI plan'}
            </Heading>
          </div>
        </header>
        <Headline plan={plan} answers={answers} />
        {/* After the headline, so the figures come first for every reader; before the detail, so they are easy to find. */}
        {actions && <div className="sw-results__actions">{actions}</div>}
        <ApproachSection plan={plan} answers={answers} />
        <ModelSection plan={plan} answers={answers} />
        <ComponentsSection plan={plan} answers={answers} />
        <TimelineSection plan={plan} answers={answers} />
        <CostsSection plan={plan} answers={answers} />
        {onFiguresChange && <FiguresEditor answers={answers} onChange={onFiguresChange} />}
        {whatIf}
        <ChecksSection plan={plan} answers={answers} />
        <ReadinessSection plan={plan} answers={answers} />
        <RisksSection plan={plan} answers={answers} />
        <ObligationsSection plan={plan} answers={answers} />
        <EvaluationSection plan={plan} answers={answers} />
        <MetricsSection plan={plan} answers={answers} />
        <NextStepsSection plan={plan} answers={answers} />
        <AssumptionsSection plan={plan} answers={answers} />
        <footer className="sw-results__footer">
          <p>
            Ruleset {plan.rulesetVersion}. Every figure is a range drawn from the cited sources and the
            assumptions above; check them against your own quotes.
          </p>
        </footer>
      </article>
    </HeadingBase>
  );
}
