/**
 * Fires rules and explains them. Each rules file is prepared once (`prepare`); `fire` then tests its rules over
 * an evaluation's facts and turns each that holds into the plan's `because`: the rule, the facts that triggered
 * it written as the user would read them, and its grounding. Also fills `{fact}` placeholders in rule texts.
 */
import { holds, triggersOf, type Condition } from '@/domain/conditions';
import type { Because, Plan } from '@/domain/plan';
import { questionById, type Question } from '@/domain/questions';
import { approachLabels, familyLabels, hostingLabels, tierLabels } from './labels';
import type { FactName, Facts } from './facts';
import { formatNumber, formatUsd, formatWeeks } from './format';
import { ruleFile, type AnyRule, type Concern } from './rules-schema';

const decisionLabels: Record<string, Readonly<Record<string, string>>> = {
  approach: approachLabels,
  tier: tierLabels,
  hostingChoice: hostingLabels,
  family: familyLabels,
};

type Trigger = Because['triggers'][number];

/**
 * How one fact's values are put into words: option labels for answers, labels for the engine's decisions, yes/no
 * for flags, grouped digits (and the question's unit) for numbers.
 */
class Wording {
  private readonly question: Question | undefined;
  /** Option labels of a single- or multi-choice question. */
  private readonly options: ReadonlyMap<string, string> | undefined;
  private readonly decisions: Readonly<Record<string, string>> | undefined;

  constructor(readonly fact: FactName) {
    const q = questionById.get(fact);
    this.question = q;
    this.options =
      q?.kind === 'single' || q?.kind === 'multi'
        ? new Map(q.options.map((o) => [o.value, o.label]))
        : undefined;
    this.decisions = decisionLabels[fact];
  }

  /** The fact as one of a rule's triggers: its name and its value in words. */
  trigger(facts: Facts): Trigger {
    return { fact: this.fact, value: this.text(facts.get(this.fact)) };
  }

  text(value: unknown): string {
    if (value === undefined || value === null || value === '') return 'not answered';
    if (typeof value === 'string') return this.label(value);
    if (typeof value === 'boolean') return value ? 'yes' : 'no';
    if (typeof value === 'number') {
      const q = this.question;
      return q?.kind === 'number' ? `${formatNumber(value)} ${q.unit}` : formatNumber(value);
    }
    if (Array.isArray(value)) {
      if (value.length === 0) return 'not answered';
      let s = this.text(value[0]);
      for (let i = 1; i < value.length; i++) s += `, ${this.text(value[i])}`;
      return s;
    }
    return this.label(String(value));
  }

  private label(s: string): string {
    if (this.question) return this.options?.get(s) ?? s;
    return this.decisions?.[s] ?? s;
  }
}

const wordings = new Map<FactName, Wording>();
function wordingOf(fact: FactName): Wording {
  let w = wordings.get(fact);
  if (!w) wordings.set(fact, (w = new Wording(fact)));
  return w;
}

/** The value a rule saw, in words: option labels for answers, yes/no for flags, grouped digits for numbers. */
export const readable = (fact: FactName, value: unknown): string => wordingOf(fact).text(value);

/**
 * A rule prepared once for firing: its compiled condition, its triggers' wordings when they are fixed, the
 * constant part of its `because`, and its effect. The effect is what the rule does, in one object shape per
 * concern: rules come from JSON in as many shapes as there are combinations of optional fields, and reading
 * them directly in the firing loops made every property load megamorphic. One class for the rules of every file,
 * so the firing loop reads one object shape too.
 */
class Prepared<E> {
  readonly when: Condition<FactName> | undefined;
  readonly ruleId: string;
  readonly title: string;
  readonly sources: Because['sources'];
  readonly assumption: string | undefined;

  constructor(
    rule: AnyRule,
    readonly effect: E,
  ) {
    this.when = rule.when;
    this.ruleId = rule.id;
    this.title = rule.title;
    this.sources = rule.sources ?? [];
    this.assumption = rule.assumption;
  }

  triggers(facts: Facts): Because['triggers'] {
    return wordedTriggers(triggersOf(this.when, facts).map(wordingOf), facts);
  }
}

/** The rules of one file, prepared. */
export interface PreparedRules<E> {
  readonly file: string;
  readonly rules: readonly Prepared<E>[];
}

const preparedCache = new WeakMap<object, PreparedRules<unknown>>();

/**
 * The rules of one concern prepared for firing, once per rules array: `effectOf` puts each rule's effect into
 * the concern's one shape, with its texts as templates.
 */
export function prepare<R extends AnyRule, E>(
  rules: readonly R[],
  concern: Concern,
  effectOf: (rule: R) => E,
): PreparedRules<E> {
  let p = preparedCache.get(rules) as PreparedRules<E> | undefined;
  if (!p) {
    p = { file: ruleFile(concern), rules: rules.map((rule) => new Prepared(rule, effectOf(rule))) };
    preparedCache.set(rules, p);
  }
  return p;
}

/** The triggers of a rule that fired, as the user reads them: each fact once, with the value it had. */
function wordedTriggers(words: readonly Wording[], facts: Facts): Because['triggers'] {
  const out: Because['triggers'] = new Array(words.length);
  for (let i = 0; i < words.length; i++) out[i] = words[i]!.trigger(facts);
  return out;
}

export type TraceEntry = Because & { file: string };

/** What an evaluation has fired so far, in order: every firing, and the assumptions the fired rules rest on. */
export class Explanations {
  readonly trace: TraceEntry[] = [];
  readonly assumptions: Plan['assumptions'] = [];
}

/** The rules that fired, in file order: their effects and, at the same index, their explanations. */
export interface Fired<E> {
  readonly effects: E[];
  readonly because: Because[];
}

/** Fires the rules whose condition holds; every firing is also recorded in `out`. */
export function fire<E>(prepared: PreparedRules<E>, facts: Facts, out: Explanations): Fired<E> {
  const effects: E[] = [];
  const becauses: Because[] = [];
  const { file, rules } = prepared;
  for (const r of rules) {
    if (!holds(r.when, facts)) continue;
    const triggers = r.triggers(facts);
    const sources = r.sources;
    // Built whole rather than given `assumption` afterwards, so every object of a kind has one of two shapes.
    if (r.assumption === undefined) {
      becauses.push({ ruleId: r.ruleId, title: r.title, triggers, sources });
      out.trace.push({ ruleId: r.ruleId, title: r.title, triggers, sources, file });
    } else {
      const assumption = r.assumption;
      const because = { ruleId: r.ruleId, title: r.title, triggers, sources, assumption };
      becauses.push(because);
      out.trace.push({ ruleId: r.ruleId, title: r.title, triggers, sources, file, assumption });
      out.assumptions.push({ id: r.ruleId, text: assumption, because: [because] });
    }
    effects.push(r.effect);
  }
  return { effects, because: becauses };
}

type Part = string | { name: FactName; format: string | undefined };
const PLACEHOLDER = /\{([A-Za-z]+)(?::(usd|weeks|int))?\}/g;

/** A rule text with `{fact}` placeholders, split once (when its rule is prepared) into literals and placeholders. */
export class Template {
  /** Undefined for a text without placeholders, which is used as it is. */
  readonly parts: readonly Part[] | undefined;

  constructor(readonly text: string) {
    this.parts = text.includes('{') ? partsOf(text) : undefined;
  }
}

export const template = (text: string): Template => new Template(text);
export const optionalTemplate = (text: string | undefined): Template | undefined =>
  text === undefined ? undefined : new Template(text);

function partsOf(text: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push({ name: m[1] as FactName, format: m[2] });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

function valueText({ name, format }: Exclude<Part, string>, facts: Facts): string {
  const v = facts.get(name);
  if (typeof v === 'number') {
    if (format === 'usd') return formatUsd(v);
    if (format === 'weeks') return formatWeeks(v);
    if (format === 'int') return formatNumber(Math.round(v), 0);
    return formatNumber(v, 1);
  }
  return readable(name, v);
}

/** The text with `{fact}`, `{fact:usd}`, `{fact:weeks}` and `{fact:int}` replaced by the fact's value in words. */
export function fill(t: Template, facts: Facts): string {
  const parts = t.parts;
  if (parts === undefined) return t.text;
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    out += typeof p === 'string' ? p : valueText(p, facts);
  }
  return out;
}
