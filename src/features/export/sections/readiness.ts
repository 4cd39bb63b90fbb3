import type { Plan } from '@/domain/plan';
import type { Block } from '../document';
import { joinItems, para, text } from './blocks';
import type { Reasons } from './reasons';

/** The overall score, then each area's score with its reasons. */
export function readinessBlocks(plan: Plan, reasons: Reasons): Block[] {
  const overall = `Overall readiness: ${Math.round(plan.headline.readiness)} / 100`;
  if (!plan.readiness.length) return [para(text(`${overall}.`, true))];
  return [
    {
      kind: 'chart',
      chart: {
        kind: 'scores',
        title: `${overall}. Scores by area (0–100)`,
        bars: plan.readiness.map((r) => ({ label: r.label, score: r.score })),
      },
    },
    {
      kind: 'table',
      head: ['Area', 'Score', 'Reasons', 'Why'],
      widths: [80, 45, '*', 150],
      rows: [
        ...plan.readiness.map((r) => [
          r.label,
          `${Math.round(r.score)} / 100`,
          joinItems(r.reasons) || '–',
          reasons.cell(r.because),
        ]),
        ['Overall', `${Math.round(plan.headline.readiness)} / 100`, 'Mean of the areas', '–'],
      ],
    },
  ];
}
