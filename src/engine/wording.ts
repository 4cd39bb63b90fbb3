/**
 * Facts in words, as the plan shows them: a rule's triggers ("Industry: Healthcare and life sciences") and the
 * `{fact}` placeholders in rule texts.
 */
import { optionLabel, questionById } from '@/domain/questions';
import type { FactName, Facts } from './facts';
import { formatNumber } from '@/domain/format';
import { formatDollars, formatWeeks } from './format';
import { approachLabels, familyLabels, hostingLabels, tierLabels } from './labels';

/** The engine's decisions are ids; these are their names. */
const decisionLabels: Partial<Record<FactName, Readonly<Record<string, string>>>> = {
  approach: approachLabels,
  tier: tierLabels,
  hostingChoice: hostingLabels,
  family: familyLabels,
};

/**
 * A fact's value in words: option labels for answers, names for the engine's decisions, yes/no for flags, grouped
 * digits (and the question's unit) for numbers, lists joined with commas.
 */
export function readable(fact: FactName, value: unknown): string {
  if (value === undefined || value === null || value === '') return 'not answered';
  if (Array.isArray(value))
    return value.length === 0 ? 'not answered' : value.map((v) => readable(fact, v)).join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const question = questionById.get(fact);
  if (typeof value === 'number')
    return question?.kind === 'number' ? `${formatNumber(value)} ${question.unit}` : formatNumber(value);
  const text = String(value);
  if (question) return optionLabel(question, text);
  return decisionLabels[fact]?.[text] ?? text;
}

/** `{fact}`, `{fact:usd}`, `{fact:weeks}` or `{fact:int}` in a rule text. */
const PLACEHOLDER = /\{([A-Za-z]+)(?::(usd|weeks|int))?\}/g;

/** The text with its placeholders replaced by the facts' values in words. */
export function fill(text: string, facts: Facts): string {
  return text.replace(PLACEHOLDER, (_match, name: FactName, format: string | undefined) => {
    const value = facts.get(name);
    if (typeof value !== 'number') return readable(name, value);
    if (format === 'usd') return formatDollars(value);
    if (format === 'weeks') return formatWeeks(value);
    if (format === 'int') return formatNumber(Math.round(value), 0);
    return formatNumber(value, 1);
  });
}
