/** What every reader's document shares: its title, date and ruleset, and what it is for. */
import type { Plan } from '@/domain/plan';
import type { Answers } from '@/domain/questions';
import type { PlanDocument, ReaderId } from '../document';
import { formatGeneratedAt } from '../format';

export interface ReaderContext {
  generatedAt: string;
}

/** What each document is called, alone and before the project's name. */
export const readerTitles: Record<ReaderId, string> = {
  full: 'Scopewise plan',
  exec: 'Executive summary',
  compliance: 'Compliance appendix',
  backlog: 'Engineering backlog',
  adr: 'Architecture decision record',
};

export function documentFrame(
  reader: ReaderId,
  plan: Plan,
  active: Answers,
  ctx: ReaderContext,
  body: Pick<PlanDocument, 'sections' | 'layout'> & Partial<Pick<PlanDocument, 'title' | 'frontMatter'>>,
): PlanDocument {
  const generated = formatGeneratedAt(ctx.generatedAt);
  const projectName = typeof active.projectName === 'string' ? active.projectName : undefined;
  return {
    reader,
    title: body.title ?? (projectName ? `${readerTitles[reader]}: ${projectName}` : readerTitles[reader]),
    projectName,
    generatedAt: generated,
    rulesetVersion: plan.rulesetVersion,
    meta: [`Generated ${generated}`, `Ruleset ${plan.rulesetVersion}`],
    sections: body.sections,
    layout: body.layout,
    ...(body.frontMatter && { frontMatter: body.frontMatter }),
  };
}
