import type { Plan } from '@/domain/plan';
import type { Block } from '../document';
import { item, listOrNone, text } from './blocks';
import type { Reasons } from './reasons';

/** The plan beside the figures the sources give for similar projects. */
export function checksBlocks({ checks }: Plan, reasons: Reasons): Block[] {
  return listOrNone(
    checks.map((c) => item([text(c.text)], [], reasons.lines(c.because))),
    'source gives figures for a project like this one',
  );
}
