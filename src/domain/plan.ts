/**
 * The plan: the engine's output and the input of every view and exporter. Derived, never stored or shared.
 * Every item carries `because`: the rules that produced it, the answers that triggered them and their sources.
 */
import { z } from './zod';
import { rangeSchema } from './range';
import { citationSchema } from './citation-schema';
import { jurisdictions, obligationKinds, obligationOwners } from './legal';

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

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const weeks = z
  .tuple([z.number().check(z.nonnegative()), z.number().check(z.nonnegative())])
  .check(z.refine(([a, b]) => a <= b, 'min must not exceed max'));

/** The primary legal text behind an obligation (see `LegalRef` in legal.ts). */
export const legalRefSchema = z.object({
  instrument: z.string(),
  short: z.optional(z.string()),
  article: z.optional(z.string()),
  url: z.string(),
  checkWithCounsel: z.optional(z.boolean()),
});

/**
 * What a gate adds to the timeline, for the estimator: the work in person-weeks and the calendar time that passes
 * whatever the team does (a regulator's or a notified body's review). Only gates that take time carry one.
 */
export const obligationScheduleSchema = z.object({
  phase: z.enum(['compliance', 'regulatory-approval']),
  /** Person-weeks of work, added to the phase. */
  effort: weeks,
  /** Calendar weeks that pass whatever the team does; approvals run side by side, so the longest counts. */
  wait: z.optional(weeks),
  /** Where the figures come from: the law or source that states them, or "Assumption: …". */
  basis: z.string(),
});
export type ObligationSchedule = z.infer<typeof obligationScheduleSchema>;

export const obligationSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** The body of law the obligation belongs to, and where it applies. */
  regime: z.object({
    id: z.string(),
    name: z.string(),
    short: z.string(),
    jurisdiction: z.enum(jurisdictions),
  }),
  /** Why it applies, in the user's terms: the derivation from their answers. */
  why: z.string(),
  actions: z.array(z.string()),
  kind: z.enum(obligationKinds),
  owner: z.enum(obligationOwners),
  /** What to keep to show it was done. */
  evidence: z.string(),
  /** The primary legal texts; empty only for good practice drawn from the sources, which is no law. */
  legal: z.array(legalRefSchema),
  /** The date the duty applies from (YYYY-MM-DD), where it matters: still to come, or recent. */
  appliesFrom: z.optional(isoDate),
  /** True when it starts to apply after the target launch: the system will be in use when it does. */
  afterLaunch: z.optional(z.boolean()),
  schedule: z.optional(obligationScheduleSchema),
  because: z.array(becauseSchema),
});
export type Obligation = z.infer<typeof obligationSchema>;

export const hostingIds = ['public-api', 'enterprise-cloud', 'private-cloud', 'on-premises'] as const;

/**
 * A decisive answer: a value of one question that, put into the answers file in place of the current answer,
 * changes the recommended approach or the hosting, or clears a blocker. Numbers and dates are thresholds: the
 * value is the first (`at-least`) or last (`at-most`) one that gives this plan, and `until`, when present, is the
 * last (or first) value that still does before the plan changes again.
 */
export const decisiveSchema = z.object({
  questionId: z.string(),
  value: z.union([z.string(), z.number(), z.array(z.string())]),
  bound: z.optional(z.enum(['at-least', 'at-most'])),
  until: z.optional(z.union([z.number(), z.string()])),
  becomes: z.object({
    approach: z.optional(z.enum(approachIds)),
    hosting: z.optional(z.enum(hostingIds)),
    /** Ids of the plan's blockers this answer would clear. */
    clears: z.optional(z.array(z.string())),
    /** Ids of blockers it would raise. */
    raises: z.optional(z.array(z.string())),
  }),
  /** Questions the change brings up that have no answer yet (the plan is provisional until they have one). */
  unanswered: z.optional(z.array(z.string())),
  /** The same in words, for a reader: "If “…” is 1,000 examples or more: the approach becomes …". */
  text: z.string(),
});
export type Decisive = z.infer<typeof decisiveSchema>;

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
    /**
     * Set when a scenario forced the approach: what the answers alone would have chosen, and the requirements of
     * the forced approach they do not meet (empty when it would have worked too).
     */
    forced: z.optional(z.object({ instead: z.enum(approachIds), unmet: z.array(z.string()) })),
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
    hosting: z.enum(hostingIds),
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
  obligations: z.array(obligationSchema),
  /** When the legal knowledge behind the obligations was last reviewed (YYYY-MM-DD): shown with them. */
  legalReview: z.object({ reviewedOn: isoDate }),
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
  /**
   * The decisive answers (see `decisiveSchema`), when the caller asked for them: they take hundreds of
   * evaluations, so `evaluate` leaves them out and `withDecisive` (src/engine/what-if) adds them.
   */
  decisive: z.optional(z.array(decisiveSchema)),
  /** Every rule that fired, in evaluation order. */
  trace: z.array(z.extend(becauseSchema, { file: z.string() })),
});
export type Plan = z.infer<typeof planSchema>;
