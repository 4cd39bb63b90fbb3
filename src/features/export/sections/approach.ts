import type { Plan } from '@/domain/plan';
import { alternativesToList, alternativeWhyNot, preferenceReason } from '@/domain/say-once';
import type { Block } from '../document';
import { item, listOrNone, para, text } from './blocks';
import type { Reasons } from './reasons';

/**
 * The recommendation, the verdict on a stated preference, and why each alternative was not chosen. The answers
 * that decided it are in the decision summary, so they are not listed again here.
 */
export function approachBlocks({ approach }: Plan, reasons: Reasons): Block[] {
  const blocks: Block[] = [para(text(approach.label, true), text(`: ${approach.summary}`))];
  for (const n of approach.notes) blocks.push(para(text(n.text)));
  if (approach.fineTuneMethod)
    blocks.push(
      para(
        text(
          `Fine-tuning method: ${approach.fineTuneMethod === 'lora' ? 'LoRA/QLoRA' : 'full fine-tuning'}.`,
        ),
      ),
    );
  const { preferred } = approach;
  if (preferred) {
    const label =
      approach.alternatives.find((x) => x.approach === preferred.approach)?.label ?? approach.label;
    blocks.push(
      para(
        text(`Your preference (${label}) was ${preferred.verdict}: `, true),
        text(preferenceReason(approach) ?? preferred.reason),
      ),
    );
  }
  if (approach.because.length) blocks.push({ kind: 'why', lines: reasons.lines(approach.because) });
  blocks.push({ kind: 'subheading', text: 'Alternatives considered' });
  blocks.push(
    ...listOrNone(
      alternativesToList(approach).map((x) =>
        item(
          [text(x.label, true), text(` (not chosen): ${alternativeWhyNot(approach, x)}`)],
          [],
          // The deciding reason is the approach's own "why", given above.
          x.because[0]?.ruleId === approach.because[0]?.ruleId ? [] : reasons.lines(x.because),
        ),
      ),
      'alternatives were weighed',
    ),
  );
  return blocks;
}
