/**
 * The two choices made by scoring: the approach, then the model tier, hosting and family. Rules add points to
 * candidates; the highest total wins, ties going to the earlier candidate in a fixed, conservative order.
 */
import type { ApproachId, Because, Plan } from '@/domain/plan';
import type { Facts } from './facts';
import { fire, type Explanations, type Firing } from './fire';
import {
  approachLabels,
  approachOrder,
  approachSummaries,
  familyLabels,
  hostingLabels,
  tierLabels,
} from './labels';
import { familyIds, hostingIds, tierIds, type RuleOf } from './rules-schema';

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

type ApproachFiring = Firing<RuleOf<'approach'>>;

/** How the fired rules scored one approach. */
interface Candidate {
  approach: ApproachId;
  score: number;
  /** The rules that scored it up, and those that scored it down. */
  up: ApproachFiring[];
  down: ApproachFiring[];
}

function candidate(approach: ApproachId, fired: readonly ApproachFiring[]): Candidate {
  const points = ({ rule }: ApproachFiring) => rule.score[approach] ?? 0;
  return {
    approach,
    score: fired.reduce((sum, f) => sum + points(f), 0),
    up: fired.filter((f) => points(f) > 0),
    down: fired.filter((f) => points(f) < 0),
  };
}

/** Why an approach lost: the reasons of the rules that scored it down, or its score against the winner's. */
function whyNot(loser: Candidate, winner: Candidate): { text: string; because: Because[] } {
  if (loser.down.length)
    return {
      text: loser.down.map((f) => f.rule.reason).join(' '),
      because: loser.down.map((f) => f.because),
    };
  const lead = winner.up[0]?.rule.reason ?? 'It fits your answers better.';
  return {
    text: `Fits your answers less well than ${lowerFirst(approachLabels[winner.approach])} (score ${loser.score} against ${winner.score}): ${lead}`,
    because: winner.up.length ? [winner.up[0]!.because] : [],
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
  const fired = fire(rules, 'approach', facts, out);
  const candidates = approachOrder.map((a) => candidate(a, fired));
  const winner = candidates.reduce((best, c) => (c.score > best.score ? c : best));
  const chosen = winner.approach;

  // The last rule that names a fine-tuning method decides it; every such rule explains the choice.
  const fineTunes = chosen === 'fine-tune' || chosen === 'rag-fine-tune';
  const methodRules = fineTunes ? fired.filter((f) => f.rule.fineTuneMethod) : [];
  const method = methodRules.at(-1)?.rule.fineTuneMethod;

  const reasons = winner.up.map((f) => f.rule.reason);
  const summary = approachSummaries[chosen];
  const plan: Plan['approach'] = {
    recommended: chosen,
    label: approachLabels[chosen],
    summary: reasons.length ? `${summary} ${reasons.join(' ')}` : summary,
    alternatives: candidates
      .filter((c) => c !== winner)
      .map((c) => {
        const why = whyNot(c, winner);
        return {
          approach: c.approach,
          label: approachLabels[c.approach],
          whyNot: why.text,
          because: why.because,
        };
      }),
    because: [...winner.up, ...methodRules].map((f) => f.because),
  };
  if (method) plan.fineTuneMethod = method;

  const preferred = candidates.find((c) => c.approach === facts.get('preferredApproach'));
  if (preferred) {
    plan.preferred =
      preferred === winner
        ? {
            approach: chosen,
            verdict: 'honoured',
            reason: `Your preference is also what your answers point to. ${reasons.join(' ')}`.trim(),
          }
        : { approach: preferred.approach, verdict: 'challenged', reason: whyNot(preferred, winner).text };
  }
  return method ? { plan, fineTuneMethod: method } : { plan };
}

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
  return {
    tier,
    tierLabel: tierLabels[tier],
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
