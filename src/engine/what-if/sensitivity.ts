/**
 * Sensitivity: which answers move the build cost, the monthly cost and the timeline most. Each answer is varied
 * over its alternatives (alternatives.ts: every other option, each option ticked or unticked, half and half again
 * of a number, "not sure"), each variation is evaluated, and the answer's swing is the spread between the lowest
 * and the highest middle of the figure's range among the variations and the plan as answered. The estimate's own
 * figures (rate, prices, GPU costs) are varied as ranges, both ends together.
 */
import type { Range } from '@/domain/range';
import {
  formatAnswer,
  isAnswered,
  questionById,
  questions,
  UNSURE,
  type NumberQuestion,
  type Question,
} from '@/domain/questions';
import { formatNumber } from '@/domain/format';
import { assumptionValues, editedFromAnswers } from '../assumptions';
import { ruleset as defaultRuleset } from '../ruleset';
import type { Ruleset } from '../rules-schema';
import { notSureRange } from '../unknowns';
import {
  choiceAlternatives,
  figureBand,
  multiAlternatives,
  numberBand,
  type Alternative,
} from './alternatives';
import { metrics, middle, type Changes, type Metric, type Probe, type Prober } from './probe';
import { paused, type Work } from './work';

/** One answer (or one figure range) and what else it could be. */
export interface Variable {
  id: string;
  questionIds: string[];
  label: string;
  /** The answer as it stands, as it reads. */
  current: string;
  alternatives: Alternative[];
}

export interface SensitivityPoint {
  label: string;
  /** The answers to change to get here; empty for the plan as answered. */
  changes: Changes;
  range: Range;
  /** The range's middle, by which answers are ranked. */
  value: number;
}

export interface SensitivityRow {
  id: string;
  questionIds: string[];
  label: string;
  current: string;
  low: SensitivityPoint;
  high: SensitivityPoint;
  /** high.value − low.value: how far this answer alone moves the figure. */
  swing: number;
}

export interface Sensitivity {
  base: Record<Metric, Range>;
  currencySymbol: string;
  /** Per figure, the answers that move it, largest swing first; answers that do not move it are left out. */
  rows: Record<Metric, SensitivityRow[]>;
}

/** The figure ranges the results page lets a user replace, as pairs of answers. */
const figureRanges = [
  { id: 'ratePerEngineerWeek', low: 'rateLow', high: 'rateHigh', label: 'Cost of one engineer-week' },
  { id: 'priceSmall', low: 'priceSmallLow', high: 'priceSmallHigh', label: 'Price of a small model' },
  {
    id: 'priceFrontier',
    low: 'priceFrontierLow',
    high: 'priceFrontierHigh',
    label: 'Price of a frontier model',
  },
  { id: 'gpuMonthlyCloud', low: 'gpuCloudLow', high: 'gpuCloudHigh', label: 'Cost of a cloud GPU-month' },
  { id: 'gpuMonthlyOwned', low: 'gpuOwnedLow', high: 'gpuOwnedHigh', label: 'Cost of an owned GPU-month' },
] as const;

const numberQ = (id: string) => questionById.get(id) as NumberQuestion;

/** The answers a sensitivity varies, in catalogue order, then the estimate's figures. */
export function sensitivityVariables(prober: Prober, rules: Ruleset = defaultRuleset): Variable[] {
  const { answers } = prober;
  const out: Variable[] = [];
  const applicable = new Set(Object.keys(answers));
  for (const q of questions) {
    if (q.retired || q.step === 'figures' || q.kind === 'text' || q.kind === 'date') continue;
    // Unanswered questions that apply are varied too (their answer could move the plan); set-aside ones are not.
    if (!applicable.has(q.id) && !appliesUnanswered(prober, q)) continue;
    const v = answers[q.id];
    const alternatives =
      q.kind === 'single'
        ? choiceAlternatives(q, v)
        : q.kind === 'multi'
          ? multiAlternatives(q, v)
          : numberBand(q, v, v === UNSURE ? notSureRange(q.id, answers, rules) : undefined);
    if (alternatives.length)
      out.push({
        id: q.id,
        questionIds: [q.id],
        label: q.label,
        current: isAnswered(v) ? formatAnswer(q, v) : 'not answered',
        alternatives,
      });
  }
  const values = assumptionValues(rules.assumptions, editedFromAnswers(answers, rules.assumptions));
  const symbol = prober.base.currencySymbol;
  for (const f of figureRanges) {
    const current = values[f.id] as Range;
    out.push({
      id: f.id,
      questionIds: [f.low, f.high],
      label: f.label,
      current: `${symbol}${formatNumber(current[0])}–${formatNumber(current[1])} ${numberQ(f.low).unit}`,
      alternatives: figureBand(numberQ(f.low), numberQ(f.high), current, symbol),
    });
  }
  const weeks = numberQ('weeksPerMonth');
  out.push({
    id: 'weeksPerMonth',
    questionIds: ['weeksPerMonth'],
    label: weeks.label,
    current: formatAnswer(weeks, values.weeksPerMonth),
    alternatives: numberBand(weeks, values.weeksPerMonth),
  });
  return out;
}

/** Whether an unanswered question applies (the engine's active answers only hold answered ones). */
const appliesUnanswered = (prober: Prober, q: Question): boolean =>
  !prober.answers[q.id] && prober.plan.missing.includes(q.id);

/** The variable's effect on each figure: its lowest and highest point among its variations and the plan itself. */
export function* sensitivityOf(
  prober: Prober,
  v: Variable,
): Work<Record<Metric, SensitivityRow | undefined>> {
  const asAnswered = (m: Metric): SensitivityPoint => ({
    label: 'as answered',
    changes: {},
    range: prober.base.ranges[m],
    value: middle(prober.base.ranges[m]),
  });
  const points: { a: Alternative; p: Probe }[] = [];
  for (const a of v.alternatives) points.push({ a, p: yield* paused(() => prober.probe(a.changes)) });
  const out = {} as Record<Metric, SensitivityRow | undefined>;
  for (const m of metrics) {
    let low = asAnswered(m);
    let high = asAnswered(m);
    for (const { a, p } of points) {
      const value = middle(p.ranges[m]);
      const point = { label: a.label, changes: a.changes, range: p.ranges[m], value };
      if (value < low.value) low = point;
      if (value > high.value) high = point;
    }
    const swing = high.value - low.value;
    out[m] =
      swing > 0
        ? { id: v.id, questionIds: v.questionIds, label: v.label, current: v.current, low, high, swing }
        : undefined;
  }
  return out;
}

/** Largest swing first; equal swings keep the order the variables came in. */
export function rankRows(rows: SensitivityRow[]): SensitivityRow[] {
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.swing - a.r.swing || a.i - b.i)
    .map((x) => x.r);
}
