/**
 * One boolean condition language for the whole product, with its one evaluator: question visibility (branching)
 * and rule conditions both use it, so a rule and a question can never disagree about what "EU users involved"
 * means.
 *
 * Why compiled: the engine tests ~320 rule conditions on every keystroke of the live preview, and the wizard
 * tests every question's condition on each change. A condition is compiled once into a tree of nodes of one
 * shape, with operators as small integers and thresholds converted once, read by two small monomorphic
 * functions. Facts are read by position: every fact name gets a slot when a condition first reads it, and a set of
 * facts is laid out as an array by slot (`factValues`), so a comparison reads an array element instead of looking a
 * name up in an object that comes in a different shape each time. Most conditions are a conjunction of comparisons;
 * when such a condition holds, every comparison in it held, so its triggers are known before any facts are: only
 * `any` and `not` are walked for them.
 * test/domain/conditions.test.ts checks the compiled evaluator against a plain tree walk on every rule and
 * question condition and on random nestings.
 */

export type Scalar = string | number | boolean;

type Value = Scalar | Scalar[] | undefined;

const asList = (value: Value): readonly Scalar[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];
const isMissing = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
/** Whether a multi-choice answer contains any of the values. */
const containsAny = (actual: unknown, values: readonly Scalar[]) =>
  Array.isArray(actual) && values.some((v) => actual.includes(v));

/**
 * Every comparison operator, defined once: how the fact's value (`actual`) is compared with the condition's
 * `value`. A missing fact is `undefined`. Adding an operator here adds it to the rules schema too.
 */
export const operators = {
  /** The value equals. */
  eq: (actual, value) => actual === value,
  /** The value differs (or is missing). */
  ne: (actual, value) => actual !== value,
  /** The value is one of a list. */
  in: (actual, value) => asList(value).includes(actual as Scalar),
  /** The value is none of a list (or is missing). */
  notIn: (actual, value) => !asList(value).includes(actual as Scalar),
  /** A multi-choice answer contains the value. */
  has: (actual, value) => Array.isArray(actual) && actual.includes(value),
  /** A multi-choice answer contains any of a list. */
  hasAny: (actual, value) => containsAny(actual, asList(value)),
  /** A multi-choice answer contains none of a list (or is missing). */
  hasNone: (actual, value) => !containsAny(actual, asList(value)),
  gt: (actual, value) => typeof actual === 'number' && actual > Number(value),
  gte: (actual, value) => typeof actual === 'number' && actual >= Number(value),
  lt: (actual, value) => typeof actual === 'number' && actual < Number(value),
  lte: (actual, value) => typeof actual === 'number' && actual <= Number(value),
  /** The question has an answer. */
  answered: (actual) => !isMissing(actual),
  /** The question has no answer. */
  missing: (actual) => isMissing(actual),
} satisfies Record<string, (actual: unknown, value: Value) => boolean>;

export type ComparisonOp = keyof typeof operators;
export const comparisonOps = Object.keys(operators) as [ComparisonOp, ...ComparisonOp[]];

/** A comparison of one fact with a value. `F` is the type of the fact names: the engine's rules read `FactName`s. */
export interface Comparison<F extends string = string> {
  fact: F;
  op: ComparisonOp;
  value?: Scalar | Scalar[];
}
export type Condition<F extends string = string> =
  { all: Condition<F>[] } | { any: Condition<F>[] } | { not: Condition<F> } | Comparison<F>;

/** Where a condition reads its facts: the engine's facts, or answers (see `recordFacts`). Missing is undefined. */
export interface FactSource<F extends string = string> {
  get(name: F): unknown;
}

/** A record of facts (such as answers) as a FactSource: own properties only, never Object.prototype's. */
export const recordFacts = (record: Readonly<Record<string, unknown>>): Map<string, unknown> =>
  new Map(Object.entries(record));

const CMP = 0;
const ALL = 1;
const ANY = 2;
const NOT = 3;

/**
 * One node of a compiled condition. Every node has every field (unused ones hold placeholders), so V8 sees a
 * single object shape and the evaluator's reads stay monomorphic.
 */
class Node {
  constructor(
    readonly kind: number,
    /** The parts of `all` / `any`; the one negated part of `not`. */
    readonly parts: readonly Node[],
    readonly fact: string,
    readonly op: ComparisonOp | undefined,
    readonly value: Value,
  ) {}
}

const noParts: readonly Node[] = [];

function comparisonNode(c: Comparison): Node {
  return new Node(CMP, noParts, c.fact, c.op, c.value);
}

function nodeOf(c: Condition): Node {
  const group = (kind: number, parts: Node[]) => new Node(kind, parts, '', undefined, undefined);
  if ('all' in c) return group(ALL, c.all.map(nodeOf));
  if ('any' in c) return group(ANY, c.any.map(nodeOf));
  if ('not' in c) return group(NOT, [nodeOf(c.not)]);
  return comparisonNode(c);
}

const compare = (n: Node, actual: unknown): boolean => operators[n.op!](actual, n.value);

function test(n: Node, f: FactSource): boolean {
  switch (n.kind) {
    case CMP:
      return compare(n, f.get(n.fact));
    case ALL:
      for (const p of n.parts) if (!test(p, f)) return false;
      return true;
    case ANY:
      for (const p of n.parts) if (test(p, f)) return true;
      return false;
    default:
      return !test(n.parts[0]!, f);
  }
}

/**
 * Appends to `out` the facts that made `n` come out as it did, read under `negated` negations, and returns the
 * node's result. `all` stops at its first failing part and `any` visits every part; the facts of a part are kept
 * when its result is the one that makes the whole hold. Under `not`, those are the inner comparisons that failed.
 */
function collect(n: Node, f: FactSource, out: string[], negated: boolean): boolean {
  switch (n.kind) {
    case CMP: {
      const ok = compare(n, f.get(n.fact));
      if (ok !== negated) out.push(n.fact);
      return ok;
    }
    case ALL: {
      const start = out.length;
      let ok = true;
      for (const p of n.parts)
        if (!collect(p, f, out, negated)) {
          ok = false;
          break;
        }
      if (ok === negated) out.length = start;
      return ok;
    }
    case ANY: {
      let ok = false;
      for (const p of n.parts) {
        const start = out.length;
        const held = collect(p, f, out, negated);
        if (held) ok = true;
        if (held === negated) out.length = start;
      }
      return ok;
    }
    default:
      return !collect(n.parts[0]!, f, out, !negated);
  }
}

/** Each name once, first occurrence first (conditions name a handful of facts: a scan beats a Set). */
function dedupe(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const n of names) if (!out.includes(n)) out.push(n);
  return out;
}

/** The comparisons of a condition made only of `all` and comparisons, in order; undefined for any other. */
function conjunction(n: Node): Node[] | undefined {
  if (n.kind === CMP) return [n];
  if (n.kind !== ALL) return undefined;
  const out: Node[] = [];
  for (const part of n.parts) {
    const comparisons = conjunction(part);
    if (!comparisons) return undefined;
    out.push(...comparisons);
  }
  return out;
}

export class CompiledCondition {
  private readonly node: Node | undefined;
  /** Most conditions are conjunctions of comparisons: tested in one flat loop, without the tree walk. */
  private readonly comparisons: readonly Node[] | undefined;
  /**
   * The triggers of a conjunction, deduplicated: when it holds, every comparison in it held, so they do not
   * depend on the facts. Undefined for a condition with `any` or `not`, whose triggers do.
   */
  readonly fixedTriggers: readonly string[] | undefined;

  /** An absent condition always holds, with no triggers. */
  constructor(condition: Condition | undefined) {
    this.node = condition && nodeOf(condition);
    this.comparisons = this.node ? conjunction(this.node) : [];
    this.fixedTriggers = this.comparisons && dedupe(this.comparisons.map((n) => n.fact));
  }

  /** Whether the condition holds over these facts . */
  holds(facts: FactSource): boolean {
    const comparisons = this.comparisons;
    if (comparisons === undefined) return test(this.node!, facts);
    for (const n of comparisons) if (!compare(n, facts.get(n.fact))) return false;
    return true;
  }

  /**
   * The facts that made the condition hold (its "which answers triggered it"), each once, in order; only
   * meaningful when the condition holds.
   */
  triggers(facts: FactSource): readonly string[] {
    if (this.fixedTriggers) return this.fixedTriggers;
    const out: string[] = [];
    collect(this.node!, facts, out, false);
    return dedupe(out);
  }
}

const compiledConditions = new WeakMap<Condition, CompiledCondition>();
const always = new CompiledCondition(undefined);

/** A condition compiled, once per condition object (rules and questions are compiled on first use and kept). */
export function compileCondition(condition: Condition | undefined): CompiledCondition {
  if (condition === undefined) return always;
  let c = compiledConditions.get(condition);
  if (!c) compiledConditions.set(condition, (c = new CompiledCondition(condition)));
  return c;
}

/** Every fact name a condition reads; used to check rules and questions against the answers schema. */
export function factsOf<F extends string>(condition: Condition<F>): Comparison<F>[] {
  if ('all' in condition) return condition.all.flatMap(factsOf);
  if ('any' in condition) return condition.any.flatMap(factsOf);
  if ('not' in condition) return factsOf(condition.not);
  return [condition];
}
