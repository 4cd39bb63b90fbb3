import type { Plan } from '@/domain/plan';
import type { Block } from '../document';
import { item, listOrNone, para, text } from './blocks';
import type { Reasons } from './reasons';

/** The recommendation, the verdict on a stated preference, and why each alternative was not chosen. */
export function approachBlocks({ approach }: Plan, reasons: Reasons): Block[] {
  const blocks: Block[] = [para(text(approach.label, true), text(`: ${approach.summary}`))];
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
      approach.alternatives.find((x) => x.approach === preferred.approach)?.label ?? preferred.approach;
    blocks.push(
      para(text(`Your preference (${label}) was ${preferred.verdict}: `, true), text(preferred.reason)),
    );
  }
  if (approach.because.length) blocks.push({ kind: 'why', lines: reasons.lines(approach.because) });
  blocks.push({ kind: 'subheading', text: 'Alternatives considered' });
  blocks.push(
    ...listOrNone(
      approach.alternatives.map((x) =>
        item([text(x.label, true), text(` (not chosen): ${x.whyNot}`)], [], reasons.lines(x.because)),
      ),
      'alternatives were weighed',
    ),
  );
  return blocks;
}
