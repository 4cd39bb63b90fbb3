import type { Block } from '../document';
import { item, listOrNone, text } from './blocks';
import type { Reasons } from './reasons';

/** Each assumption once, under the number the reasons above refer to, with what rests on it. */
export function assumptionsBlocks(reasons: Reasons): Block[] {
  return listOrNone(
    reasons.assumptions.map((a) =>
      item(
        [text(`${a.ref}. `, true), text(a.text)],
        [`Used for: ${[...new Set(a.because.map((b) => b.title))].join('; ')}.`],
      ),
    ),
    'assumptions are stated',
  );
}
