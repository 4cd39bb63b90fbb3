/** Timeline and cost arithmetic: interprets the floors, additions and factors of timeline.json and cost.json. */
import type { Plan } from '@/domain/plan';
import type { Range } from '@/domain/range';
import type { Facts } from './facts';
import { fill, fire, optionalTemplate, prepare, type Explanations } from './explain';
import { formatNumber, formatUsd, roundNice } from './format';
import { indexedLike, phases } from './labels';
import { phaseIds, type RuleOf } from './rules-schema';

const halfWeek = (n: number) => Math.round(n * 2) / 2;
/** a as a share of b, to the hundredth. */
const share = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : 0);
const maxRange = (a: Range | undefined, b: Range): Range =>
  a ? [Math.max(a[0], b[0]), Math.max(a[1], b[1])] : b;

/**
 * What the fired rules say about one phase: the highest floor (floors are never negative, so 0 is "none"), the
 * sum of additions and the product of factors.
 */
class PhaseSum {
  floorLo = 0;
  floorHi = 0;
  addLo = 0;
  addHi = 0;
  scaleLo = 1;
  scaleHi = 1;
  readonly because: Plan['timeline']['because'] = [];
}

const phaseInfo = indexedLike(phaseIds, phases);

const timelineEffect = (r: RuleOf<'timeline'>) => ({
  phase: phaseIds.indexOf(r.phase),
  atLeast: r.atLeast,
  add: r.add,
  scale: r.scale,
});

export function estimateTimeline(
  rules: readonly RuleOf<'timeline'>[],
  facts: Facts,
  out: Explanations,
): Plan['timeline'] {
  const { effects, because } = fire(prepare(rules, 'timeline', timelineEffect), facts, out);
  // Indexed like phaseIds; a phase no rule touched stays undefined.
  const acc: (PhaseSum | undefined)[] = new Array(phaseIds.length);
  for (let i = 0; i < effects.length; i++) {
    const e = effects[i]!;
    const p = (acc[e.phase] ??= new PhaseSum());
    if (e.atLeast) {
      p.floorLo = Math.max(p.floorLo, e.atLeast[0]);
      p.floorHi = Math.max(p.floorHi, e.atLeast[1]);
    }
    if (e.add) {
      p.addLo += e.add[0];
      p.addHi += e.add[1];
    }
    if (e.scale) {
      p.scaleLo *= e.scale[0];
      p.scaleHi *= e.scale[1];
    }
    p.because.push(because[i]!);
  }
  const phasesOut: Plan['timeline']['phases'] = [];
  let total: Range = [0, 0];
  let longestParallel: Range = [0, 0];
  let dataPrep: Range = [0, 0];
  for (let i = 0; i < phaseIds.length; i++) {
    const p = acc[i];
    if (!p) continue;
    const id = phaseIds[i]!;
    const info = phaseInfo[i]!;
    const lo = halfWeek((p.floorLo + p.addLo) * p.scaleLo);
    const hi = Math.max(lo, halfWeek((p.floorHi + p.addHi) * p.scaleHi));
    if (hi <= 0) continue;
    const weeks: Range = [lo, hi];
    phasesOut.push(
      info.parallel
        ? { id, name: info.name, weeks, parallel: true, because: p.because }
        : { id, name: info.name, weeks, because: p.because },
    );
    if (info.parallel) longestParallel = maxRange(longestParallel, weeks);
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
    because,
  };
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const nice = ([a, b]: Range): Range => [roundNice(a), Math.max(roundNice(a), roundNice(b))];
const usdRange = ([a, b]: Range) => `${formatUsd(a)}–${formatUsd(b)}`;

/** Defaults when no rule states a figure, so a partial answer set still prices. */
const DEFAULT_SAVING: Range = [40, 70];

const costEffect = (r: RuleOf<'cost'>) => ({
  weeklyRate: r.weeklyRate,
  pricePerMTokens: r.pricePerMTokens,
  savingPercent: r.savingPercent,
  buildAdd: r.buildAdd,
  buildScale: r.buildScale,
  hostingMonthly: r.hostingMonthly,
  note: optionalTemplate(r.note),
});

export function estimateCosts(
  rules: readonly RuleOf<'cost'>[],
  facts: Facts,
  totalWeeks: Range,
  out: Explanations,
): Plan['costs'] {
  const { effects, because } = fire(prepare(rules, 'cost', costEffect), facts, out);
  let rate: Range | undefined;
  let price: Range | undefined;
  let saving: Range | undefined;
  let buildAdd: Range = [0, 0];
  let buildScale: Range = [1, 1];
  let hosting: Range = [0, 0];
  const notes: string[] = [];
  for (const e of effects) {
    if (e.weeklyRate) rate = maxRange(rate, e.weeklyRate);
    if (e.pricePerMTokens) price = maxRange(price, e.pricePerMTokens);
    if (e.savingPercent) saving = maxRange(saving, e.savingPercent);
    if (e.buildAdd) buildAdd = [buildAdd[0] + e.buildAdd[0], buildAdd[1] + e.buildAdd[1]];
    if (e.buildScale) buildScale = [buildScale[0] * e.buildScale[0], buildScale[1] * e.buildScale[1]];
    if (e.hostingMonthly) hosting = [hosting[0] + e.hostingMonthly[0], hosting[1] + e.hostingMonthly[1]];
    if (e.note) notes.push(fill(e.note, facts));
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
    because,
  };
}
