/**
 * One boolean condition language for the whole product, with its one evaluator: question visibility (branching)
 * and rule conditions both use it, so a rule and a question can never disagree about what "EU users involved"
 * means.
 *
 * Why compiled: the engine tests ~320 rule conditions on every keystroke of the live preview, and the wizard
 * tests every question's condition on each change. A condition is compiled once into a tree of nodes of one
 * shape, with operators as small integers and thresholds converted once, read by two small monomorphic
 * functions. Most conditions are a conjunction of comparisons; when such a condition holds, every comparison in
 * it held, so its triggers are known before any facts are: only `any` and `not` are walked for them.
 * test/domain/conditions.test.ts checks the compiled evaluator against a plain tree walk on every rule and
 * question condition and on random nestings.
 */

export type Scalar = string | number | boolean;

export const comparisonOps = [
  'eq', // value equals
  'ne', // value differs (or is missing)
  'in', // value is one of a list
  'notIn', // value is none of a list (or is missing)
  'has', // multi-choice answer contains value
  'hasAny', // multi-choice answer contains any of a list
  'hasNone', // multi-choice answer contains none of a list (or is missing)
  'gt',
  'gte',
  'lt',
  'lte',
  'answered', // the question has an answer
  'missing', // the question has no answer
] as const;
export type ComparisonOp = (typeof comparisonOps)[number];

export interface Comparison {
  fact: string;
  op: ComparisonOp;
  value?: Scalar | Scalar[];
}
export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | Comparison;

/** The facts a condition reads: answers plus derived facts, all plain JSON values. */
export type Facts = Readonly<Record<string, unknown>>;

const CMP = 0;
const ALL = 1;
const ANY = 2;
const NOT = 3;

const opCodes: Record<ComparisonOp, number> = {
  eq: 0,
  ne: 1,
  in: 2,
  notIn: 3,
  has: 4,
  hasAny: 5,
  hasNone: 6,
  gt: 7,
  gte: 8,
  lt: 9,
  lte: 10,
  answered: 11,
  missing: 12,
};

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
    /** The fact's name is also a property of Object.prototype: read own properties only, as the domain does. */
    readonly ownOnly: boolean,
    readonly op: number,
    readonly value: Scalar | Scalar[] | undefined,
    /** `value` as a list, for in / notIn / hasAny / hasNone. */
    readonly list: readonly Scalar[],
    /** `Number(value)`, for gt / gte / lt / lte. */
    readonly bound: number,
  ) {}
}

const noParts: readonly Node[] = [];

function comparisonNode(c: Comparison): Node {
  const { fact, value } = c;
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return new Node(CMP, noParts, fact, fact in Object.prototype, opCodes[c.op], value, list, Number(value));
}

function nodeOf(c: Condition): Node {
  const group = (kind: number, parts: Node[]) => new Node(kind, parts, '', false, -1, undefined, [], NaN);
  if ('all' in c) return group(ALL, c.all.map(nodeOf));
  if ('any' in c) return group(ANY, c.any.map(nodeOf));
  if ('not' in c) return group(NOT, [nodeOf(c.not)]);
  return comparisonNode(c);
}

const isMissing = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

function includesAny(a: readonly unknown[], list: readonly Scalar[]): boolean {
  for (const v of list) if (a.includes(v)) return true;
  return false;
}

function compare(n: Node, a: unknown): boolean {
  switch (n.op) {
    case 0:
      return a === n.value;
    case 1:
      return a !== n.value;
    case 2:
      return n.list.includes(a as Scalar);
    case 3:
      return !n.list.includes(a as Scalar);
    case 4:
      return Array.isArray(a) && a.includes(n.value);
    case 5:
      return Array.isArray(a) && includesAny(a, n.list);
    case 6:
      return !Array.isArray(a) || !includesAny(a, n.list);
    case 7:
      return typeof a === 'number' && a > n.bound;
    case 8:
      return typeof a === 'number' && a >= n.bound;
    case 9:
      return typeof a === 'number' && a < n.bound;
    case 10:
      return typeof a === 'number' && a <= n.bound;
    case 11:
      return !isMissing(a);
    default:
      return isMissing(a);
  }
}

const read = (n: Node, f: Facts): unknown => (n.ownOnly && !Object.hasOwn(f, n.fact) ? undefined : f[n.fact]);

function test(n: Node, f: Facts): boolean {
  switch (n.kind) {
    case CMP:
      return compare(n, read(n, f));
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
function collect(n: Node, f: Facts, out: string[], negated: boolean): boolean {
  switch (n.kind) {
    case CMP: {
      const ok = compare(n, read(n, f));
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

/**
 * The facts a condition reports whenever it holds, if that list does not depend on the facts: true of
 * comparisons and of conjunctions of such conditions (all their parts held), not of `any` (which parts held
 * varies) nor of `not` (which parts failed varies).
 */
function staticTriggers(c: Condition): string[] | undefined {
  if ('any' in c || 'not' in c) return undefined;
  if (!('all' in c)) return [c.fact];
  const out: string[] = [];
  for (const part of c.all) {
    const names = staticTriggers(part);
    if (!names) return undefined;
    out.push(...names);
  }
  return out;
}

/** Each name once, first occurrence first (conditions name a handful of facts: a scan beats a Set). */
function dedupe(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const n of names) if (!out.includes(n)) out.push(n);
  return out;
}
const noTriggers: readonly string[] = [];

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
  /** The triggers when they do not depend on the facts (see staticTriggers), deduplicated. */
  readonly fixedTriggers: readonly string[] | undefined;

  /** An absent condition always holds, with no triggers. */
  constructor(condition: Condition | undefined) {
    this.node = condition && nodeOf(condition);
    this.comparisons = this.node ? conjunction(this.node) : [];
    const fixed = condition ? staticTriggers(condition) : noTriggers;
    this.fixedTriggers = fixed && dedupe(fixed);
  }

  /** Whether the condition holds over these facts. */
  holds(facts: Facts): boolean {
    const comparisons = this.comparisons;
    if (comparisons === undefined) return test(this.node!, facts);
    for (const n of comparisons) if (!compare(n, read(n, facts))) return false;
    return true;
  }

  /**
   * The facts that made the condition hold (its "which answers triggered it"), each once, in order; only
   * meaningful when the condition holds. The array may be shared between calls: do not modify it.
   */
  triggers(facts: Facts): readonly string[] {
    if (this.fixedTriggers) return this.fixedTriggers;
    const out: string[] = [];
    collect(this.node!, facts, out, false);
    return dedupe(out);
  }
}

export const compileCondition = (c: Condition | undefined): CompiledCondition => new CompiledCondition(c);

const compiledConditions = new WeakMap<Condition, CompiledCondition>();

/** Whether a condition holds over the facts (an absent condition always does); each condition compiles once. */
export function holds(condition: Condition | undefined, facts: Facts): boolean {
  if (condition === undefined) return true;
  let c = compiledConditions.get(condition);
  if (!c) compiledConditions.set(condition, (c = compileCondition(condition)));
  return c.holds(facts);
}

/** Every fact name a condition reads; used to check rules and questions against the answers schema. */
export function factsOf(condition: Condition): Comparison[] {
  if ('all' in condition) return condition.all.flatMap(factsOf);
  if ('any' in condition) return condition.any.flatMap(factsOf);
  if ('not' in condition) return factsOf(condition.not);
  return [condition];
}
