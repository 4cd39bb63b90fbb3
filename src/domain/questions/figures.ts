/**
 * Figures of the estimate a user may replace with their own: the cost of an engineer-week, token prices, the cost
 * of a GPU-month, weeks per month and the currency symbol. The questionnaire does not ask them (they are not part
 * of any step); the results page does, beside the costs. Being answers, they are saved with the draft, written to
 * answers files and carried by share links like every other answer. Each range is two answers, its low and high
 * end; the engine puts them in order.
 */
import { cite } from '../sources';
import { questionsOf, type NumberQuestion } from './types';

const money = (max: number) => ({ kind: 'number' as const, min: 0, max, integer: false });

const range = <Id extends string>(
  low: Id,
  high: Id,
  codes: [number, number],
  label: string,
  unit: string,
  max: number,
  help: string,
  sources: NumberQuestion['sources'],
): NumberQuestion<Id>[] => [
  {
    id: low,
    code: codes[0],
    step: 'figures',
    label: `${label}, low end`,
    help,
    sources,
    required: false,
    unit,
    ...money(max),
  },
  {
    id: high,
    code: codes[1],
    step: 'figures',
    label: `${label}, high end`,
    help,
    sources,
    required: false,
    unit,
    ...money(max),
  },
];

type FigureId =
  | 'rateLow'
  | 'rateHigh'
  | 'priceSmallLow'
  | 'priceSmallHigh'
  | 'priceFrontierLow'
  | 'priceFrontierHigh'
  | 'gpuCloudLow'
  | 'gpuCloudHigh'
  | 'gpuOwnedLow'
  | 'gpuOwnedHigh'
  | 'weeksPerMonth'
  | 'currencySymbol';

export const figureQuestions = questionsOf<FigureId>([
  ...range(
    'rateLow',
    'rateHigh',
    [55, 56],
    'Cost of one engineer-week',
    'per engineer-week',
    1_000_000,
    'What a week of one engineer costs you: your loaded salary cost, or a partner’s rate.',
    [cite('001', 263)],
  ),
  ...range(
    'priceSmallLow',
    'priceSmallHigh',
    [57, 58],
    'Price of a small model',
    'per million tokens',
    10_000,
    'What your provider charges for a million tokens of a small, fast model.',
    [cite('001', 247)],
  ),
  ...range(
    'priceFrontierLow',
    'priceFrontierHigh',
    [59, 60],
    'Price of a frontier model',
    'per million tokens',
    10_000,
    'What your provider charges for a million tokens of its most capable model.',
    [cite('001', 379)],
  ),
  ...range(
    'gpuCloudLow',
    'gpuCloudHigh',
    [61, 62],
    'One cloud GPU for a month',
    'per GPU-month',
    1_000_000,
    'What a data-centre GPU rented for a month of continuous use costs you.',
    [cite('003', 208)],
  ),
  ...range(
    'gpuOwnedLow',
    'gpuOwnedHigh',
    [63, 64],
    'One owned GPU for a month',
    'per GPU-month',
    1_000_000,
    'What a GPU you own costs a month: its price written off over its life, plus power, cooling and space.',
    [cite('003', 208)],
  ),
  {
    id: 'weeksPerMonth',
    code: 65,
    step: 'figures',
    kind: 'number',
    label: 'Weeks in a month',
    help: 'How the monthly cost of people running self-hosted models is worked out from their weekly cost.',
    sources: [cite('003', 208)],
    required: false,
    min: 4,
    max: 5,
    integer: false,
    unit: 'weeks',
  },
  {
    id: 'currencySymbol',
    code: 66,
    step: 'figures',
    kind: 'text',
    label: 'Currency symbol',
    help: 'Every default is in US dollars: if you change the symbol, give your rates and prices in that currency too.',
    sources: [cite('001', 379)],
    required: false,
    maxLength: 3,
    multiline: false,
  },
]);
