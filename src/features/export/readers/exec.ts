/** The executive one-pager: the decision summary alone, laid out to fit one printed page. */
import type { Plan } from '@/domain/plan';
import type { Answers } from '@/domain/questions';
import type { PlanDocument } from '../document';
import { Reasons } from '../sections/reasons';
import { summaryBlocks } from '../sections/summary';
import { documentFrame, type ReaderContext } from './frame';

export function execDocument(plan: Plan, active: Answers, ctx: ReaderContext): PlanDocument {
  return documentFrame('exec', plan, active, ctx, {
    layout: 'one-page',
    sections: [
      {
        id: 'summary',
        title: 'Decision summary',
        blocks: summaryBlocks(plan, active, new Reasons(plan, active), 'exec'),
      },
    ],
  });
}
