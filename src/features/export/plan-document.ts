/**
 * The plan as a neutral document (see `document.ts`) that the Markdown, PDF and on-screen renderers draw. Building
 * it once keeps every output saying exactly the same thing. Each section is built in `sections/`; the documents for
 * one reader (the executive one-pager, the compliance appendix, the backlog, the decision record) in `readers/`.
 */
import type { Plan } from '@/domain/plan';
import { splitByApplicability, type Answers } from '@/domain/questions';
import type { PlanDocument, Section } from './document';
import { formatGeneratedAt } from './format';
import { aboutBlocks, answersBlocks, sourcesBlocks, traceBlocks } from './sections/appendices';
import { approachBlocks } from './sections/approach';
import { checksBlocks } from './sections/checks';
import { assumptionsBlocks } from './sections/assumptions';
import { componentsBlocks } from './sections/components';
import { costsBlocks } from './sections/costs';
import { evaluationBlocks } from './sections/evaluation';
import { metricsBlocks } from './sections/metrics';
import { modelBlocks } from './sections/model';
import { nextStepsBlocks } from './sections/next-steps';
import { obligationsBlocks } from './sections/obligations';
import { readinessBlocks } from './sections/readiness';
import { Reasons } from './sections/reasons';
import { risksBlocks } from './sections/risks';
import { summaryBlocks } from './sections/summary';
import { timelineBlocks } from './sections/timeline';
import { warningsBlocks } from './sections/warnings';
import { decisiveBlocks, sensitivityBlocks, WHAT_IF_TITLES } from './sections/what-if';
import type { Notes } from '@/domain/notes';
import type { Sensitivity } from '@/engine/what-if';

export type * from './document';

export const SECTION_TITLES = {
  summary: 'Decision summary',
  approach: 'Approach',
  model: 'Model and hosting',
  components: 'Components',
  timeline: 'Timeline',
  costs: 'Costs',
  checks: 'Checked against the sources',
  risks: 'Risks',
  obligations: 'Compliance obligations',
  evaluation: 'Evaluation and governance',
  metrics: 'Success metrics',
  readiness: 'Readiness',
  warnings: 'Warnings',
  nextSteps: 'Next steps',
  assumptions: 'Assumptions',
  answers: 'Appendix A: Your answers',
  sources: 'Appendix B: Sources',
  about: 'Appendix C: About this plan',
  trace: 'Technical trace',
} as const;

export interface DocumentOptions {
  generatedAt: string;
  /** Ends the document with the technical trace (rule ids and facts): the Markdown has it, the PDF does not. */
  trace?: boolean;
  /** Notes on answers, printed beside them in the answers appendix. */
  notes?: Notes;
  /** The sensitivity, when it was worked out (the what-if analysis): its top rows get a section. */
  sensitivity?: Sensitivity;
}

/** The project's name as typed, when there is one. */
export const projectNameOf = (active: Answers): string | undefined =>
  typeof active.projectName === 'string' ? active.projectName : undefined;

export function buildPlanDocument(plan: Plan, answers: Answers, opts: DocumentOptions): PlanDocument {
  const { active } = splitByApplicability(answers);
  const reasons = new Reasons(plan, active);
  const generated = formatGeneratedAt(opts.generatedAt);
  const projectName = projectNameOf(active);
  const S = SECTION_TITLES;
  // In reading order, which numbers the sources in order of first citation; the sources appendix comes after
  // every section that cites them.
  const sections: Section[] = [
    { id: 'summary', title: S.summary, blocks: summaryBlocks(plan, active, reasons, 'full') },
    { id: 'approach', title: S.approach, blocks: approachBlocks(plan, reasons) },
    { id: 'model', title: S.model, blocks: modelBlocks(plan, reasons) },
    // Only when the decisive answers were worked out (the CLI and the results page do; a bare evaluate does not).
    ...(plan.decisive
      ? [{ id: 'decisive', title: WHAT_IF_TITLES.decisive, blocks: decisiveBlocks(plan) }]
      : []),
    ...(opts.sensitivity
      ? [
          {
            id: 'sensitivity',
            title: WHAT_IF_TITLES.sensitivity,
            blocks: sensitivityBlocks(opts.sensitivity),
          },
        ]
      : []),
    { id: 'components', title: S.components, blocks: componentsBlocks(plan, reasons) },
    { id: 'timeline', title: S.timeline, blocks: timelineBlocks(plan, reasons) },
    { id: 'costs', title: S.costs, blocks: costsBlocks(plan, reasons) },
    { id: 'checks', title: S.checks, blocks: checksBlocks(plan, reasons) },
    { id: 'risks', title: S.risks, blocks: risksBlocks(plan, reasons) },
    { id: 'obligations', title: S.obligations, blocks: obligationsBlocks(plan, reasons) },
    { id: 'evaluation', title: S.evaluation, blocks: evaluationBlocks(plan, reasons) },
    { id: 'metrics', title: S.metrics, blocks: metricsBlocks(plan, reasons) },
    { id: 'readiness', title: S.readiness, blocks: readinessBlocks(plan, reasons) },
    { id: 'warnings', title: S.warnings, blocks: warningsBlocks(plan, reasons) },
    { id: 'nextSteps', title: S.nextSteps, blocks: nextStepsBlocks(plan, reasons) },
    { id: 'assumptions', title: S.assumptions, blocks: assumptionsBlocks(reasons) },
    { id: 'answers', title: S.answers, blocks: answersBlocks(active, opts.notes) },
    { id: 'sources', title: S.sources, blocks: sourcesBlocks(plan, reasons) },
    { id: 'about', title: S.about, blocks: aboutBlocks(plan, generated) },
  ];
  if (opts.trace) sections.push({ id: 'trace', title: S.trace, blocks: traceBlocks(plan) });
  return {
    reader: 'full',
    title: projectName ? `Scopewise plan: ${projectName}` : 'Scopewise plan',
    projectName,
    generatedAt: generated,
    rulesetVersion: plan.rulesetVersion,
    meta: [`Generated ${generated}`, `Ruleset ${plan.rulesetVersion}`],
    sections,
    layout: 'report',
  };
}
