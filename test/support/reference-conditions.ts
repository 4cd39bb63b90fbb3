/**
 * A plain tree walk of the condition language, written for clarity rather than speed: the oracle the domain's
 * compiled evaluator (src/domain/conditions.ts) is checked against.
 */
import type { Comparison, ComparisonOp, Condition, Scalar } from '@/domain/conditions';

/** Facts by name, as a plain record. */
export type Facts = Readonly<Record<string, unknown>>;

/** A comparison that held, with the value it saw: the "which answers triggered it" of an explanation. */
interface Trigger {
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
