/**
 * Compiled rule conditions, built once per rule: the same answers as `holds()` and `evaluateCondition()` of
 * src/domain/conditions.ts, faster.
 *
 * Why: evaluate() runs on every keystroke of the live preview and tests ~320 rule conditions, ~110 of which
 * hold. The generic tree walk (string switch, trigger arrays, spreads), run once to skip rules and again for
 * every rule that fired to collect its triggers, dominated the evaluation time. Here a condition becomes a tree
 * of nodes of one shape, with operators as small integers and thresholds converted once, read by two small
 * monomorphic functions. Most conditions are a conjunction of comparisons; when such a condition holds, every
 * comparison in it held, so its triggers are known before any facts are: only `any` and `not` are walked for
 * them at evaluation time. test/engine/compile.test.ts checks both forms against the domain evaluator on every
 * rule and every question.
 */
import type { Comparison, ComparisonOp, Condition, Facts, Scalar } from '@/domain/conditions';

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

/** `compare()` of the domain, with the operator and threshold prepared. */
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
 * Appends to `out` the facts `walk` (src/domain/conditions.ts) reports for `n` read under `negated` negations,
 * and returns the node's result. Mirrors where `walk` short-circuits (`all` stops at its first failing part,
 * `any` visits every part): the facts of a part are kept when its result is the one that makes the whole hold.
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

  /** `holds(condition, facts)`. */
  holds(facts: Facts): boolean {
    const comparisons = this.comparisons;
    if (comparisons === undefined) return test(this.node!, facts);
    for (const n of comparisons) if (!compare(n, read(n, facts))) return false;
    return true;
  }

  /**
   * The facts of `evaluateCondition(condition, facts).triggers`, each once, in order; only meaningful when the
   * condition holds. The array may be shared between calls: do not modify it.
   */
  triggers(facts: Facts): readonly string[] {
    if (this.fixedTriggers) return this.fixedTriggers;
    const out: string[] = [];
    collect(this.node!, facts, out, false);
    return dedupe(out);
  }
}

export const compileCondition = (c: Condition | undefined): CompiledCondition => new CompiledCondition(c);

export interface Compiled<R> {
  rule: R;
  when: CompiledCondition;
}

const cache = new WeakMap<object, Compiled<unknown>[]>();
/** The rules of one file with their compiled conditions, built once per rules array. */
export function compiled<R extends { when?: Condition }>(rules: readonly R[]): Compiled<R>[] {
  let c = cache.get(rules) as Compiled<R>[] | undefined;
  if (!c) cache.set(rules, (c = rules.map((rule) => ({ rule, when: compileCondition(rule.when) }))));
  return c;
}
