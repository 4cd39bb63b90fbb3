/**
 * An item's "why" in the reader's words: what the reason says, the answers (and the figures worked out from them)
 * that made it apply, and the assumption it rests on. Rule ids and fact names stay out: they belong to the technical
 * trace. The results page and every export word reasons with this one function, so they say the same thing.
 */
import { formatNumber } from './format';
import type { Because } from './plan';
import { formatAnswer, questionById, type Answers } from './questions';

export interface Basis {
  /** The question as asked, or the name of a figure worked out from the answers. */
  label: string;
  value: string;
  /** True when the user gave this answer; false for what the plan worked out from the answers. */
  isAnswer: boolean;
}

export interface ReasonWords {
  /** What the reason says (the rule's title, which is written for readers). */
  title: string;
  basis: Basis[];
  assumption?: string;
}

export interface WordingOptions {
  /** The name a reader knows a derived fact by (`factLabel` in the engine). */
  labelOf: (fact: string) => string;
  /** The user's answers: their own wording wins over the value the rule saw. */
  answers?: Answers;
  /** Written before amounts of money worked out by the plan. */
  currencySymbol?: string;
}

/** Figures the plan works out in weeks or money, written as a reader would say them. */
const WEEK_FIGURES = new Set([
  'weeksUntilLaunch',
  'launchShortfallMin',
  'launchShortfallMax',
  'totalWeeksMin',
  'totalWeeksMax',
]);
const MONEY_FIGURES = new Set([
  'buildCostMin',
  'buildCostMax',
  'monthlyCostMin',
  'monthlyCostMax',
  'budgetShortfallMin',
  'budgetShortfallMax',
  'runBudgetShortfallMin',
  'runBudgetShortfallMax',
]);
/** How far an estimate runs past a date or a budget: at or below zero it does not. */
const SHORTFALL = /Shortfall(Min|Max)$/;

const asNumber = (value: string): number | undefined => {
  const n = Number(value.replace(/,/g, ''));
  return /^-?[\d,]+(\.\d+)?$/.test(value) && Number.isFinite(n) ? n : undefined;
};

/** A figure the plan worked out: whole weeks, money with its symbol, "none" for a shortfall that is not one. */
function figureWords(fact: string, value: string, symbol: string): string {
  const n = asNumber(value);
  if (n === undefined) return value;
  if (SHORTFALL.test(fact) && n <= 0) return 'none';
  if (WEEK_FIGURES.has(fact)) return `about ${formatNumber(Math.round(n), 0)} weeks`;
  if (MONEY_FIGURES.has(fact)) return `${symbol}${formatNumber(Math.round(n), 0)}`;
  // Shares and counts keep one decimal at most: "2.5", never "27.8333".
  return formatNumber(n, 1);
}

export function basisOf(t: Because['triggers'][number], opts: WordingOptions): Basis {
  const q = questionById.get(t.fact);
  if (q) {
    const given = opts.answers?.[t.fact];
    return { label: q.label, value: given === undefined ? t.value : formatAnswer(q, given), isAnswer: true };
  }
  return {
    label: opts.labelOf(t.fact),
    value: figureWords(t.fact, t.value, opts.currencySymbol ?? '$'),
    isAnswer: false,
  };
}

export function reasonWords(b: Because, opts: WordingOptions): ReasonWords {
  const words: ReasonWords = { title: b.title, basis: b.triggers.map((t) => basisOf(t, opts)) };
  if (b.assumption) words.assumption = b.assumption;
  return words;
}

/** "Label? value" or "Label: value": a question keeps its question mark. */
export const basisText = ({ label, value }: Basis): string =>
  `${/[?:]$/.test(label) ? label : `${label}:`} ${value}`;
