import type { Plan } from '@/domain/plan';
import type { Block } from '../document';
import { none } from './blocks';
import type { Reasons } from './reasons';

export function componentsBlocks({ components }: Plan, reasons: Reasons): Block[] {
  if (!components.length) return [none('components are listed')];
  return [
    {
      kind: 'table',
      head: ['Component', 'Purpose', 'Why'],
      widths: [110, '*', 170],
      rows: components.map((c) => [c.name, c.purpose, reasons.cell(c.because)]),
    },
  ];
}
