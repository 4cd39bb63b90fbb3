/**
 * Turns a fired rule into the plan's `because`: the rule, the facts that triggered it written as the user
 * would read them, and its grounding. Also fills `{fact}` placeholders in rule texts.
 */
import { evaluateCondition, type Facts, type Trigger } from '@/domain/conditions';
import type { Because } from '@/domain/plan';
import { questionById, type Question } from '@/domain/questions';
import { approachLabels, familyLabels, hostingLabels, tierLabels } from './labels';
import { compiled } from './compile';
import { formatNumber, formatUsd, formatWeeks } from './format';
import type { AnyRule } from './rules-schema';

const decisionLabels: Record<string, Readonly<Record<string, string>>> = {
  approach: approachLabels,
  tier: tierLabels,
  hostingChoice: hostingLabels,
  family: familyLabels,
};

const optionLabels = new Map<string, Map<string, string>>();
function labelOf(q: Question, value: string): string {
  if (q.kind !== 'single' && q.kind !== 'multi') return value;
  let m = optionLabels.get(q.id);
  if (!m) {
    m = new Map(q.options.map((o) => [o.value, o.label]));
    optionLabels.set(q.id, m);
  }
  return m.get(value) ?? value;
}

const memo = new Map<string, Map<unknown, string>>();
const MEMO_LIMIT = 256;

/** The value a rule saw, in words: option labels for answers, yes/no for flags, grouped digits for numbers. */
export function readable(fact: string, value: unknown): string {
  // The same few values recur on every keystroke of the live preview: remember their wording (bounded).
  if (typeof value === 'object' && value !== null) return describe(fact, value);
  let m = memo.get(fact);
  if (!m) memo.set(fact, (m = new Map()));
  let s = m.get(value);
  if (s === undefined) {
    s = describe(fact, value);
    if (m.size < MEMO_LIMIT) m.set(value, s);
  }
  return s;
}

function describe(fact: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return 'not answered';
  const q = questionById.get(fact);
  if (Array.isArray(value))
    return value.length === 0 ? 'not answered' : value.map((v) => readable(fact, v)).join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') {
    if (q?.kind === 'number') return `${formatNumber(value)} ${q.unit}`;
    return formatNumber(value);
  }
  const s = String(value);
  if (q) return labelOf(q, s);
  return decisionLabels[fact]?.[s] ?? s;
}

export function becauseOf(rule: AnyRule, triggers: readonly Trigger[]): Because {
  const out: Because['triggers'] = [];
  for (const t of triggers) {
    if (out.some((o) => o.fact === t.fact)) continue;
    out.push({ fact: t.fact, value: readable(t.fact, t.actual) });
  }
  const b: Because = { ruleId: rule.id, title: rule.title, triggers: out, sources: rule.sources ?? [] };
  if (rule.assumption !== undefined) b.assumption = rule.assumption;
  return b;
}

export interface Fired<R extends AnyRule> {
  rule: R;
  because: Because;
}

export type TraceEntry = Because & { file: string };

/** Rules whose condition holds, each with its explanation; every firing is also appended to the trace. */
export function fire<R extends AnyRule>(
  rules: readonly R[],
  facts: Facts,
  file: string,
  trace: TraceEntry[],
): Fired<R>[] {
  const fired: Fired<R>[] = [];
  for (const { rule, test } of compiled(rules)) {
    if (!test(facts)) continue;
    const triggers: Trigger[] = rule.when ? evaluateCondition(rule.when, facts).triggers : [];
    const because = becauseOf(rule, triggers);
    fired.push({ rule, because });
    const entry: TraceEntry = {
      ruleId: because.ruleId,
      title: because.title,
      triggers: because.triggers,
      sources: because.sources,
      file,
    };
    if (because.assumption !== undefined) entry.assumption = because.assumption;
    trace.push(entry);
  }
  return fired;
}

type Part = string | { name: string; format: string | undefined };
const PLACEHOLDER = /\{([A-Za-z]+)(?::(usd|weeks|int))?\}/g;
/** Rule texts are few and fixed: each is split into literal and placeholder parts once. */
const templates = new Map<string, Part[]>();

function partsOf(text: string): Part[] {
  let parts = templates.get(text);
  if (!parts) {
    parts = [];
    let last = 0;
    for (const m of text.matchAll(PLACEHOLDER)) {
      if (m.index > last) parts.push(text.slice(last, m.index));
      parts.push({ name: m[1]!, format: m[2] });
      last = m.index + m[0].length;
    }
    if (last < text.length) parts.push(text.slice(last));
    templates.set(text, parts);
  }
  return parts;
}

function valueText(name: string, format: string | undefined, facts: Facts): string {
  const v = facts[name];
  if (typeof v === 'number') {
    if (format === 'usd') return formatUsd(v);
    if (format === 'weeks') return formatWeeks(v);
    if (format === 'int') return formatNumber(Math.round(v), 0);
    return formatNumber(v, 1);
  }
  return readable(name, v);
}

/** Replaces `{fact}`, `{fact:usd}`, `{fact:weeks}` and `{fact:int}` with the fact's value in words. */
export function fill(text: string, facts: Facts): string {
  if (!text.includes('{')) return text;
  let out = '';
  for (const p of partsOf(text)) out += typeof p === 'string' ? p : valueText(p.name, p.format, facts);
  return out;
}
