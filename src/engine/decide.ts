/**
 * The two choices made by scoring: the approach, then the model tier, hosting and family. Rules add points to
 * candidates; the highest total wins, ties going to the earlier candidate in a fixed, conservative order.
 */
import type { Facts } from '@/domain/conditions';
import type { ApproachId, Because, Plan } from '@/domain/plan';
import { fire, type Fired, type TraceEntry } from './explain';
import {
  approachLabels,
  approachOrder,
  approachSummaries,
  familyLabels,
  hostingLabels,
  tierLabels,
} from './labels';
import { familyIds, hostingIds, tierIds, type RuleOf } from './rules-schema';

type ApproachRule = RuleOf<'approach'>;
type ModelRule = RuleOf<'hosting'>;

function pick<K extends string>(order: readonly K[], scores: Record<K, number>): K {
  let best = order[0]!;
  for (const k of order) if (scores[k] > scores[best]) best = k;
  return best;
}

const zero = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export interface ApproachDecision {
  plan: Plan['approach'];
  fineTuneMethod?: 'lora' | 'full';
}

export function decideApproach(
  rules: readonly ApproachRule[],
  facts: Facts,
  file: string,
  trace: TraceEntry[],
): ApproachDecision {
  const fired = fire(rules, facts, file, trace);
  const scores = zero(approachOrder);
  const up = new Map<ApproachId, Fired<ApproachRule>[]>(approachOrder.map((a) => [a, []]));
  const down = new Map<ApproachId, Fired<ApproachRule>[]>(approachOrder.map((a) => [a, []]));
  for (const f of fired)
    for (const a of approachOrder) {
      const v = f.rule.score[a];
      if (v === undefined || v === 0) continue;
      scores[a] += v;
      (v > 0 ? up : down).get(a)!.push(f);
    }
  const winner = pick(approachOrder, scores);
  const pushed = (a: ApproachId, sign: 1 | -1) => (sign > 0 ? up : down).get(a)!;

  const fineTunes = winner === 'fine-tune' || winner === 'rag-fine-tune';
  let method: 'lora' | 'full' | undefined;
  const methodRules: Fired<ApproachRule>[] = [];
  if (fineTunes)
    for (const f of fired)
      if (f.rule.fineTuneMethod) {
        method = f.rule.fineTuneMethod;
        methodRules.push(f);
      }

  const winning = pushed(winner, 1);
  const reasons = winning.map((f) => f.rule.reason);
  const whyNot = (a: ApproachId): { text: string; because: Because[] } => {
    const against = pushed(a, -1);
    if (against.length)
      return { text: against.map((f) => f.rule.reason).join(' '), because: against.map((f) => f.because) };
    const lead = reasons[0] ?? 'It fits your answers better.';
    return {
      text: `Fits your answers less well than ${lowerFirst(approachLabels[winner])} (score ${scores[a]} against ${scores[winner]}): ${lead}`,
      because: winning.slice(0, 1).map((f) => f.because),
    };
  };

  const plan: Plan['approach'] = {
    recommended: winner,
    label: approachLabels[winner],
    summary: [approachSummaries[winner], ...reasons].join(' '),
    alternatives: approachOrder
      .filter((a) => a !== winner)
      .map((a) => {
        const w = whyNot(a);
        return { approach: a, label: approachLabels[a], whyNot: w.text, because: w.because };
      }),
    because: [...winning, ...methodRules].map((f) => f.because),
  };
  if (method) plan.fineTuneMethod = method;

  const preferred = facts.preferredApproach;
  if (typeof preferred === 'string' && (approachOrder as readonly string[]).includes(preferred)) {
    const p = preferred as ApproachId;
    plan.preferred =
      p === winner
        ? {
            approach: p,
            verdict: 'honoured',
            reason: `Your preference is also what your answers point to. ${reasons.join(' ')}`.trim(),
          }
        : { approach: p, verdict: 'challenged', reason: whyNot(p).text };
  }
  return method ? { plan, fineTuneMethod: method } : { plan };
}

export function decideModel(
  rules: readonly ModelRule[],
  facts: Facts,
  file: string,
  trace: TraceEntry[],
): Plan['model'] {
  const fired = fire(rules, facts, file, trace);
  const tier = zero(tierIds);
  const hosting = zero(hostingIds);
  const family = zero(familyIds);
  for (const { rule } of fired) {
    for (const [k, v] of Object.entries(rule.tier ?? {})) tier[k as keyof typeof tier] += v ?? 0;
    for (const [k, v] of Object.entries(rule.hosting ?? {})) hosting[k as keyof typeof hosting] += v ?? 0;
    for (const [k, v] of Object.entries(rule.family ?? {})) family[k as keyof typeof family] += v ?? 0;
  }
  const t = pick(tierIds, tier);
  const h = pick(hostingIds, hosting);
  const fam = pick(familyIds, family);
  const supports = (r: ModelRule) =>
    (r.tier?.[t] ?? 0) > 0 || (r.hosting?.[h] ?? 0) > 0 || (r.family?.[fam] ?? 0) > 0;
  const rulesOut = (r: ModelRule) => Object.values(r.hosting ?? {}).some((v) => (v ?? 0) <= -100);
  return {
    tier: t,
    tierLabel: tierLabels[t],
    hosting: h,
    hostingLabel: hostingLabels[h],
    family: fam,
    familyLabel: familyLabels[fam],
    notes: fired
      .filter((f) => f.rule.note !== undefined && (supports(f.rule) || rulesOut(f.rule)))
      .map((f) => ({ text: f.rule.note!, because: [f.because] })),
    because: fired.filter((f) => supports(f.rule) || rulesOut(f.rule)).map((f) => f.because),
  };
}

/** Lower-cases only the first letter, so acronyms such as RAG survive mid-sentence. */
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
