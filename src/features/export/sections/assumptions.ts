import type { Plan } from '@/domain/plan';
import type { Block } from '../document';
import { item, listOrNone, text } from './blocks';
import type { Reasons } from './reasons';

export function assumptionsBlocks({ assumptions }: Plan, reasons: Reasons): Block[] {
  return listOrNone(
    assumptions.map((x) => item([text(x.text)], [], reasons.lines(x.because))),
    'assumptions are stated',
  );
}
