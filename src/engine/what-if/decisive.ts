/**
 * Decisive answers: the answers that, were they different, would change the recommended approach or the hosting,
 * or clear a blocker, and what the plan becomes then. Found by re-running the engine: every other option of a
 * choice, each option of a multiple choice ticked or unticked, "not sure", and for numbers and dates the
 * thresholds where the plan changes (threshold.ts). Nothing is read from the rules' text except, as extra sample
 * points, the figures the rules compare an answer with; every reported value is one the engine was run with.
 */
import type { Decisive } from '@/domain/plan';
import {
  questions,
  UNSURE,
  type AnswerValue,
  type DateQuestion,
  type NumberQuestion,
  type Question,
} from '@/domain/questions';
import { DEFAULT_TODAY } from '../evaluate';
import { ruleset as defaultRuleset } from '../ruleset';
import type { Ruleset } from '../rules-schema';
import { choiceAlternatives, multiAlternatives, type Alternative } from './alternatives';
import { outcomeKey, type Changes, type Probe, type Prober } from './probe';
import { readableValue, segments, type Domain, type Segment } from './threshold';
import { decisiveText } from './wording';
import { paused, type Work } from './work';

export type { Decisive };

/** What a variation does to the recommendation, or undefined when it changes nothing the analysis reports. */
export function flipOf(base: Probe, p: Probe): Decisive['becomes'] | undefined {
  const becomes: Decisive['becomes'] = {};
  if (p.approach !== base.approach) becomes.approach = p.approach;
  if (p.hosting !== base.hosting) becomes.hosting = p.hosting;
  const clears = base.blockers.filter((b) => !p.blockers.includes(b));
  const raises = p.blockers.filter((b) => !base.blockers.includes(b));
  if (!becomes.approach && !becomes.hosting && clears.length === 0) return undefined;
  if (clears.length) becomes.clears = clears;
  if (raises.length) becomes.raises = raises;
  return becomes;
}

function* entry(
  prober: Prober,
  q: Question,
  value: AnswerValue,
  extra: Pick<Decisive, 'bound' | 'until'> = {},
): Work<Decisive | undefined> {
  const p = yield* paused(() => prober.probe({ [q.id]: value }));
  const becomes = flipOf(prober.base, p);
  if (!becomes) return undefined;
  const unanswered = p.missing.filter((id) => !prober.base.missing.includes(id));
  const messages = { ...prober.base.blockerMessages, ...p.blockerMessages };
  return {
    questionId: q.id,
    value,
    ...extra,
    becomes,
    ...(unanswered.length ? { unanswered } : {}),
    text: decisiveText(q, value, prober.answers[q.id], { ...extra, becomes }, messages),
  };
}

function* fromAlternatives(prober: Prober, q: Question, alts: Alternative[]): Work<Decisive[]> {
  const out: Decisive[] = [];
  for (const a of alts) {
    const e = yield* entry(prober, q, a.changes[q.id]!);
    if (e) out.push(e);
  }
  return out;
}

const hintCache = new WeakMap<object, Map<string, number[]>>();

/** Every number a rule compares each fact with: extra sample points, so a narrow band is not missed. */
function hintsFor(rules: Ruleset, fact: string): number[] {
  let byFact = hintCache.get(rules);
  if (!byFact) {
    byFact = new Map();
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) return x.forEach(walk);
      if (typeof x !== 'object' || x === null) return;
      const o = x as Record<string, unknown>;
      if (typeof o.fact === 'string' && typeof o.op === 'string') {
        const values = Array.isArray(o.value) ? o.value : [o.value];
        for (const v of values)
          if (typeof v === 'number') byFact!.set(o.fact, [...(byFact!.get(o.fact) ?? []), v]);
      }
      Object.values(o).forEach(walk);
    };
    walk(rules);
    hintCache.set(rules, byFact);
  }
  return byFact.get(fact) ?? [];
}

/** How values of a number or date question map to the numbers the search walks (days, for a date). */
interface Axis {
  domain: Domain;
  toAnswer(n: number): AnswerValue;
  fromAnswer(v: AnswerValue | undefined): number | undefined;
  /** Whether a value may be rounded to read well (not a date). */
  round: boolean;
}

const DAY_MS = 86_400_000;
const dayOf = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
};
const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

function numberAxis(q: NumberQuestion): Axis {
  return {
    domain: { min: q.min, max: q.max, integer: q.integer },
    toAnswer: (n) => n,
    fromAnswer: (v) => (typeof v === 'number' ? v : undefined),
    round: true,
  };
}

/** Launch dates from a year before today to ten years after: where a date can still change a plan. */
function dateAxis(today: string): Axis {
  const t = dayOf(today);
  return {
    domain: { min: t - 365, max: t + 3650, integer: true },
    toAnswer: isoOfDay,
    fromAnswer: (v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? dayOf(v) : undefined),
    round: false,
  };
}

const MAX_PER_DIRECTION = 3;

/**
 * The thresholds of a number or date: from the current answer up and down, each segment of the range whose plan
 * differs in what the analysis reports, read as "this value or more" / "this value or less" (and where the next
 * change starts, `until`). For an answer that is "not sure" or missing, every such segment.
 */
function* thresholds(prober: Prober, q: Question, axis: Axis, rules: Ruleset): Work<Decisive[]> {
  const changesAt = (n: number): Changes => ({ [q.id]: axis.toAnswer(n) });
  const keyAt = (n: number) => paused(() => outcomeKey(prober.probe(changesAt(n))));
  const current = axis.fromAnswer(prober.answers[q.id]);
  const hints = axis.round ? hintsFor(rules, q.id) : [];
  const segs = yield* segments(axis.domain, current === undefined ? hints : [...hints, current], keyAt);
  const baseKey = outcomeKey(prober.base);
  function* readable(s: Segment, side: 'start' | 'end'): Work<number> {
    if (axis.round) return yield* readableValue(axis.domain, s, side, keyAt);
    return side === 'start' ? s.from : s.to;
  }

  function* report(s: Segment, bound: 'at-least' | 'at-most'): Work<Decisive | undefined> {
    const value = yield* readable(s, bound === 'at-least' ? 'start' : 'end');
    const farEnd = bound === 'at-least' ? s.to < axis.domain.max : s.from > axis.domain.min;
    const until = farEnd ? yield* readable(s, bound === 'at-least' ? 'end' : 'start') : undefined;
    return yield* entry(prober, q, axis.toAnswer(value), {
      bound,
      ...(until !== undefined && until !== value ? { until: axis.toAnswer(until) as number | string } : {}),
    });
  }

  const out: Decisive[] = [];
  function* walk(list: Segment[], bound?: 'at-least' | 'at-most'): Work<void> {
    const seen = new Set([baseKey]);
    let found = 0;
    for (const s of list) {
      if (seen.has(s.key)) continue;
      seen.add(s.key);
      // Without an answer to start from, a segment at the bottom of the range reads "… or less".
      const b = bound ?? (s.from === axis.domain.min && s.to < axis.domain.max ? 'at-most' : 'at-least');
      const e = yield* report(s, b);
      if (!e) continue;
      out.push(e);
      if (bound && ++found >= MAX_PER_DIRECTION) break;
    }
  }
  if (current !== undefined) {
    const at = segs.findLastIndex((s) => s.from <= current);
    yield* walk(segs.slice(at + 1), 'at-least');
    yield* walk(segs.slice(0, Math.max(0, at)).reverse(), 'at-most');
  } else yield* walk(segs);
  return out;
}

/** The decisive alternatives of one question. Figures of the estimate (figures.ts) are not searched. */
export function* decisiveFor(prober: Prober, q: Question, rules: Ruleset = defaultRuleset): Work<Decisive[]> {
  if (q.step === 'figures' || q.retired) return [];
  const current = prober.answers[q.id];
  switch (q.kind) {
    case 'single':
      return yield* fromAlternatives(prober, q, choiceAlternatives(q, current));
    case 'multi':
      return yield* fromAlternatives(prober, q, multiAlternatives(q, current));
    case 'number':
    case 'date': {
      const axis = q.kind === 'number' ? numberAxis(q) : dateAxis(prober.options.today ?? DEFAULT_TODAY);
      const found = yield* thresholds(prober, q, axis, rules);
      const unsure = (q as NumberQuestion | DateQuestion).unsure && current !== UNSURE;
      const u = unsure ? yield* entry(prober, q, UNSURE) : undefined;
      return u ? [...found, u] : found;
    }
    case 'text':
      return [];
  }
}

/** Approach changes first, then hosting, then blockers cleared; catalogue order within each. */
export function orderDecisive(list: Decisive[]): Decisive[] {
  const rank = (d: Decisive) => (d.becomes.approach ? 0 : d.becomes.hosting ? 1 : 2);
  const position = new Map(questions.map((q, i) => [q.id, i]));
  return list
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        rank(a.d) - rank(b.d) || position.get(a.d.questionId)! - position.get(b.d.questionId)! || a.i - b.i,
    )
    .map((x) => x.d);
}
