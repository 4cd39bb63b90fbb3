import { SUMMARY_LIMITS } from '@/domain/decision-summary';
import type { Plan } from '@/domain/plan';
import type { Block } from '../document';
import { item, none, para, text } from './blocks';
import type { Reasons } from './reasons';

/** The steps after those the decision summary gives, numbered on from them: each step is said once. */
export function nextStepsBlocks({ nextSteps }: Plan, reasons: Reasons): Block[] {
  if (!nextSteps.length) return [none('next steps are listed')];
  const first = Math.min(SUMMARY_LIMITS.nextSteps, nextSteps.length);
  const rest = nextSteps.slice(first);
  if (!rest.length) return [para(text('Every step is in the decision summary.'))];
  return [
    para(text(`Steps 1–${first} are in the decision summary; then:`)),
    {
      kind: 'list',
      ordered: true,
      start: first + 1,
      items: rest.map((n) => item([text(n.text)], [], reasons.lines(n.because))),
    },
  ];
}
