import type { Plan } from '@/domain/plan';
import type { Block } from '../document';
import { item, listOrNone, text } from './blocks';
import type { Reasons } from './reasons';

export function nextStepsBlocks({ nextSteps }: Plan, reasons: Reasons): Block[] {
  return listOrNone(
    nextSteps.map((n) => item([text(n.text)], [], reasons.lines(n.because))),
    'next steps are listed',
    true,
  );
}
