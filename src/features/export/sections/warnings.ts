import type { Plan } from '@/domain/plan';
import type { Block } from '../document';
import { item, listOrNone, text } from './blocks';
import type { Reasons } from './reasons';

/** Blockers first, each with its fix. */
export function warningsBlocks({ warnings }: Plan, reasons: Reasons): Block[] {
  const blockers = warnings.filter((w) => w.level === 'blocker');
  const others = warnings.filter((w) => w.level === 'warning');
  return listOrNone(
    [...blockers, ...others].map((w) =>
      item(
        [text(w.level === 'blocker' ? 'Blocker: ' : 'Warning: ', true), text(w.message)],
        [`Fix: ${w.fix}`],
        reasons.lines(w.because),
      ),
    ),
    'warnings or blockers',
  );
}
