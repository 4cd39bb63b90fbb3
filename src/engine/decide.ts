/**
 * The two choices. The approach is decided: the first decision in rules/approach.json whose condition holds picks
 * it, and a stated preference wins whenever the preferred approach's requirements hold. The model tier, hosting
 * and family are scored: rules add points, the highest total wins, ties going to the earlier candidate.
 */
import { factsOf, holds } from '@/domain/conditions';
import { approachIds, type ApproachId, type Because, type Plan } from '@/domain/plan';
import type { Facts } from './facts';
import { fire, type Explanations, type Firing } from './fire';
import {
  approachLabels,
  approachSummaries,
  familyLabels,
  hostingLabels,
  openWeightTierLabels,
  tierLabels,
} from './labels';
import { familyIds, hostingIds, tierIds, type ApproachFile, type RuleOf } from './rules-schema';
import { fill, readable } from './wording';

type Scores<K extends string> = Readonly<Partial<Record<K, number>>> | undefined;

/** The candidate with the highest total score over the fired rules; the first one on a tie. */
function highest<K extends string, R>(
  candidates: readonly K[],
  fired: readonly Firing<R>[],
  scores: (rule: R) => Scores<K>,
): K {
  const totals = candidates.map((c) => fired.reduce((sum, { rule }) => sum + (scores(rule)?.[c] ?? 0), 0));
  return candidates[totals.indexOf(Math.max(...totals))]!;
}

type Requirement = ApproachFile['requirements'][ApproachId][number];

/** An unmet requirement explained: the facts its condition reads, as they stand. */
function unmetBecause(r: Requirement, facts: Facts): Because {
  const read = [...new Set(r.when ? factsOf(r.when).map((c) => c.fact) : [])];
  return {
    ruleId: r.id,
    title: r.title,
    triggers: read.map((fact) => ({ fact, value: readable(fact, facts.get(fact)) })),
    sources: r.sources ?? [],
  };
}

/** Why an approach is not recommended: its first unmet requirement, or the decision that came first. */
function whyNot(
  a: ApproachId,
  unmet: readonly Requirement[],
  decided: Firing<ApproachFile['decisions'][number]>,
  facts: Facts,
): { text: string; because: Because[] } {
  const first = unmet[0];
  if (first) return { text: fill(first.unmet, facts), because: [unmetBecause(first, facts)] };
  return {
    text: `${approachLabels[a]} would also work, but ${lowerFirst(decided.rule.reason)}`,
    because: [decided.because],
  };
}

export interface ApproachDecision {
  plan: Plan['approach'];
  fineTuneMethod?: 'lora' | 'full';
}

/**
 * `force` is a scenario's "what if we built it this way": the approach is taken as given, and the plan says which
 * of its requirements your answers do not meet.
 */
export function decideApproach(
  file: ApproachFile,
  facts: Facts,
  out: Explanations,
  force?: ApproachId,
): ApproachDecision {
  const unmet = (a: ApproachId) => file.requirements[a].filter((r) => !holds(r.when, facts));
  // The last decision has no condition, so one always holds.
  const first = file.decisions.find((d) => holds(d.when, facts))!;
  const [decided] = fire([first], 'approach', facts, out) as [Firing<typeof first>];
  const evidence = first.choose;

  const preferredAnswer = facts.get('preferredApproach');
  const preferred = approachIds.find((a) => a === preferredAnswer);
  const preferenceUnmet = preferred ? unmet(preferred) : [];
  const unforced = preferred && preferenceUnmet.length === 0 ? preferred : evidence;
  const chosen = force ?? unforced;
  const fineTunes = chosen === 'fine-tune' || chosen === 'rag-fine-tune';
  // The last method that holds decides it (full fine-tuning only when its conditions hold; LoRA otherwise).
  const methods = fineTunes ? fire(file.methods, 'approach', facts, out) : [];
  const method = methods.at(-1);
  const notes = fire(file.notes, 'approach', facts, out).map(({ rule, because }) => ({
    text: fill(rule.text, facts),
    because: [because],
  }));

  const plan: Plan['approach'] = {
    recommended: chosen,
    label: approachLabels[chosen],
    summary: approachSummaries[chosen],
    decidedBy: decided.because.triggers,
    alternatives: approachIds
      .filter((a) => a !== chosen)
      .map((a) => ({
        approach: a,
        label: approachLabels[a],
        ...toAlternative(whyNot(a, unmet(a), decided, facts)),
      })),
    notes,
    because: [decided.because, ...(method ? [method.because] : [])],
  };
  if (chosen === evidence) plan.summary = `${plan.summary} ${first.reason}`;
  if (method) plan.fineTuneMethod = method.rule.method;
  if (force) {
    plan.forced = { instead: unforced, unmet: unmet(force).map((r) => fill(r.unmet, facts)) };
    return method ? { plan, fineTuneMethod: method.rule.method } : { plan };
  }
  if (preferred)
    plan.preferred =
      chosen === preferred
        ? {
            approach: preferred,
            verdict: 'honoured',
            reason:
              preferred === evidence
                ? `Your answers point the same way: ${lowerFirst(first.reason)}`
                : `Its requirements hold, so the plan follows your preference. Your answers alone would point to ${lowerFirst(approachLabels[evidence])}: ${lowerFirst(first.reason)}`,
          }
        : {
            approach: preferred,
            verdict: 'challenged',
            reason: preferenceUnmet.map((r) => fill(r.unmet, facts)).join(' '),
          };
  return method ? { plan, fineTuneMethod: method.rule.method } : { plan };
}

const toAlternative = ({ text, because }: { text: string; because: Because[] }) => ({
  whyNot: text,
  because,
});

export function decideModel(
  rules: readonly RuleOf<'hosting'>[],
  facts: Facts,
  out: Explanations,
): Plan['model'] {
  const fired = fire(rules, 'hosting', facts, out);
  const tier = highest(tierIds, fired, (r) => r.tier);
  const hosting = highest(hostingIds, fired, (r) => r.hosting);
  const family = highest(familyIds, fired, (r) => r.family);
  // A rule explains the choice when it supports one of the chosen options or rules an option out (-100).
  const notes: Plan['model']['notes'] = [];
  const because: Because[] = [];
  for (const { rule, because: why } of fired) {
    const supports =
      (rule.tier?.[tier] ?? 0) > 0 || (rule.hosting?.[hosting] ?? 0) > 0 || (rule.family?.[family] ?? 0) > 0;
    const rulesOut = Object.values(rule.hosting ?? {}).some((v) => (v ?? 0) <= -100);
    if (!supports && !rulesOut) continue;
    if (rule.note !== undefined) notes.push({ text: rule.note, because: [why] });
    because.push(why);
  }
  // Models on your own infrastructure are open-weight ones: the tier names their size, never a frontier API.
  const selfHosted = hosting === 'private-cloud' || hosting === 'on-premises';
  return {
    tier,
    tierLabel: selfHosted ? openWeightTierLabels[tier] : tierLabels[tier],
    hosting,
    hostingLabel: hostingLabels[hosting],
    family,
    familyLabel: familyLabels[family],
    notes,
    because,
  };
}

/** Lower-cases only the first letter, so acronyms such as RAG survive mid-sentence. */
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
