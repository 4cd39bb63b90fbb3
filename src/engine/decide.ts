/**
 * The two choices made by scoring: the approach, then the model tier, hosting and family. Rules add points to
 * candidates; the highest total wins, ties going to the earlier candidate in a fixed, conservative order.
 */
import type { ApproachId, Because, Plan } from '@/domain/plan';
import type { FactBag } from './facts';
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

/** The index of the highest score, the first one on a tie (scores are indexed like the candidates' ids). */
function best(scores: readonly number[]): number {
  let b = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[b]!) b = i;
  return b;
}

/** A rule's partial score record as a dense array indexed like `ids`, built once per rule. */
const dense = (ids: readonly string[], scores: Readonly<Record<string, number | undefined>> | undefined) =>
  ids.map((id) => scores?.[id] ?? 0);

/** Adds `add` to `sum` element by element. */
function addTo(sum: number[], add: readonly number[]): void {
  for (let i = 0; i < sum.length; i++) sum[i]! += add[i]!;
}

const approachScores = new WeakMap<ApproachRule, readonly number[]>();
function approachScoresOf(rule: ApproachRule): readonly number[] {
  let s = approachScores.get(rule);
  if (!s) approachScores.set(rule, (s = dense(approachOrder, rule.score)));
  return s;
}

/** The approach scoring of one evaluation, indexed like approachOrder. */
interface Tally {
  scores: readonly number[];
  down: readonly (readonly Fired<ApproachRule>[])[];
  winning: readonly Fired<ApproachRule>[];
  reasons: readonly string[];
  /** The winner's index. */
  w: number;
}

/** Why approach `a` lost: the reasons of the rules that scored it down, or its score against the winner's. */
function whyNot(t: Tally, a: number): { text: string; because: Because[] } {
  const against = t.down[a]!;
  if (against.length)
    return { text: against.map((f) => f.rule.reason).join(' '), because: against.map((f) => f.because) };
  const lead = t.reasons[0] ?? 'It fits your answers better.';
  return {
    text: `Fits your answers less well than ${lowerFirst(approachLabels[approachOrder[t.w]!])} (score ${t.scores[a]} against ${t.scores[t.w]}): ${lead}`,
    because: t.winning.length ? [t.winning[0]!.because] : [],
  };
}

export interface ApproachDecision {
  plan: Plan['approach'];
  fineTuneMethod?: 'lora' | 'full';
}

export function decideApproach(
  rules: readonly ApproachRule[],
  facts: FactBag,
  file: string,
  trace: TraceEntry[],
): ApproachDecision {
  const fired = fire(rules, facts, file, trace);
  // Indexed like approachOrder: each candidate's total, the rules that pushed it up and those that pushed it down.
  const scores = approachOrder.map(() => 0);
  const up = approachOrder.map((): Fired<ApproachRule>[] => []);
  const down = approachOrder.map((): Fired<ApproachRule>[] => []);
  for (const f of fired) {
    const add = approachScoresOf(f.rule);
    for (let i = 0; i < add.length; i++) {
      const v = add[i]!;
      if (v === 0) continue;
      scores[i]! += v;
      (v > 0 ? up : down)[i]!.push(f);
    }
  }
  const w = best(scores);
  const winner = approachOrder[w]!;

  const fineTunes = winner === 'fine-tune' || winner === 'rag-fine-tune';
  let method: 'lora' | 'full' | undefined;
  const methodRules: Fired<ApproachRule>[] = [];
  if (fineTunes)
    for (const f of fired)
      if (f.rule.fineTuneMethod) {
        method = f.rule.fineTuneMethod;
        methodRules.push(f);
      }

  const winning = up[w]!;
  const reasons = winning.map((f) => f.rule.reason);
  const tally: Tally = { scores, down, winning, reasons, w };
  const alternatives: Plan['approach']['alternatives'] = [];
  approachOrder.forEach((a, i) => {
    if (i === w) return;
    const why = whyNot(tally, i);
    alternatives.push({ approach: a, label: approachLabels[a], whyNot: why.text, because: why.because });
  });
  const because = winning.map((f) => f.because);
  for (const f of methodRules) because.push(f.because);
  const plan: Plan['approach'] = {
    recommended: winner,
    label: approachLabels[winner],
    summary: reasons.length ? `${approachSummaries[winner]} ${reasons.join(' ')}` : approachSummaries[winner],
    alternatives,
    because,
  };
  if (method) plan.fineTuneMethod = method;

  const preferred = facts.get('preferredApproach');
  const p = typeof preferred === 'string' ? approachOrder.indexOf(preferred as ApproachId) : -1;
  if (p >= 0) {
    plan.preferred =
      p === w
        ? {
            approach: winner,
            verdict: 'honoured',
            reason: `Your preference is also what your answers point to. ${reasons.join(' ')}`.trim(),
          }
        : { approach: approachOrder[p]!, verdict: 'challenged', reason: whyNot(tally, p).text };
  }
  return method ? { plan, fineTuneMethod: method } : { plan };
}

/** A model rule's scores as dense arrays, and whether it rules a hosting option out; built once per rule. */
interface ModelScores {
  tier: readonly number[];
  hosting: readonly number[];
  family: readonly number[];
  rulesOut: boolean;
}

const modelScores = new WeakMap<ModelRule, ModelScores>();
function modelScoresOf(rule: ModelRule): ModelScores {
  let s = modelScores.get(rule);
  if (!s) {
    s = {
      tier: dense(tierIds, rule.tier),
      hosting: dense(hostingIds, rule.hosting),
      family: dense(familyIds, rule.family),
      rulesOut: Object.values(rule.hosting ?? {}).some((v) => (v ?? 0) <= -100),
    };
    modelScores.set(rule, s);
  }
  return s;
}

export function decideModel(
  rules: readonly ModelRule[],
  facts: FactBag,
  file: string,
  trace: TraceEntry[],
): Plan['model'] {
  const fired = fire(rules, facts, file, trace);
  const tier = tierIds.map(() => 0);
  const hosting = hostingIds.map(() => 0);
  const family = familyIds.map(() => 0);
  for (const { rule } of fired) {
    const s = modelScoresOf(rule);
    addTo(tier, s.tier);
    addTo(hosting, s.hosting);
    addTo(family, s.family);
  }
  const ti = best(tier);
  const hi = best(hosting);
  const fi = best(family);
  const t = tierIds[ti]!;
  const h = hostingIds[hi]!;
  const fam = familyIds[fi]!;
  // A rule explains the choice when it supports one of the chosen options or rules an option out.
  const notes: Plan['model']['notes'] = [];
  const because: Because[] = [];
  for (const f of fired) {
    const s = modelScoresOf(f.rule);
    if (!(s.tier[ti]! > 0 || s.hosting[hi]! > 0 || s.family[fi]! > 0 || s.rulesOut)) continue;
    if (f.rule.note !== undefined) notes.push({ text: f.rule.note, because: [f.because] });
    because.push(f.because);
  }
  return {
    tier: t,
    tierLabel: tierLabels[t],
    hosting: h,
    hostingLabel: hostingLabels[h],
    family: fam,
    familyLabel: familyLabels[fam],
    notes,
    because,
  };
}

/** Lower-cases only the first letter, so acronyms such as RAG survive mid-sentence. */
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
