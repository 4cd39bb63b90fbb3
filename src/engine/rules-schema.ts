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
import { assumptionsFileSchema } from './assumptions';
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
  /** How the rule's figures follow from figures its sources state: the arithmetic, in words. */
  derivation: z.string().min(1).optional(),
  assumption: z.string().min(1).optional(),
};

function grounded<T extends z.ZodRawShape>(shape: T) {
  return z
    .strictObject({ ...grounding, ...shape })
    .refine((r: unknown) => {
      const g = r as { sources?: unknown[]; assumption?: string };
      return (g.sources?.length ?? 0) > 0 || g.assumption !== undefined;
    }, 'a rule needs sources or a stated assumption')
    .refine((r: unknown) => {
      const g = r as { sources?: unknown[]; derivation?: string };
      return g.derivation === undefined || (g.sources?.length ?? 0) > 0;
    }, 'a derivation needs the sources it derives from');
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

/**
 * The approach is decided, not scored. Each approach lists what it requires (a preference is honoured only when
 * they hold, and an alternative's "why not" names the unmet ones); the first decision whose condition holds picks
 * the recommendation; methods pick how to fine-tune; notes say what the decision leaves open.
 */
export const requirementSchema = grounded({
  /** Shown when the requirement does not hold; may use {fact} placeholders. */
  unmet: z.string().min(1),
});
export const decisionSchema = grounded({ choose: z.enum(approachIds), reason: z.string().min(1) });
export const methodSchema = grounded({ method: z.enum(['lora', 'full']), reason: z.string().min(1) });
export const approachNoteSchema = grounded({ text: z.string().min(1) });

export const approachFileSchema = z.strictObject({
  $comment: z.string().optional(),
  requirements: z.strictObject(
    Object.fromEntries(approachIds.map((a) => [a, z.array(requirementSchema)])) as Record<
      (typeof approachIds)[number],
      z.ZodArray<typeof requirementSchema>
    >,
  ),
  decisions: z.array(decisionSchema).min(1),
  methods: z.array(methodSchema),
  notes: z.array(approachNoteSchema),
});
export type ApproachFile = z.infer<typeof approachFileSchema>;

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
 * Timeline rules give a phase work in person-weeks (`effort`, summed), multiply it (`effortScale`), or add
 * calendar time that passes whatever the team does (`wait`, the longest counts). src/engine/estimation turns the
 * work into calendar weeks for the team (docs/estimation.md).
 */
export const timelineRuleSchema = grounded({
  phase: z.enum(phaseIds),
  effort: range.optional(),
  effortScale: factor.optional(),
  wait: range.optional(),
});

/** How a phase can be staffed: what the schedule needs besides its work. */
export const phaseShapeSchema = z.strictObject({
  /** The most people who can usefully work on the phase at once. */
  maxStaff: z.number().int().positive(),
  /** The shortest calendar duration of the phase, however many people work on it. */
  minWeeks: z.number().nonnegative(),
  /** The phase's work is done while its wait runs (an approval), rather than before it (a review). */
  workDuringWait: z.boolean(),
  assumption: z.string().min(1),
});

export const timelineFileSchema = z.strictObject({
  $comment: z.string().optional(),
  phases: z.strictObject(
    Object.fromEntries(phaseIds.map((p) => [p, phaseShapeSchema])) as Record<
      PhaseId,
      typeof phaseShapeSchema
    >,
  ),
  rules: z.array(timelineRuleSchema),
});

/** Cost rules add a line to the bill: a monthly running cost or a one-off cost added to the build. */
export const costRuleSchema = grounded({
  item: z.strictObject({ id, label: z.string().min(1) }),
  monthly: range.optional(),
  oneOff: range.optional(),
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
  approach: approachFileSchema,
  hosting: fileOf(modelRuleSchema),
  components: fileOf(componentRuleSchema),
  timeline: timelineFileSchema,
  cost: fileOf(costRuleSchema),
  risks: fileOf(riskRuleSchema),
  compliance: complianceFileSchema,
  evaluation: fileOf(evaluationRuleSchema),
  metrics: fileOf(metricRuleSchema),
  readiness: fileOf(readinessRuleSchema),
  warnings: fileOf(warningRuleSchema),
  'next-steps': fileOf(nextStepRuleSchema),
  assumptions: assumptionsFileSchema,
});
export type Ruleset = z.infer<typeof rulesetSchema>;
/** A file of rules; `assumptions` holds the estimator's parameters instead. */
export type Concern = Exclude<keyof Ruleset, 'assumptions'>;
/** The concerns whose file is one list of rules. */
export type ListConcern = Exclude<Concern, 'approach'>;
export type RuleOf<C extends ListConcern> = Ruleset[C]['rules'][number];
export type ApproachRule =
  | ApproachFile['requirements'][keyof ApproachFile['requirements']][number]
  | ApproachFile['decisions'][number]
  | ApproachFile['methods'][number]
  | ApproachFile['notes'][number];
export type AnyRule = RuleOf<ListConcern> | ApproachRule;

/** Every rule of a concern, in file order (the approach file's lists one after the other). */
export function rulesOf(ruleset: Ruleset, concern: Concern): readonly AnyRule[] {
  if (concern !== 'approach') return ruleset[concern].rules;
  const a = ruleset.approach;
  return [...Object.values(a.requirements).flat(), ...a.decisions, ...a.methods, ...a.notes];
}

export const ruleFile = (concern: Concern): string => `rules/${concern}.json`;

/** Which derived-fact stages each concern may read (see facts.ts). */
export const concernStage: Record<Concern, readonly string[]> = {
  approach: ['answers'],
  hosting: ['answers', 'approach'],
  components: ['answers', 'approach', 'model', 'estimates'],
  timeline: ['answers', 'approach', 'model'],
  cost: ['answers', 'approach', 'model'],
  risks: ['answers', 'approach', 'model', 'estimates'],
  // Obligations follow from the situation only, never from our own choices: adding a regulated sector or EU
  // users can then only add obligations.
  compliance: ['answers'],
  evaluation: ['answers', 'approach', 'model'],
  metrics: ['answers', 'approach', 'model', 'estimates'],
  readiness: ['answers', 'approach', 'model'],
  warnings: ['answers', 'approach', 'model', 'estimates'],
  'next-steps': ['answers', 'approach', 'model', 'estimates'],
};
