/**
 * The plan: the engine's output and the input of every view and exporter. Derived, never stored or shared.
 * Every item carries `because`: the rules that produced it, the answers that triggered them and their sources.
 */
import { z } from './zod';
import { rangeSchema } from './range';
import { citationSchema } from './citation-schema';

export const approachIds = ['prompt', 'rag', 'fine-tune', 'rag-fine-tune', 'agentic'] as const;
export type ApproachId = (typeof approachIds)[number];

export const triggerSchema = z.object({
  /** An answer id or a derived fact name (see `src/engine/facts.ts`). */
  fact: z.string(),
  /** The value the rule saw, as the user would read it. */
  value: z.string(),
});

/** Why an item is in the plan: one entry per contributing rule. */
export const becauseSchema = z.object({
  ruleId: z.string(),
  title: z.string(),
  triggers: z.array(triggerSchema),
  sources: z.array(citationSchema),
  /** How the rule's figures follow from figures its sources state. */
  derivation: z.optional(z.string()),
  /** Present when the sources are silent and the rule rests on a stated assumption. */
  assumption: z.optional(z.string()),
});
export type Because = z.infer<typeof becauseSchema>;

const explained = { because: z.array(becauseSchema) };

export const severitySchema = z.enum(['low', 'medium', 'high', 'critical']);

export const planSchema = z.object({
  rulesetVersion: z.string(),
  schemaVersion: z.number().check(z.int()),
  /** Required questions still unanswered; a partial plan is still a plan (live preview). */
  missing: z.array(z.string()),
  headline: z.object({
    approach: z.enum(approachIds),
    approachLabel: z.string(),
    timelineWeeks: rangeSchema,
    buildCost: rangeSchema,
    monthlyCost: rangeSchema,
    /** Mean of the readiness scores, 0–100. */
    readiness: z.number().check(z.gte(0), z.lte(100)),
    blockers: z.number().check(z.int(), z.nonnegative()),
  }),
  approach: z.object({
    recommended: z.enum(approachIds),
    label: z.string(),
    summary: z.string(),
    /** The answers that decided it, as the user reads them. */
    decidedBy: z.array(triggerSchema),
    /** LoRA/QLoRA or full fine-tuning when the approach fine-tunes. */
    fineTuneMethod: z.optional(z.enum(['lora', 'full'])),
    preferred: z.optional(
      z.object({
        approach: z.enum(approachIds),
        verdict: z.enum(['honoured', 'challenged']),
        reason: z.string(),
      }),
    ),
    alternatives: z.array(
      z.object({ approach: z.enum(approachIds), label: z.string(), whyNot: z.string(), ...explained }),
    ),
    /** What the decision leaves open (a style need without enough examples…). */
    notes: z.array(z.object({ text: z.string(), ...explained })),
    ...explained,
  }),
  model: z.object({
    tier: z.enum(['small', 'frontier', 'routing']),
    tierLabel: z.string(),
    hosting: z.enum(['public-api', 'enterprise-cloud', 'private-cloud', 'on-premises']),
    hostingLabel: z.string(),
    family: z.enum(['llm', 'multimodal', 'diffusion', 'gan', 'vae']),
    familyLabel: z.string(),
    notes: z.array(z.object({ text: z.string(), ...explained })),
    ...explained,
  }),
  components: z.array(z.object({ id: z.string(), name: z.string(), purpose: z.string(), ...explained })),
  timeline: z.object({
    phases: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        weeks: rangeSchema,
        /** Person-weeks of work, coordination included. */
        effort: rangeSchema,
        /** People working on the phase at once. */
        staff: rangeSchema,
        /** True when the phase runs alongside the one before it; the next starts when both have finished. */
        parallel: z.optional(z.boolean()),
        ...explained,
      }),
    ),
    totalWeeks: rangeSchema,
    /** Person-weeks of all phases. */
    effort: rangeSchema,
    team: z.object({
      /** The engineers the schedule is worked out for. */
      engineers: rangeSchema,
      /** The most people any phase of this plan can use at once. */
      useful: z.number(),
      /** Where `engineers` comes from. */
      source: z.enum(['answer', 'not-sure', 'unanswered', 'none']),
    }),
    /** Share of the work spent on data preparation, for the 40–60% check. */
    dataPrepShare: rangeSchema,
    ...explained,
  }),
  costs: z.object({
    currencySymbol: z.string(),
    build: rangeSchema,
    buildBreakdown: z.object({
      /** Person-weeks, priced at `rate` per engineer-week into `labour`. */
      effort: rangeSchema,
      rate: rangeSchema,
      labour: rangeSchema,
      oneOff: z.array(z.object({ id: z.string(), label: z.string(), cost: rangeSchema, ...explained })),
    }),
    monthly: z.object({
      /** Everything but inference: the fixed lines of the bill. */
      hosting: rangeSchema,
      inference: rangeSchema,
      total: rangeSchema,
      items: z.array(z.object({ id: z.string(), label: z.string(), monthly: rangeSchema, ...explained })),
    }),
    /** Routing + caching + compression, shown separately from the total. */
    optimisedInference: z.object({ savingPercent: rangeSchema, monthly: rangeSchema }),
    /** Self-hosted models: GPUs sized to the busiest hour. */
    gpus: z.optional(
      z.object({ count: rangeSchema, peakTokensPerSecond: rangeSchema, perGpuMonthly: rangeSchema }),
    ),
    /** Arithmetic lines, each a step the user can check. */
    arithmetic: z.array(z.string()),
    ...explained,
  }),
  risks: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      severity: severitySchema,
      description: z.string(),
      mitigations: z.array(z.string()),
      ...explained,
    }),
  ),
  obligations: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      why: z.string(),
      actions: z.array(z.string()),
      ...explained,
    }),
  ),
  evaluation: z.object({
    benchmarks: z.array(z.object({ id: z.string(), name: z.string(), threshold: z.string(), ...explained })),
    humanInTheLoop: z.string(),
    promptVersioning: z.string(),
    redTeamCadence: z.string(),
    killCriteria: z.array(z.string()),
    ...explained,
  }),
  metrics: z.array(z.object({ name: z.string(), target: z.string(), ...explained })),
  readiness: z.array(
    z.object({
      area: z.enum(['useCase', 'data', 'compliance', 'team']),
      label: z.string(),
      score: z.number().check(z.gte(0), z.lte(100)),
      reasons: z.array(z.string()),
      ...explained,
    }),
  ),
  warnings: z.array(
    z.object({
      id: z.string(),
      level: z.enum(['blocker', 'warning']),
      message: z.string(),
      fix: z.string(),
      ...explained,
    }),
  ),
  nextSteps: z.array(z.object({ text: z.string(), ...explained })),
  /** The plan set beside the figures the sources give for similar projects. */
  checks: z.array(z.object({ id: z.string(), text: z.string(), ...explained })),
  assumptions: z.array(z.object({ id: z.string(), text: z.string(), ...explained })),
  /** Every rule that fired, in evaluation order. */
  trace: z.array(z.extend(becauseSchema, { file: z.string() })),
});
export type Plan = z.infer<typeof planSchema>;
