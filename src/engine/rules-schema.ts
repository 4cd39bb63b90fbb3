/**
 * The shape of the knowledge base in `rules/`. Each file holds the rules of one concern; a rule is an id, a
 * title, a condition (`when`, absent = always), its typed effects, and its grounding: `sources` in the seed
 * articles and/or an `assumption` shown to users. A rule with neither is rejected at load.
 */
// Before any schema exists: the app's zod configuration (no code generation under the CSP) must apply here too.
import '@/domain/zod';
import { z } from 'zod';
import { conditionSchema } from './condition-schema';
import { approachIds, severitySchema } from '@/domain/plan';
import { citationSchema } from '@/domain/citation-schema';
import { isOfficialUrl, jurisdictions, obligationKinds, obligationOwners } from '@/domain/legal';

const range = z
  .tuple([z.number().nonnegative(), z.number().nonnegative()])
  .refine(([a, b]) => a <= b, 'min must not exceed max');
const factor = z
  .tuple([z.number().positive(), z.number().positive()])
  .refine(([a, b]) => a <= b, 'the low factor must not exceed the high one');
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case');

const grounding = {
  id,
  title: z.string().min(1),
  when: conditionSchema.optional(),
  sources: z.array(citationSchema).optional(),
  assumption: z.string().min(1).optional(),
};

function grounded<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject({ ...grounding, ...shape }).refine((r: unknown) => {
    const g = r as { sources?: unknown[]; assumption?: string };
    return (g.sources?.length ?? 0) > 0 || g.assumption !== undefined;
  }, 'a rule needs sources or a stated assumption');
}

const scores = <T extends readonly [string, ...string[]]>(values: T) =>
  z.partialRecord(z.enum(values), z.number());

export const tierIds = ['small', 'frontier', 'routing'] as const;
export const hostingIds = ['public-api', 'enterprise-cloud', 'private-cloud', 'on-premises'] as const;
export const familyIds = ['llm', 'multimodal', 'diffusion', 'gan', 'vae'] as const;
export const phaseIds = [
  'scoping',
  'data-prep',
  'prototype',
  'build',
  'integration',
  'compliance',
  'evaluation',
  'regulatory-approval',
  'rollout',
] as const;
export type PhaseId = (typeof phaseIds)[number];
export const readinessAreas = ['useCase', 'data', 'compliance', 'team'] as const;

/** Approach rules add to candidate scores; the highest total wins. `reason` explains the push. */
export const approachRuleSchema = grounded({
  score: scores(approachIds),
  reason: z.string().min(1),
  fineTuneMethod: z.enum(['lora', 'full']).optional(),
});

/** Model rules score tiers, hosting options and families; -100 is how a rule rules an option out. */
export const modelRuleSchema = grounded({
  tier: scores(tierIds).optional(),
  hosting: scores(hostingIds).optional(),
  family: scores(familyIds).optional(),
  reason: z.string().min(1),
  /** Shown in the plan's model notes when the rule fires and its choice wins. */
  note: z.string().min(1).optional(),
});

export const componentRuleSchema = grounded({
  component: z.strictObject({ id, name: z.string().min(1), purpose: z.string().min(1) }),
});

/**
 * Timeline rules act on one phase: `atLeast` raises it to a floor (max of all floors), `add` adds weeks, then
 * `scale` multiplies. Floors, then additions, then factors: the order never depends on the rule order.
 */
export const timelineRuleSchema = grounded({
  phase: z.enum(phaseIds),
  atLeast: range.optional(),
  add: range.optional(),
  scale: factor.optional(),
});

export const costRuleSchema = grounded({
  /** Blended delivery cost per week of the timeline (max of all that fire). */
  weeklyRate: range.optional(),
  buildAdd: range.optional(),
  buildScale: factor.optional(),
  /** $ per million tokens for the chosen tier (max of all that fire). */
  pricePerMTokens: range.optional(),
  hostingMonthly: range.optional(),
  savingPercent: range.optional(),
  /** An arithmetic or assumption line shown with the costs; may use {fact} placeholders. */
  note: z.string().min(1).optional(),
});

export const riskRuleSchema = grounded({
  risk: z.strictObject({
    id,
    title: z.string().min(1),
    severity: severitySchema,
    description: z.string().min(1),
    mitigations: z.array(z.string().min(1)).min(1),
  }),
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are written YYYY-MM-DD');
const officialUrl = z
  .string()
  .refine(
    isOfficialUrl,
    'must be an https address on an official domain (officialDomains in src/domain/legal.ts)',
  );
/**
 * How far a legal statement was checked when the knowledge base was reviewed: V1 against the official text, V2
 * by two or more independent secondary sources, V3 by one, U not at all (general knowledge). V3 and U are shown
 * as "to be confirmed with counsel".
 */
export const verificationLevels = ['V1', 'V2', 'V3', 'U'] as const;
const verification = z.enum(verificationLevels);

/** A body of law, as obligations name it. */
const regimeSchema = z.strictObject({
  name: z.string().min(1),
  short: z.string().min(1),
  jurisdiction: z.enum(jurisdictions),
});

/** A legal instrument: its official name and text. `verified` is the default for the articles cited from it. */
const lawSchema = z.strictObject({
  name: z.string().min(1),
  short: z.string().min(1).optional(),
  url: officialUrl,
  verified: verification,
});

/** One citation of a law: the article, and a deeper link or another verification level when they differ. */
const legalCiteSchema = z.strictObject({
  law: id,
  article: z.string().min(1).optional(),
  url: officialUrl.optional(),
  verified: verification.optional(),
});

const scheduleSchema = z.strictObject({
  phase: z.enum(['compliance', 'regulatory-approval']),
  effort: range,
  wait: range.optional(),
  basis: z.string().min(1),
});

/**
 * An obligation rule. Several rules may impose the same obligation (same id), each adding its reason, actions,
 * legal references and evidence; they must agree on its title, regime, kind and owner. A rule that cites the law
 * is grounded by it, even where the source articles are silent.
 */
export const obligationRuleSchema = z
  .strictObject({
    ...grounding,
    obligation: z.strictObject({
      id,
      regime: id,
      title: z.string().min(1),
      why: z.string().min(1),
      actions: z.array(z.string().min(1)).min(1),
      kind: z.enum(obligationKinds),
      owner: z.enum(obligationOwners),
      evidence: z.string().min(1),
      legal: z.array(legalCiteSchema),
      /** The date the duty applies from, where it matters: still to come, or recent. Absent: in force. */
      appliesFrom: isoDate.optional(),
      schedule: scheduleSchema.optional(),
    }),
  })
  .refine(
    (r) => (r.sources?.length ?? 0) > 0 || r.assumption !== undefined || r.obligation.legal.length > 0,
    'a rule needs sources, a stated assumption or a legal reference',
  );

/** rules/compliance.json: the rules, and the regimes and laws they cite, reviewed on a stated date. */
const complianceFileSchema = z.strictObject({
  $comment: z.string().optional(),
  /** When the legal knowledge was last reviewed; the product shows it with every list of obligations. */
  reviewedOn: isoDate,
  regimes: z.record(id, regimeSchema),
  laws: z.record(id, lawSchema),
  rules: z.array(obligationRuleSchema),
});

/** Single-valued fields (humanInTheLoop, promptVersioning, redTeamCadence): the last firing rule in the file wins. */
export const evaluationRuleSchema = grounded({
  benchmark: z.strictObject({ id, name: z.string().min(1), threshold: z.string().min(1) }).optional(),
  humanInTheLoop: z.string().min(1).optional(),
  promptVersioning: z.string().min(1).optional(),
  redTeamCadence: z.string().min(1).optional(),
  killCriterion: z.string().min(1).optional(),
});

export const metricRuleSchema = grounded({
  metric: z.strictObject({ name: z.string().min(1), target: z.string().min(1) }),
});

export const readinessRuleSchema = grounded({
  area: z.enum(readinessAreas),
  delta: z.number().int(),
  reason: z.string().min(1),
});

export const warningRuleSchema = grounded({
  warning: z.strictObject({
    id,
    level: z.enum(['blocker', 'warning']),
    message: z.string().min(1),
    fix: z.string().min(1),
  }),
});

export const nextStepRuleSchema = grounded({ step: z.string().min(1) });

const fileOf = <T extends z.ZodType>(rule: T) =>
  z.strictObject({ $comment: z.string().optional(), rules: z.array(rule) });

export const rulesetSchema = z.strictObject({
  approach: fileOf(approachRuleSchema),
  hosting: fileOf(modelRuleSchema),
  components: fileOf(componentRuleSchema),
  timeline: fileOf(timelineRuleSchema),
  cost: fileOf(costRuleSchema),
  risks: fileOf(riskRuleSchema),
  compliance: complianceFileSchema,
  evaluation: fileOf(evaluationRuleSchema),
  metrics: fileOf(metricRuleSchema),
  readiness: fileOf(readinessRuleSchema),
  warnings: fileOf(warningRuleSchema),
  'next-steps': fileOf(nextStepRuleSchema),
});
export type Ruleset = z.infer<typeof rulesetSchema>;
export type Concern = keyof Ruleset;
export type RuleOf<C extends Concern> = Ruleset[C]['rules'][number];
export type AnyRule = RuleOf<Concern>;

export const ruleFile = (concern: Concern): string => `rules/${concern}.json`;

/** Which derived-fact stages each concern may read (see facts.ts). */
export const concernStage: Record<Concern, readonly string[]> = {
  approach: ['answers'],
  hosting: ['answers', 'approach'],
  components: ['answers', 'approach', 'model'],
  timeline: ['answers', 'approach', 'model'],
  cost: ['answers', 'approach', 'model'],
  risks: ['answers', 'approach', 'model'],
  // Obligations follow from the situation only, never from our own choices: adding a regulated sector or EU
  // users can then only add obligations.
  compliance: ['answers'],
  evaluation: ['answers', 'approach', 'model'],
  metrics: ['answers', 'approach', 'model'],
  readiness: ['answers', 'approach', 'model'],
  warnings: ['answers', 'approach', 'model', 'estimates'],
  'next-steps': ['answers', 'approach', 'model', 'estimates'],
};
