/** Validates rule conditions when the rules load; kept out of the domain so the questionnaire never loads it. */
// Before any schema exists: the app's zod configuration (no code generation under the CSP) must apply here too.
import '@/domain/zod';
import { z } from 'zod';
import { comparisonOps, type Condition } from '@/domain/conditions';
import { factNames, type FactName } from './facts';

const scalar = z.union([z.string(), z.number(), z.boolean()]);
const factName = z.enum(factNames, {
  error: (issue) => `"${String(issue.input)}" is neither an answer id nor a derived fact`,
});

export const conditionSchema: z.ZodType<Condition<FactName>> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
    z.strictObject({
      fact: factName,
      op: z.enum(comparisonOps),
      value: z.union([scalar, z.array(scalar)]).optional(),
    }),
  ]),
);
