/**
 * A compiled form of `holds()` from src/domain/conditions.ts, used only to skip rules that do not fire.
 *
 * Why: evaluate() runs on every keystroke of the live preview and walks ~290 rule conditions, most of which do
 * not hold; the generic tree walk (which also collects triggers) dominated the evaluation time. Rules that do
 * fire are evaluated again with the domain's `evaluateCondition`, so every explanation still comes from the one
 * evaluator of the condition language. test/engine/compile.test.ts checks both agree for every rule.
 */
import type { Comparison, Condition, Facts, Scalar } from '@/domain/conditions';

export type Predicate = (facts: Facts) => boolean;

const isMissing = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

function comparison(c: Comparison): Predicate {
  const { fact, value } = c;
  const list: Scalar[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
  // Same lookup as the domain evaluator (own properties only); the cheaper direct read is safe for every name
  // that Object.prototype does not define, which is decided here, once.
  const get =
    fact in Object.prototype
      ? (f: Facts) => (Object.hasOwn(f, fact) ? f[fact] : undefined)
      : (f: Facts) => f[fact];
  switch (c.op) {
    case 'eq':
      return (f) => get(f) === value;
    case 'ne':
      return (f) => get(f) !== value;
    case 'in':
      return (f) => list.includes(get(f) as Scalar);
    case 'notIn':
      return (f) => !list.includes(get(f) as Scalar);
    case 'has':
      return (f) => {
        const a = get(f);
        return Array.isArray(a) && a.includes(value);
      };
    case 'hasAny':
      return (f) => {
        const a = get(f);
        return Array.isArray(a) && list.some((v) => a.includes(v));
      };
    case 'hasNone':
      return (f) => {
        const a = get(f);
        return !Array.isArray(a) || !list.some((v) => a.includes(v));
      };
    case 'gt':
      return (f) => {
        const a = get(f);
        return typeof a === 'number' && a > Number(value);
      };
    case 'gte':
      return (f) => {
        const a = get(f);
        return typeof a === 'number' && a >= Number(value);
      };
    case 'lt':
      return (f) => {
        const a = get(f);
        return typeof a === 'number' && a < Number(value);
      };
    case 'lte':
      return (f) => {
        const a = get(f);
        return typeof a === 'number' && a <= Number(value);
      };
    case 'answered':
      return (f) => !isMissing(get(f));
    case 'missing':
      return (f) => isMissing(get(f));
  }
}

export function compileCondition(c: Condition | undefined): Predicate {
  if (c === undefined) return () => true;
  if ('all' in c) {
    const parts = c.all.map(compileCondition);
    return (f) => {
      for (const p of parts) if (!p(f)) return false;
      return true;
    };
  }
  if ('any' in c) {
    const parts = c.any.map(compileCondition);
    return (f) => {
      for (const p of parts) if (p(f)) return true;
      return false;
    };
  }
  if ('not' in c) {
    const inner = compileCondition(c.not);
    return (f) => !inner(f);
  }
  return comparison(c);
}

export interface Compiled<R> {
  rule: R;
  test: Predicate;
}

const cache = new WeakMap<object, Compiled<unknown>[]>();
/** The rules of one file with their compiled predicates, built once per rules array. */
export function compiled<R extends { when?: Condition }>(rules: readonly R[]): Compiled<R>[] {
  let c = cache.get(rules) as Compiled<R>[] | undefined;
  if (!c) cache.set(rules, (c = rules.map((rule) => ({ rule, test: compileCondition(rule.when) }))));
  return c;
}
