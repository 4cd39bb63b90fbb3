/**
 * The estimator's parameters (rules/assumptions.json): rates, prices, throughputs and the like, each with its source,
 * its derivation from a source, or a stated assumption. Some are editable on the results page; an edited value
 * replaces the default for that plan and travels with its answers file and share link.
 */
import '@/domain/zod';
import { z } from 'zod';
import { citationSchema } from '@/domain/citation-schema';
import type { Answers } from '@/domain/questions';
import type { Range } from '@/domain/range';

const range = z
  .tuple([z.number().nonnegative(), z.number().nonnegative()])
  .refine(([a, b]) => a <= b, 'min must not exceed max');

const grounding = {
  sources: z.array(citationSchema).optional(),
  derivation: z.string().min(1).optional(),
  assumption: z.string().min(1).optional(),
};

const entry = <T extends z.ZodType>(value: T) =>
  z
    .strictObject({
      label: z.string().min(1),
      value,
      unit: z.string().min(1),
      editable: z.literal(true).optional(),
      min: z.number().optional(),
      max: z.number().optional(),
      ...grounding,
    })
    .refine(
      (e) => (e.sources?.length ?? 0) > 0 || e.assumption !== undefined,
      'needs sources or an assumption',
    );

const table = <T extends z.ZodType>(value: T) =>
  z
    .strictObject({ ...grounding, values: value })
    .refine((t) => t.assumption !== undefined || t.derivation !== undefined);

const words = z.strictObject({ input: range, output: range });

export const assumptionsFileSchema = z.strictObject({
  $comment: z.string().optional(),
  values: z.strictObject({
    ratePerEngineerWeek: entry(range),
    referenceTeam: entry(z.number().positive()),
    coordination: entry(z.number().nonnegative()),
    tokensPerWord: entry(z.number().positive()),
    priceSmall: entry(range),
    priceFrontier: entry(range),
    routingSmallShare: entry(range),
    optimisationSaving: entry(range),
    gpuMonthlyCloud: entry(range),
    gpuMonthlyOwned: entry(range),
    throughputSmall: entry(range),
    throughputLarge: entry(range),
    gpusPerLargeReplica: entry(z.number().int().positive()),
    peakFactor: entry(range),
    activeHoursInternal: entry(z.number().positive()),
    activeHoursExternal: entry(z.number().positive()),
    daysInternal: entry(z.number().positive()),
    daysExternal: entry(z.number().positive()),
    opsSelfHosted: entry(range),
    regulatoryLiaison: entry(range),
    weeksPerMonth: entry(z.number().positive()),
    currencySymbol: entry(z.string().min(1)),
  }),
  wordsByTask: table(z.record(z.string(), words)),
  modelCallsPerRequest: table(z.strictObject({ single: range, chain: range, agent: range })),
  notSure: table(
    z.strictObject({
      teamSize: range,
      dailyUsers: z.strictObject({ internal: range, customers: range, public: range }),
      requestsPerUser: range,
    }),
  ),
});
export type AssumptionsFile = z.infer<typeof assumptionsFileSchema>;
export type AssumptionId = keyof AssumptionsFile['values'];

/** The parameters a user may change, with the shape each takes. */
export const editableAssumptionIds = [
  'ratePerEngineerWeek',
  'priceSmall',
  'priceFrontier',
  'gpuMonthlyCloud',
  'gpuMonthlyOwned',
  'weeksPerMonth',
  'currencySymbol',
] as const satisfies readonly AssumptionId[];
export type EditableAssumptionId = (typeof editableAssumptionIds)[number];

export interface EditedAssumptions {
  ratePerEngineerWeek?: Range;
  priceSmall?: Range;
  priceFrontier?: Range;
  gpuMonthlyCloud?: Range;
  gpuMonthlyOwned?: Range;
  weeksPerMonth?: number;
  currencySymbol?: string;
}

/** The value of every parameter for one plan: the defaults, with the user's edits in place of theirs. */
export type AssumptionValues = { [K in AssumptionId]: AssumptionsFile['values'][K]['value'] };

export function assumptionValues(file: AssumptionsFile, edited: EditedAssumptions = {}): AssumptionValues {
  const out = Object.fromEntries(
    Object.entries(file.values).map(([k, e]) => [k, e.value]),
  ) as AssumptionValues;
  for (const id of editableAssumptionIds) {
    const v = edited[id];
    if (v !== undefined) (out as Record<string, unknown>)[id] = v;
  }
  return out;
}

/** The pairs of answers (figures.ts) that replace a range, by parameter. */
const figurePairs = {
  ratePerEngineerWeek: ['rateLow', 'rateHigh'],
  priceSmall: ['priceSmallLow', 'priceSmallHigh'],
  priceFrontier: ['priceFrontierLow', 'priceFrontierHigh'],
  gpuMonthlyCloud: ['gpuCloudLow', 'gpuCloudHigh'],
  gpuMonthlyOwned: ['gpuOwnedLow', 'gpuOwnedHigh'],
} as const satisfies Partial<Record<EditableAssumptionId, readonly [string, string]>>;

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/**
 * The user's own figures, from their answers to the figures the results page asks. A range given at one end only
 * keeps the default at the other; ends given the wrong way round are put in order.
 */
export function editedFromAnswers(answers: Answers, file: AssumptionsFile): EditedAssumptions {
  const edited: EditedAssumptions = {};
  for (const [id, [low, high]] of Object.entries(figurePairs) as [
    keyof typeof figurePairs,
    readonly [string, string],
  ][]) {
    const a = num(answers[low]);
    const b = num(answers[high]);
    if (a === undefined && b === undefined) continue;
    const [d0, d1] = file.values[id].value;
    const lo = a ?? Math.min(d0, b!);
    const hi = b ?? Math.max(d1, a!);
    edited[id] = [Math.min(lo, hi), Math.max(lo, hi)];
  }
  const weeks = num(answers.weeksPerMonth);
  if (weeks !== undefined) edited.weeksPerMonth = weeks;
  const symbol = answers.currencySymbol;
  if (typeof symbol === 'string' && symbol.trim()) edited.currencySymbol = symbol.trim();
  return edited;
}

/** The default value of every editable parameter, as the results page shows them beside the user's figures. */
export type EditableDefaults = { [K in EditableAssumptionId]: AssumptionValues[K] };
