/** Interpreters for the list-shaped concerns: components, risks, obligations, evaluation, metrics, readiness… */
import type { Plan } from '@/domain/plan';
import type { FactBag } from './facts';
import { fill, fire, type TraceEntry } from './explain';
import { readinessAreas, type RuleOf } from './rules-schema';

const severityRank = { low: 0, medium: 1, high: 2, critical: 3 } as const;
const union = (a: string[], b: readonly string[]) => {
  for (const x of b) if (!a.includes(x)) a.push(x);
  return a;
};

export function collectComponents(
  rules: readonly RuleOf<'components'>[],
  facts: FactBag,
  file: string,
  trace: TraceEntry[],
) {
  const byId = new Map<string, Plan['components'][number]>();
  for (const { rule, because } of fire(rules, facts, file, trace)) {
    const c = byId.get(rule.component.id);
    if (c) c.because.push(because);
    else {
      const { id, name, purpose } = rule.component;
      byId.set(id, { id, name, purpose, because: [because] });
    }
  }
  return [...byId.values()];
}

/** Several rules may raise the same risk: the highest severity wins and their mitigations are merged. */
export function collectRisks(
  rules: readonly RuleOf<'risks'>[],
  facts: FactBag,
  file: string,
  trace: TraceEntry[],
) {
  const byId = new Map<string, Plan['risks'][number]>();
  for (const { rule, because } of fire(rules, facts, file, trace)) {
    const r = rule.risk;
    const cur = byId.get(r.id);
    const mitigations = r.mitigations.map((m) => fill(m, facts));
    if (!cur) {
      byId.set(r.id, {
        id: r.id,
        title: r.title,
        severity: r.severity,
        description: fill(r.description, facts),
        mitigations,
        because: [because],
      });
      continue;
    }
    if (severityRank[r.severity] > severityRank[cur.severity]) {
      cur.severity = r.severity;
      cur.description = fill(r.description, facts);
    }
    union(cur.mitigations, mitigations);
    cur.because.push(because);
  }
  return [...byId.values()].sort((a, b) => severityRank[b.severity] - severityRank[a.severity]);
}

export function collectObligations(
  rules: readonly RuleOf<'compliance'>[],
  facts: FactBag,
  file: string,
  trace: TraceEntry[],
) {
  const byId = new Map<string, Plan['obligations'][number]>();
  for (const { rule, because } of fire(rules, facts, file, trace)) {
    const o = rule.obligation;
    const cur = byId.get(o.id);
    const why = fill(o.why, facts);
    if (!cur) byId.set(o.id, { id: o.id, title: o.title, why, actions: [...o.actions], because: [because] });
    else {
      if (!cur.why.includes(why)) cur.why = `${cur.why} ${why}`;
      union(cur.actions, o.actions);
      cur.because.push(because);
    }
  }
  return [...byId.values()];
}

export function collectEvaluation(
  rules: readonly RuleOf<'evaluation'>[],
  facts: FactBag,
  file: string,
  trace: TraceEntry[],
) {
  const fired = fire(rules, facts, file, trace);
  const benchmarks = new Map<string, Plan['evaluation']['benchmarks'][number]>();
  const out: Plan['evaluation'] = {
    benchmarks: [],
    humanInTheLoop: '',
    promptVersioning: '',
    redTeamCadence: '',
    killCriteria: [],
    because: fired.map((f) => f.because),
  };
  // Later rules in the file are the more specific ones, so they override single-valued fields.
  for (const { rule, because } of fired) {
    if (rule.benchmark)
      benchmarks.set(rule.benchmark.id, {
        id: rule.benchmark.id,
        name: rule.benchmark.name,
        threshold: fill(rule.benchmark.threshold, facts),
        because: [because],
      });
    if (rule.humanInTheLoop) out.humanInTheLoop = fill(rule.humanInTheLoop, facts);
    if (rule.promptVersioning) out.promptVersioning = fill(rule.promptVersioning, facts);
    if (rule.redTeamCadence) out.redTeamCadence = fill(rule.redTeamCadence, facts);
    if (rule.killCriterion) union(out.killCriteria, [fill(rule.killCriterion, facts)]);
  }
  out.benchmarks = [...benchmarks.values()];
  return out;
}

export function collectMetrics(
  rules: readonly RuleOf<'metrics'>[],
  facts: FactBag,
  file: string,
  trace: TraceEntry[],
) {
  const byName = new Map<string, Plan['metrics'][number]>();
  for (const { rule, because } of fire(rules, facts, file, trace))
    byName.set(rule.metric.name, {
      name: rule.metric.name,
      target: fill(rule.metric.target, facts),
      because: [because],
    });
  return [...byName.values()];
}

const areaLabels = { useCase: 'Use case', data: 'Data', compliance: 'Compliance', team: 'Team' } as const;
/** Where every area starts before the answers move it: neutral, as nothing is known yet. */
export const READINESS_START = 50;

export function collectReadiness(
  rules: readonly RuleOf<'readiness'>[],
  facts: FactBag,
  file: string,
  trace: TraceEntry[],
) {
  const out = readinessAreas.map((area) => ({
    area,
    label: areaLabels[area],
    score: READINESS_START,
    reasons: [] as string[],
    because: [] as Plan['readiness'][number]['because'],
  }));
  for (const { rule, because } of fire(rules, facts, file, trace)) {
    const a = out.find((x) => x.area === rule.area)!;
    a.score += rule.delta;
    a.reasons.push(`${rule.delta > 0 ? '+' : ''}${rule.delta}: ${fill(rule.reason, facts)}`);
    a.because.push(because);
  }
  for (const a of out) a.score = Math.min(100, Math.max(0, a.score));
  return out;
}

export function collectWarnings(
  rules: readonly RuleOf<'warnings'>[],
  facts: FactBag,
  file: string,
  trace: TraceEntry[],
) {
  const byId = new Map<string, Plan['warnings'][number]>();
  for (const { rule, because } of fire(rules, facts, file, trace)) {
    const w = rule.warning;
    const cur = byId.get(w.id);
    if (cur) cur.because.push(because);
    else
      byId.set(w.id, {
        id: w.id,
        level: w.level,
        message: fill(w.message, facts),
        fix: fill(w.fix, facts),
        because: [because],
      });
  }
  return [...byId.values()].sort((a, b) => (a.level === b.level ? 0 : a.level === 'blocker' ? -1 : 1));
}

export function collectNextSteps(
  rules: readonly RuleOf<'next-steps'>[],
  facts: FactBag,
  file: string,
  trace: TraceEntry[],
) {
  return fire(rules, facts, file, trace).map(({ rule, because }) => ({
    text: fill(rule.step, facts),
    because: [because],
  }));
}
