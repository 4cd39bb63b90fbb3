import type { Plan } from '@/domain/plan';
import type { Block } from '../document';
import { item, listOrNone, text } from './blocks';
import type { Reasons } from './reasons';

export function obligationsBlocks({ obligations }: Plan, reasons: Reasons): Block[] {
  return listOrNone(
    obligations.map((o) =>
      item(
        [text(o.title, true), text(`: ${o.why}`)],
        o.actions.map((x) => `Action: ${x}`),
        reasons.lines(o.because),
      ),
    ),
    'compliance obligations were triggered',
  );
}
