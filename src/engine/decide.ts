/**
 * The two choices made by scoring: the approach, then the model tier, hosting and family. Rules add points to
 * candidates; the highest total wins, ties going to the earlier candidate in a fixed, conservative order.
 */
import type { ApproachId, Because, Plan } from '@/domain/plan';
import type { Facts } from './facts';
import { fire, prepare, type Explanations, type Fired } from './explain';
import {
  approachLabels,
  approachOrder,
  approachSummaries,
  familyLabels,
  hostingLabels,
  indexedLike,
  tierLabels,
} from './labels';
import { familyIds, hostingIds, tierIds, type RuleOf } from './rules-schema';

/** A rule's partial score record as a dense array indexed like `ids`. */
const dense = (ids: readonly string[], scores: Readonly<Record<string, number | undefined>> | undefined) =>
  ids.map((id) => scores?.[id] ?? 0);

/** The index of the highest score, the first one on a tie (scores are indexed like the candidates' ids). */
function best(scores: readonly number[]): number {
  let b = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[b]!) b = i;
  return b;
}

const approachLabelList = indexedLike(approachOrder, approachLabels);
const approachSummaryList = indexedLike(approachOrder, approachSummaries);
const tierLabelList = indexedLike(tierIds, tierLabels);
const hostingLabelList = indexedLike(hostingIds, hostingLabels);
const familyLabelList = indexedLike(familyIds, familyLabels);

/** Adds `add` to `sum` element by element. */
function addTo(sum: number[], add: readonly number[]): void {
  for (let i = 0; i < sum.length; i++) sum[i]! += add[i]!;
}

const approachEffect = (r: RuleOf<'approach'>) => ({
  /** Indexed like approachOrder. */
  scores: dense(approachOrder, r.score),
  reason: r.reason,
  fineTuneMethod: r.fineTuneMethod,
});

/** The approach scoring of one evaluation, indexed like approachOrder. */
interface Tally {
  fired: Fired<ReturnType<typeof approachEffect>>;
  scores: readonly number[];
  /** For each candidate, the fired rules (by index in `fired`) that scored it down. */
  down: readonly (readonly number[])[];
  winning: readonly number[];
  reasons: readonly string[];
  /** The winner's index. */
  w: number;
}

/** Why approach `a` lost: the reasons of the rules that scored it down, or its score against the winner's. */
function whyNot(t: Tally, a: number): { text: string; because: Because[] } {
  const against = t.down[a]!;
  if (against.length)
    return {
      text: against.map((f) => t.fired.effects[f]!.reason).join(' '),
      because: against.map((f) => t.fired.because[f]!),
    };
  const lead = t.reasons[0] ?? 'It fits your answers better.';
  return {
    text: `Fits your answers less well than ${lowerFirst(approachLabelList[t.w]!)} (score ${t.scores[a]} against ${t.scores[t.w]}): ${lead}`,
    because: t.winning.length ? [t.fired.because[t.winning[0]!]!] : [],
  };
}

export interface ApproachDecision {
  plan: Plan['approach'];
  fineTuneMethod?: 'lora' | 'full';
}

export function decideApproach(
  rules: readonly RuleOf<'approach'>[],
  facts: Facts,
  out: Explanations,
): ApproachDecision {
  const fired = fire(prepare(rules, 'approach', approachEffect), facts, out);
  const { effects } = fired;
  // Indexed like approachOrder: each candidate's total, the rules that pushed it up and those that pushed it down.
  const scores = approachOrder.map(() => 0);
  const up = approachOrder.map((): number[] => []);
  const down = approachOrder.map((): number[] => []);
  for (let f = 0; f < effects.length; f++) {
    const add = effects[f]!.scores;
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
  const methodRules: number[] = [];
  if (fineTunes)
    for (let f = 0; f < effects.length; f++) {
      const m = effects[f]!.fineTuneMethod;
      if (m) {
        method = m;
        methodRules.push(f);
      }
    }

  const winning = up[w]!;
  const reasons = winning.map((f) => effects[f]!.reason);
  const tally: Tally = { fired, scores, down, winning, reasons, w };
  const alternatives: Plan['approach']['alternatives'] = [];
  approachOrder.forEach((a, i) => {
    if (i === w) return;
    const why = whyNot(tally, i);
    alternatives.push({ approach: a, label: approachLabelList[i]!, whyNot: why.text, because: why.because });
  });
  const because = winning.map((f) => fired.because[f]!);
  for (const f of methodRules) because.push(fired.because[f]!);
  const plan: Plan['approach'] = {
    recommended: winner,
    label: approachLabelList[w]!,
    summary: reasons.length ? `${approachSummaryList[w]} ${reasons.join(' ')}` : approachSummaryList[w]!,
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

/** A model rule's scores as dense arrays, whether it rules a hosting option out, and its note. */
const modelEffect = (r: RuleOf<'hosting'>) => ({
  tier: dense(tierIds, r.tier),
  hosting: dense(hostingIds, r.hosting),
  family: dense(familyIds, r.family),
  rulesOut: Object.values(r.hosting ?? {}).some((v) => (v ?? 0) <= -100),
  note: r.note,
});

export function decideModel(
  rules: readonly RuleOf<'hosting'>[],
  facts: Facts,
  out: Explanations,
): Plan['model'] {
  const fired = fire(prepare(rules, 'hosting', modelEffect), facts, out);
  const { effects } = fired;
  const tier = tierIds.map(() => 0);
  const hosting = hostingIds.map(() => 0);
  const family = familyIds.map(() => 0);
  for (const s of effects) {
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
  for (let f = 0; f < effects.length; f++) {
    const s = effects[f]!;
    if (!(s.tier[ti]! > 0 || s.hosting[hi]! > 0 || s.family[fi]! > 0 || s.rulesOut)) continue;
    if (s.note !== undefined) notes.push({ text: s.note, because: [fired.because[f]!] });
    because.push(fired.because[f]!);
  }
  return {
    tier: t,
    tierLabel: tierLabelList[ti]!,
    hosting: h,
    hostingLabel: hostingLabelList[hi]!,
    family: fam,
    familyLabel: familyLabelList[fi]!,
    notes,
    because,
  };
}

/** Lower-cases only the first letter, so acronyms such as RAG survive mid-sentence. */
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
