/**
 * What else an answer could have been: every other option of a choice, each option of a multiple choice ticked or
 * unticked, a number half or one and a half times as large, "not sure". Each alternative is a valid answer (the
 * answers schema would accept it), so putting it into an answers file gives exactly the plan the analysis saw.
 */
import { formatNumber } from '@/domain/format';
import {
  UNSURE,
  type AnswerValue,
  type ChoiceQuestion,
  type MultiQuestion,
  type NumberQuestion,
} from '@/domain/questions';
import type { Changes } from './probe';

export interface Alternative {
  /** The answers it changes (a figure's range changes two). */
  changes: Changes;
  /** How it reads: "Customers", "half: 1,000 users", "not sure yet". */
  label: string;
}

export function choiceAlternatives(q: ChoiceQuestion, current: AnswerValue | undefined): Alternative[] {
  return q.options
    .filter((o) => o.value !== current)
    .map((o) => ({ changes: { [q.id]: o.value }, label: o.label }));
}

/**
 * One option ticked or unticked at a time, as a person would change a multiple choice. Ticking the exclusive
 * option ("none") clears the others, ticking another clears it, and the last tick is never taken away (the
 * question needs at least one).
 */
export function multiAlternatives(q: MultiQuestion, current: AnswerValue | undefined): Alternative[] {
  const now = Array.isArray(current) ? current : [];
  const order = q.options.map((o) => o.value);
  const out: Alternative[] = [];
  for (const o of q.options) {
    let next: string[];
    let label: string;
    if (now.includes(o.value)) {
      next = now.filter((v) => v !== o.value);
      label = `without “${o.label}”`;
      if (next.length === 0) continue;
    } else {
      next = o.value === q.exclusive ? [o.value] : [...now.filter((v) => v !== q.exclusive), o.value];
      label = o.value === q.exclusive ? o.label : `with “${o.label}”`;
    }
    next.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    out.push({ changes: { [q.id]: next }, label });
  }
  return out;
}

const clamp = (q: NumberQuestion, n: number): number => {
  const v = Math.min(q.max, Math.max(q.min, n));
  return q.integer ? Math.round(v) : Math.round(v * 1000) / 1000;
};

/**
 * A number half and one and a half times as large (within the question's bounds), and "not sure" where the
 * question allows it. A number answered "not sure" varies over the typical range the engine reads it as, when
 * it reads it as one (`typical`).
 */
export function numberBand(
  q: NumberQuestion,
  current: AnswerValue | undefined,
  typical?: readonly [number, number],
): Alternative[] {
  const out: Alternative[] = [];
  const unit = (n: number) => `${formatNumber(n)} ${q.unit}`;
  if (typeof current === 'number') {
    const seen = new Set([current]);
    for (const [factor, word] of [
      [0.5, 'half'],
      [1.5, 'half again'],
    ] as const) {
      const v = clamp(q, current * factor);
      if (seen.has(v)) continue;
      seen.add(v);
      out.push({ changes: { [q.id]: v }, label: `${word}: ${unit(v)}` });
    }
    if (q.unsure) out.push({ changes: { [q.id]: UNSURE }, label: 'not sure yet' });
  } else if (current === UNSURE && typical) {
    out.push({ changes: { [q.id]: clamp(q, typical[0]) }, label: `low end: ${unit(clamp(q, typical[0]))}` });
    out.push({ changes: { [q.id]: clamp(q, typical[1]) }, label: `high end: ${unit(clamp(q, typical[1]))}` });
  }
  return out;
}

/** A figure range (two answers, its low and high ends) scaled as one: half, and half again. */
export function figureBand(
  low: NumberQuestion,
  high: NumberQuestion,
  current: readonly [number, number],
  symbol: string,
): Alternative[] {
  const out: Alternative[] = [];
  for (const [factor, word] of [
    [0.5, 'half'],
    [1.5, 'half again'],
  ] as const) {
    const a = clamp(low, current[0] * factor);
    const b = clamp(high, current[1] * factor);
    if (a === current[0] && b === current[1]) continue;
    const shown = a === b ? formatNumber(a) : `${formatNumber(a)}–${formatNumber(b)}`;
    out.push({ changes: { [low.id]: a, [high.id]: b }, label: `${word}: ${symbol}${shown} ${low.unit}` });
  }
  return out;
}
