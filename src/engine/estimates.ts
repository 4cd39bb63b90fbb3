/** Timeline and cost arithmetic: interprets the floors, additions and factors of timeline.json and cost.json. */
import type { Because, Plan } from '@/domain/plan';
import type { Range } from '@/domain/range';
import { num, type Facts } from './facts';
import { fire, type Explanations } from './fire';
import { formatNumber } from '@/domain/format';
import { formatDollars, roundNice } from './format';
import { phases } from './labels';
import { phaseIds, type PhaseId, type RuleOf } from './rules-schema';
import { fill } from './wording';

const halfWeek = (n: number) => Math.round(n * 2) / 2;
/** a as a share of b, to the hundredth. */
const share = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : 0);
const maxRange = (a: Range | undefined, b: Range): Range =>
  a ? [Math.max(a[0], b[0]), Math.max(a[1], b[1])] : b;

/**
 * What the fired rules say about one phase: the highest floor (floors are never negative, so 0 is "none"), the
 * sum of additions and the product of factors.
 */
interface PhaseSum {
  floor: Range;
  add: Range;
  scale: Range;
  because: Because[];
}

export function estimateTimeline(
  rules: readonly RuleOf<'timeline'>[],
  facts: Facts,
  out: Explanations,
): Plan['timeline'] {
  const fired = fire(rules, 'timeline', facts, out);
  const sums = new Map<PhaseId, PhaseSum>();
  for (const { rule, because } of fired) {
    let p = sums.get(rule.phase);
    if (!p) sums.set(rule.phase, (p = { floor: [0, 0], add: [0, 0], scale: [1, 1], because: [] }));
    if (rule.atLeast)
      p.floor = [Math.max(p.floor[0], rule.atLeast[0]), Math.max(p.floor[1], rule.atLeast[1])];
    if (rule.add) p.add = [p.add[0] + rule.add[0], p.add[1] + rule.add[1]];
    if (rule.scale) p.scale = [p.scale[0] * rule.scale[0], p.scale[1] * rule.scale[1]];
    p.because.push(because);
  }
  const phasesOut: Plan['timeline']['phases'] = [];
  let total: Range = [0, 0];
  let longestParallel: Range = [0, 0];
  let dataPrep: Range = [0, 0];
  // In calendar order; a phase no rule touched, or that comes to nothing, is left out.
  for (const id of phaseIds) {
    const p = sums.get(id);
    if (!p) continue;
    const { name, parallel } = phases[id];
    const lo = halfWeek((p.floor[0] + p.add[0]) * p.scale[0]);
    const hi = Math.max(lo, halfWeek((p.floor[1] + p.add[1]) * p.scale[1]));
    if (hi <= 0) continue;
    const weeks: Range = [lo, hi];
    phasesOut.push(
      parallel
        ? { id, name, weeks, parallel: true, because: p.because }
        : { id, name, weeks, because: p.because },
    );
    if (parallel) longestParallel = maxRange(longestParallel, weeks);
    else total = [total[0] + lo, total[1] + hi];
    if (id === 'data-prep') dataPrep = weeks;
  }
  // A parallel phase never makes the project shorter than itself.
  total = maxRange(total, longestParallel);
  const s1 = share(dataPrep[0], total[0]);
  const s2 = share(dataPrep[1], total[1]);
  return {
    phases: phasesOut,
    totalWeeks: total,
    dataPrepShare: [Math.min(s1, s2), Math.max(s1, s2)],
    because: fired.map((f) => f.because),
  };
}

const nice = ([a, b]: Range): Range => [roundNice(a), Math.max(roundNice(a), roundNice(b))];
const usdRange = ([a, b]: Range) => `${formatDollars(a)}–${formatDollars(b)}`;

/** Defaults when no rule states a figure, so a partial answer set still prices. */
const DEFAULT_SAVING: Range = [40, 70];

export function estimateCosts(
  rules: readonly RuleOf<'cost'>[],
  facts: Facts,
  totalWeeks: Range,
  out: Explanations,
): Plan['costs'] {
  const fired = fire(rules, 'cost', facts, out);
  let rate: Range | undefined;
  let price: Range | undefined;
  let saving: Range | undefined;
  let buildAdd: Range = [0, 0];
  let buildScale: Range = [1, 1];
  let hosting: Range = [0, 0];
  const notes: string[] = [];
  for (const { rule } of fired) {
    if (rule.weeklyRate) rate = maxRange(rate, rule.weeklyRate);
    if (rule.pricePerMTokens) price = maxRange(price, rule.pricePerMTokens);
    if (rule.savingPercent) saving = maxRange(saving, rule.savingPercent);
    if (rule.buildAdd) buildAdd = [buildAdd[0] + rule.buildAdd[0], buildAdd[1] + rule.buildAdd[1]];
    if (rule.buildScale)
      buildScale = [buildScale[0] * rule.buildScale[0], buildScale[1] * rule.buildScale[1]];
    if (rule.hostingMonthly)
      hosting = [hosting[0] + rule.hostingMonthly[0], hosting[1] + rule.hostingMonthly[1]];
    if (rule.note) notes.push(fill(rule.note, facts));
  }
  const r = rate ?? [0, 0];
  const build = nice([
    (totalWeeks[0] * r[0] + buildAdd[0]) * buildScale[0],
    (totalWeeks[1] * r[1] + buildAdd[1]) * buildScale[1],
  ]);
  const arithmetic: string[] = [
    `Build: ${formatNumber(totalWeeks[0], 1)}–${formatNumber(totalWeeks[1], 1)} weeks × ${usdRange(r)} a week` +
      (buildAdd[1] > 0 ? ` + ${usdRange(buildAdd)} of one-off costs` : '') +
      (buildScale[0] !== 1 || buildScale[1] !== 1
        ? ` × ${formatNumber(buildScale[0])}–${formatNumber(buildScale[1])}`
        : '') +
      ` ≈ ${usdRange(build)}.`,
  ];

  const requests = num(facts.get('monthlyRequests'));
  const tokens = num(facts.get('tokensPerRequest'));
  const p = price ?? [0, 0];
  let inference: Range = [0, 0];
  if (requests !== undefined && tokens !== undefined) {
    const monthlyTokens = requests * tokens;
    inference = nice([(monthlyTokens * p[0]) / 1e6, (monthlyTokens * p[1]) / 1e6]);
    arithmetic.push(
      `Requests: ${formatNumber(num(facts.get('dailyUsers')) ?? 0, 0)} users × ${formatNumber(num(facts.get('requestsPerUser')) ?? 0, 0)} requests a day × 30 days = ${formatNumber(requests, 0)} requests a month.`,
      `Tokens: (${formatNumber(num(facts.get('inputWords')) ?? 0, 0)} + ${formatNumber(num(facts.get('outputWords')) ?? 0, 0)} words) × 670 tokens per 500 words ≈ ${formatNumber(Math.round(tokens), 0)} tokens a request, ${formatNumber(Math.round(monthlyTokens / 1e6), 0)} million tokens a month.`,
      `Inference: ${formatNumber(Math.round(monthlyTokens / 1e6), 0)} million tokens × $${formatNumber(p[0])}–$${formatNumber(p[1])} per million ≈ ${usdRange(inference)} a month.`,
    );
  } else {
    arithmetic.push('Inference: answer daily users, requests per user and input/output lengths to price it.');
  }
  hosting = nice(hosting);
  // Sum of the already rounded parts, so the total always adds up on screen.
  const total: Range = [hosting[0] + inference[0], hosting[1] + inference[1]];
  arithmetic.push(`Hosting and operations: ${usdRange(hosting)} a month; total ${usdRange(total)} a month.`);
  const s = saving ?? DEFAULT_SAVING;
  const optimised = nice([inference[0] * (1 - s[1] / 100), inference[1] * (1 - s[0] / 100)]);
  if (requests !== undefined && tokens !== undefined)
    arithmetic.push(
      `With model routing, semantic caching and prompt compression (${s[0]}–${s[1]}% less): inference ${usdRange(optimised)} a month.`,
    );
  arithmetic.push(...notes);
  return {
    currency: 'USD',
    build,
    monthly: { hosting, inference, total },
    optimisedInference: { savingPercent: s, monthly: optimised },
    arithmetic,
    because: fired.map((f) => f.because),
  };
}
