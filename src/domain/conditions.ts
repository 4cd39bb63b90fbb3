/**
 * One condition language for the whole product, with its one evaluator: question visibility (branching) and rule
 * conditions both use it, so a rule and a question can never disagree about what "EU users involved" means.
 *
 * A condition is a comparison of one fact with a value (`{ fact, op, value }`), or `all` / `any` / `not` of
 * conditions. `holds` says whether it holds over a set of facts; `triggersOf` says which facts made it hold, the
 * "which answers triggered it" of every explanation in the plan.
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

/** Whether the condition holds over these facts. An absent condition always holds. */
export function holds<F extends string>(condition: Condition<F> | undefined, facts: FactSource<F>): boolean {
  if (condition === undefined) return true;
  if ('all' in condition) return condition.all.every((c) => holds(c, facts));
  if ('any' in condition) return condition.any.some((c) => holds(c, facts));
  if ('not' in condition) return !holds(condition.not, facts);
  return operators[condition.op](facts.get(condition.fact), condition.value);
}

/**
 * The facts that made a condition hold, each once, in the order the condition names them; only meaningful when it
 * holds. Every comparison of an `all` held; of an `any`, those that held. Under `not`, the facts are those of the
 * inner comparisons that failed, which is what made the negation hold.
 */
export function triggersOf<F extends string>(condition: Condition<F> | undefined, facts: FactSource<F>): F[] {
  const out: F[] = [];
  if (condition !== undefined) collect(condition, facts, out, false);
  return [...new Set(out)];
}

/**
 * Appends to `out` the facts that made `c` come out as it did, read under `negated` negations, and returns its
 * result. `all` stops at its first failing part and `any` visits every part; the facts of a part are kept when its
 * result is the one that makes the whole hold.
 */
function collect<F extends string>(
  c: Condition<F>,
  facts: FactSource<F>,
  out: F[],
  negated: boolean,
): boolean {
  if ('all' in c) {
    const start = out.length;
    const ok = c.all.every((part) => collect(part, facts, out, negated));
    if (ok === negated) out.length = start;
    return ok;
  }
  if ('any' in c) {
    let ok = false;
    for (const part of c.any) {
      const start = out.length;
      const held = collect(part, facts, out, negated);
      if (held) ok = true;
      if (held === negated) out.length = start;
    }
    return ok;
  }
  if ('not' in c) return !collect(c.not, facts, out, !negated);
  const ok = operators[c.op](facts.get(c.fact), c.value);
  if (ok !== negated) out.push(c.fact);
  return ok;
}

/** Every fact name a condition reads; used to check rules and questions against the answers schema. */
export function factsOf<F extends string>(condition: Condition<F>): Comparison<F>[] {
  if ('all' in condition) return condition.all.flatMap(factsOf);
  if ('any' in condition) return condition.any.flatMap(factsOf);
  if ('not' in condition) return factsOf(condition.not);
  return [condition];
}
