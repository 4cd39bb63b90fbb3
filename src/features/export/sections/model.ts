import type { Plan } from '@/domain/plan';
import type { Block } from '../document';
import { item, notGivenBy, text } from './blocks';
import type { Reasons } from './reasons';

export function modelBlocks({ model }: Plan, reasons: Reasons): Block[] {
  const blocks: Block[] = [
    {
      kind: 'table',
      head: ['Decision', 'Choice'],
      widths: [140, '*'],
      rows: [
        ['Model tier', model.tierLabel],
        ['Hosting', model.hostingLabel],
        ['Model family', model.familyLabel],
      ],
    },
  ];
  const own = notGivenBy(model.because, model.notes);
  if (own.length) blocks.push({ kind: 'why', lines: reasons.lines(own) });
  if (model.notes.length)
    blocks.push({
      kind: 'list',
      ordered: false,
      items: model.notes.map((n) => item([text(n.text)], [], reasons.lines(n.because))),
    });
  return blocks;
}
