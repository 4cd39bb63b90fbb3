import { formatMoneyRange, formatNumber, formatPercentRange } from '@/domain/format';
import type { Plan } from '@/domain/plan';
import type { Range } from '@/domain/range';
import type { Block } from '../document';
import { item, listOrNone, notGivenBy, text } from './blocks';
import type { Reasons } from './reasons';

const personWeeks = ([a, b]: Range): string =>
  a === b ? formatNumber(a, 1) : `${formatNumber(a, 1)}–${formatNumber(b, 1)}`;

/** Build and monthly ranges as charts and a table of every line of the bill, then the arithmetic behind them. */
export function costsBlocks({ costs }: Plan, reasons: Reasons): Block[] {
  const $ = costs.currencySymbol;
  const money = (r: Range) => formatMoneyRange(r, $);
  const b = costs.buildBreakdown;
  const blocks: Block[] = [
    {
      kind: 'chart',
      chart: {
        kind: 'money-ranges',
        symbol: $,
        title: `Build cost (one-off, ${$})`,
        bars: [{ label: 'Build', range: costs.build }],
      },
    },
    {
      kind: 'chart',
      chart: {
        kind: 'money-ranges',
        symbol: $,
        title: `Monthly run cost (${$})`,
        bars: [
          ...costs.monthly.items.map((i) => ({ label: i.label, range: i.monthly })),
          ...(costs.monthly.inference[1] > 0 ? [{ label: 'Inference', range: costs.monthly.inference }] : []),
          { label: 'Total', range: costs.monthly.total },
        ],
      },
    },
    {
      kind: 'table',
      head: ['Cost', 'Range', 'Why'],
      widths: [180, 80, '*'],
      rows: [
        [
          `Work: ${personWeeks(b.effort)} person-weeks at ${money(b.rate)} an engineer-week`,
          money(b.labour),
          '',
        ],
        ...b.oneOff.map((i) => [i.label, money(i.cost), reasons.cell(i.because)]),
        ['Build (one-off)', money(costs.build), ''],
        ...costs.monthly.items.map((i) => [
          `${i.label} (monthly)`,
          money(i.monthly),
          reasons.cell(i.because),
        ]),
        ...(costs.monthly.inference[1] > 0
          ? [['Inference (monthly)', money(costs.monthly.inference), ''] as string[]]
          : []),
        ['Monthly total', money(costs.monthly.total), ''],
        ...(costs.monthly.inference[1] > 0
          ? [
              [
                `Inference with routing, caching and compression (${formatPercentRange(costs.optimisedInference.savingPercent)} less; not in the total)`,
                money(costs.optimisedInference.monthly),
                '',
              ],
            ]
          : []),
      ],
    },
    { kind: 'subheading', text: 'The arithmetic' },
    ...listOrNone(
      costs.arithmetic.map((line) => item([text(line)])),
      'arithmetic lines are available',
    ),
  ];
  const own = notGivenBy(costs.because, [...b.oneOff, ...costs.monthly.items]);
  if (own.length) blocks.push({ kind: 'why', lines: reasons.lines(own) });
  return blocks;
}
