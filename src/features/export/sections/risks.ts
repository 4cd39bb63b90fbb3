import type { Plan } from '@/domain/plan';
import type { Block } from '../document';
import { joinItems, none } from './blocks';
import type { Reasons } from './reasons';

const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low'] as const;

/** Most severe first. */
export function risksBlocks({ risks }: Plan, reasons: Reasons): Block[] {
  if (!risks.length) return [none('risks were identified')];
  return [
    {
      kind: 'table',
      head: ['Risk', 'Severity', 'What could happen', 'Mitigations', 'Why'],
      widths: [80, 45, '*', '*', 110],
      rows: [...risks]
        .sort((x, y) => SEVERITY_ORDER.indexOf(x.severity) - SEVERITY_ORDER.indexOf(y.severity))
        .map((r) => [
          r.title,
          r.severity,
          r.description,
          joinItems(r.mitigations) || '–',
          reasons.cell(r.because),
        ]),
    },
  ];
}
