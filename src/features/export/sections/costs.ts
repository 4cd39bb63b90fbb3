import { formatPercentRange, formatUsdRange } from '@/domain/format';
import type { Plan } from '@/domain/plan';
import type { Block } from '../document';
import { item, listOrNone, para, text } from './blocks';
import type { Reasons } from './reasons';

/** Build and monthly ranges as charts and a table, then the arithmetic behind them. */
export function costsBlocks({ costs }: Plan, reasons: Reasons): Block[] {
  const blocks: Block[] = [
    {
      kind: 'chart',
      chart: {
        kind: 'usd-ranges',
        title: 'Build cost (one-off, USD)',
        bars: [{ label: 'Build', range: costs.build }],
      },
    },
    {
      kind: 'chart',
      chart: {
        kind: 'usd-ranges',
        title: 'Monthly run cost (USD)',
        bars: [
          { label: 'Hosting', range: costs.monthly.hosting },
          { label: 'Inference', range: costs.monthly.inference },
          { label: 'Total', range: costs.monthly.total },
          { label: 'Inference, optimised', range: costs.optimisedInference.monthly },
        ],
      },
    },
    {
      kind: 'table',
      head: ['Cost', 'Range (USD)'],
      widths: [200, '*'],
      rows: [
        ['Build (one-off)', formatUsdRange(costs.build)],
        ['Monthly hosting', formatUsdRange(costs.monthly.hosting)],
        ['Monthly inference', formatUsdRange(costs.monthly.inference)],
        ['Monthly total', formatUsdRange(costs.monthly.total)],
        ['Monthly inference, optimised', formatUsdRange(costs.optimisedInference.monthly)],
        [
          'Saving from routing, caching, compression',
          formatPercentRange(costs.optimisedInference.savingPercent),
        ],
      ],
    },
    para(
      text('The optimised inference figure is shown separately: it is not included in the monthly total.'),
    ),
    { kind: 'subheading', text: 'The arithmetic' },
    ...listOrNone(
      costs.arithmetic.map((line) => item([text(line)])),
      'arithmetic lines are available',
    ),
  ];
  if (costs.because.length) blocks.push({ kind: 'why', lines: reasons.lines(costs.because) });
  return blocks;
}
