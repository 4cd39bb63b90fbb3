/**
 * One boolean condition language for the whole product: question visibility (branching) and rule conditions
 * both use it, so a rule and a question can never disagree about what "EU users involved" means.
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

/** A comparison that held, with the value it saw: the "which answers triggered it" of an explanation. */
export interface Trigger {
  fact: string;
  op: ComparisonOp;
  expected?: Scalar | Scalar[];
  actual: unknown;
}

const asList = (v: Scalar | Scalar[] | undefined): Scalar[] =>
  Array.isArray(v) ? v : v === undefined ? [] : [v];
const isMissing = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

function compare(c: Comparison, actual: unknown): boolean {
  const list = asList(c.value);
  switch (c.op) {
    case 'eq':
      return actual === c.value;
    case 'ne':
      return actual !== c.value;
    case 'in':
      return list.includes(actual as Scalar);
    case 'notIn':
      return !list.includes(actual as Scalar);
    case 'has':
      return Array.isArray(actual) && actual.includes(c.value);
    case 'hasAny':
      return Array.isArray(actual) && list.some((v) => actual.includes(v));
    case 'hasNone':
      return !Array.isArray(actual) || !list.some((v) => actual.includes(v));
    case 'gt':
      return typeof actual === 'number' && actual > Number(c.value);
    case 'gte':
      return typeof actual === 'number' && actual >= Number(c.value);
    case 'lt':
      return typeof actual === 'number' && actual < Number(c.value);
    case 'lte':
      return typeof actual === 'number' && actual <= Number(c.value);
    case 'answered':
      return !isMissing(actual);
    case 'missing':
      return isMissing(actual);
  }
}

/**
 * Evaluates a condition and collects the comparisons that made it true. Under `not`, the triggers are the
 * inner comparisons that failed, which is what actually made the negation hold.
 */
export function evaluateCondition(
  condition: Condition,
  facts: Facts,
  triggers: Trigger[] = [],
): { holds: boolean; triggers: Trigger[] } {
  const holds = walk(condition, facts, triggers, false);
  return { holds, triggers: holds ? triggers : [] };
}

function walk(c: Condition, facts: Facts, out: Trigger[], negated: boolean): boolean {
  if ('all' in c) {
    const local: Trigger[] = [];
    const ok = c.all.every((x) => walk(x, facts, local, negated));
    if (ok !== negated) out.push(...local);
    return ok;
  }
  if ('any' in c) {
    const local: Trigger[] = [];
    let ok = false;
    for (const x of c.any) {
      const sub: Trigger[] = [];
      if (walk(x, facts, sub, negated)) {
        ok = true;
        if (!negated) out.push(...sub);
      } else if (negated) out.push(...sub);
    }
    if (ok !== negated) out.push(...local);
    return ok;
  }
  if ('not' in c) return !walk(c.not, facts, out, !negated);
  const actual = Object.hasOwn(facts, c.fact) ? facts[c.fact] : undefined;
  const ok = compare(c, actual);
  if (ok !== negated) out.push({ fact: c.fact, op: c.op, expected: c.value, actual });
  return ok;
}

export const holds = (condition: Condition | undefined, facts: Facts): boolean =>
  condition === undefined || walk(condition, facts, [], false);

/** Every fact name a condition reads; used to check rules and questions against the answers schema. */
export function factsOf(condition: Condition): Comparison[] {
  if ('all' in condition) return condition.all.flatMap(factsOf);
  if ('any' in condition) return condition.any.flatMap(factsOf);
  if ('not' in condition) return factsOf(condition.not);
  return [condition];
}
