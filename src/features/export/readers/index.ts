/**
 * One plan, a document for each reader: the full plan, the executive one-pager, the compliance appendix, the
 * engineering backlog and the architecture decision record. All are views of the same plan, built from the same
 * sections; the renderers (Markdown, PDF, CSV, on screen) draw any of them.
 */
import type { Plan } from '@/domain/plan';
import { splitByApplicability, type Answers } from '@/domain/questions';
import type { PlanDocument, ReaderId } from '../document';
import { buildPlanDocument, type DocumentOptions } from '../plan-document';
import { adrDocument } from './adr';
import { backlogDocument } from './backlog';
import { complianceDocument } from './compliance';
import { execDocument } from './exec';

export { readerTitles } from './frame';

export function buildReaderDocument(
  reader: ReaderId,
  plan: Plan,
  answers: Answers,
  opts: DocumentOptions,
): PlanDocument {
  if (reader === 'full') return buildPlanDocument(plan, answers, opts);
  const { active } = splitByApplicability(answers);
  switch (reader) {
    case 'exec':
      return execDocument(plan, active, opts);
    case 'compliance':
      return complianceDocument(plan, active, opts);
    case 'backlog':
      return backlogDocument(plan, active, opts);
    case 'adr':
      return adrDocument(plan, active, opts);
  }
}
