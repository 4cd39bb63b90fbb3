import type { Plan } from '@/domain/plan';
import type { Block } from '../document';
import { item, listOrNone, text } from './blocks';
import type { Reasons } from './reasons';

/** Warnings, each with its fix; the blockers are in the decision summary, with theirs. */
export function warningsBlocks({ warnings }: Plan, reasons: Reasons): Block[] {
  return listOrNone(
    warnings
      .filter((w) => w.level === 'warning')
      .map((w) => item([text(w.message)], [`Fix: ${w.fix}`], reasons.lines(w.because))),
    'warnings',
  );
}
