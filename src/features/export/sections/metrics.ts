import type { Plan } from '@/domain/plan';
import type { Block } from '../document';
import { none } from './blocks';
import type { Reasons } from './reasons';

export function metricsBlocks({ metrics }: Plan, reasons: Reasons): Block[] {
  if (!metrics.length) return [none('success metrics are set')];
  return [
    {
      kind: 'table',
      head: ['Metric', 'Target', 'Why'],
      widths: [140, 100, '*'],
      rows: metrics.map((x) => [x.name, x.target, reasons.cell(x.because)]),
    },
  ];
}
