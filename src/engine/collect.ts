/**
 * Interpreters for the list-shaped concerns: components, risks, obligations, evaluation, metrics, readiness,
 * warnings and next steps. Each fires its rules and combines their effects into its part of the plan.
 */
import type { Because, Plan } from '@/domain/plan';
import type { Facts } from './facts';
import { fire, type Explanations } from './fire';
import { readinessAreas, type RuleOf, type Ruleset } from './rules-schema';
import { fill } from './wording';

/** Adds to `list` the items of `more` it does not have yet, in order. */
const union = (list: string[], more: readonly string[]): string[] => {
  for (const x of more) if (!list.includes(x)) list.push(x);
  return list;
};

/** Several rules may call for the same component: it is listed once, with every rule as its reason. */
export function collectComponents(
  rules: readonly RuleOf<'components'>[],
  facts: Facts,
  out: Explanations,
): Plan['components'] {
  const byId = new Map<string, Plan['components'][number]>();
  for (const { rule, because } of fire(rules, 'components', facts, out)) {
    const { id, name, purpose } = rule.component;
    const listed = byId.get(id);
    if (listed) listed.because.push(because);
    else byId.set(id, { id, name, purpose, because: [because] });
  }
  return [...byId.values()];
}

const severities = ['low', 'medium', 'high', 'critical'] as const;
const rank = (severity: (typeof severities)[number]) => severities.indexOf(severity);

/** Several rules may raise the same risk: the highest severity wins and their mitigations are merged. */
export function collectRisks(
  rules: readonly RuleOf<'risks'>[],
  facts: Facts,
  out: Explanations,
): Plan['risks'] {
  const byId = new Map<string, Plan['risks'][number]>();
  for (const { rule, because } of fire(rules, 'risks', facts, out)) {
    const { id, title, severity, description } = rule.risk;
    const mitigations = rule.risk.mitigations.map((m) => fill(m, facts));
    const raised = byId.get(id);
    if (!raised) {
      byId.set(id, {
        id,
        title,
        severity,
        description: fill(description, facts),
        mitigations,
        because: [because],
      });
      continue;
    }
    if (rank(severity) > rank(raised.severity)) {
      raised.severity = severity;
      raised.description = fill(description, facts);
    }
    union(raised.mitigations, mitigations);
    raised.because.push(because);
  }
  // Most severe first, in the order raised within a severity (sort is stable).
  return [...byId.values()].sort((a, b) => rank(b.severity) - rank(a.severity));
}

type Obligation = Plan['obligations'][number];
type Schedule = NonNullable<Obligation['schedule']>;
type ComplianceFile = Ruleset['compliance'];

/** A citation in the rules, resolved to the law it names; V3 and unverified statements are to be confirmed. */
function legalRef(laws: ComplianceFile['laws'], cite: RuleOf<'compliance'>['obligation']['legal'][number]) {
  const law = laws[cite.law]!;
  const verified = cite.verified ?? law.verified;
  return {
    instrument: law.name,
    ...(law.short !== undefined && { short: law.short }),
    ...(cite.article !== undefined && { article: cite.article }),
    url: cite.url ?? law.url,
    ...((verified === 'V3' || verified === 'U') && { checkWithCounsel: true }),
  };
}

const widest = (a: [number, number], b: [number, number]): [number, number] => [
  Math.max(a[0], b[0]),
  Math.max(a[1], b[1]),
];

/** Two rules scheduling the same gate: the more demanding figures hold, and both say where theirs come from. */
function mergeSchedules(a: Schedule, b: Schedule): Schedule {
  const wait = a.wait && b.wait ? widest(a.wait, b.wait) : (a.wait ?? b.wait);
  return {
    phase: a.phase,
    effort: widest(a.effort, b.effort),
    ...(wait && { wait }),
    basis: a.basis.includes(b.basis) ? a.basis : `${a.basis} ${b.basis}`,
  };
}

/**
 * Several rules may impose the same obligation (they agree on its title, regime, kind and owner): their reasons,
 * actions, legal references and evidence are merged, and a duty any of them says is in force is in force.
 * `appliesFrom` dates later than the target launch are flagged, since the system will be in use by then.
 */
export function collectObligations(
  file: ComplianceFile,
  facts: Facts,
  out: Explanations,
): Plan['obligations'] {
  const byId = new Map<string, Obligation>();
  /** Rules that fired without a start date: the duty is in force whatever the others say. */
  const inForce = new Set<string>();
  for (const { rule, because } of fire(file.rules, 'compliance', facts, out)) {
    const o = rule.obligation;
    const why = fill(o.why, facts);
    const actions = o.actions.map((a) => fill(a, facts));
    const legal = o.legal.map((c) => legalRef(file.laws, c));
    if (o.appliesFrom === undefined) inForce.add(o.id);
    const imposed = byId.get(o.id);
    if (!imposed) {
      const regime = file.regimes[o.regime]!;
      byId.set(o.id, {
        id: o.id,
        title: o.title,
        regime: { id: o.regime, name: regime.name, short: regime.short, jurisdiction: regime.jurisdiction },
        why,
        actions: union([], actions),
        kind: o.kind,
        owner: o.owner,
        evidence: o.evidence,
        legal,
        ...(o.appliesFrom !== undefined && { appliesFrom: o.appliesFrom }),
        ...(o.schedule && { schedule: { ...o.schedule } }),
        because: [because],
      });
      continue;
    }
    if (!imposed.why.includes(why)) imposed.why = `${imposed.why} ${why}`;
    union(imposed.actions, actions);
    for (const ref of legal)
      if (!imposed.legal.some((r) => r.instrument === ref.instrument && r.article === ref.article))
        imposed.legal.push(ref);
    if (!imposed.evidence.includes(o.evidence)) imposed.evidence = `${imposed.evidence} ${o.evidence}`;
    if (
      o.appliesFrom !== undefined &&
      (imposed.appliesFrom === undefined || o.appliesFrom < imposed.appliesFrom)
    )
      imposed.appliesFrom = o.appliesFrom;
    if (o.schedule)
      imposed.schedule = imposed.schedule ? mergeSchedules(imposed.schedule, o.schedule) : { ...o.schedule };
    imposed.because.push(because);
  }
  const launch = facts.get('targetLaunch');
  const obligations = [...byId.values()];
  for (const o of obligations) {
    if (inForce.has(o.id)) delete o.appliesFrom;
    // Dates written YYYY-MM-DD compare as text.
    if (o.appliesFrom !== undefined && typeof launch === 'string' && launch < o.appliesFrom)
      o.afterLaunch = true;
  }
  return obligations;
}

/** Later rules in the file are the more specific ones, so they override single-valued fields and benchmarks. */
export function collectEvaluation(
  rules: readonly RuleOf<'evaluation'>[],
  facts: Facts,
  out: Explanations,
): Plan['evaluation'] {
  const fired = fire(rules, 'evaluation', facts, out);
  const benchmarks = new Map<string, Plan['evaluation']['benchmarks'][number]>();
  const plan: Plan['evaluation'] = {
    benchmarks: [],
    humanInTheLoop: '',
    promptVersioning: '',
    redTeamCadence: '',
    killCriteria: [],
    because: fired.map((f) => f.because),
  };
  for (const { rule, because } of fired) {
    const b = rule.benchmark;
    // A later rule for the same benchmark replaces the earlier one where it stood.
    if (b)
      benchmarks.set(b.id, {
        id: b.id,
        name: b.name,
        threshold: fill(b.threshold, facts),
        because: [because],
      });
    if (rule.humanInTheLoop) plan.humanInTheLoop = fill(rule.humanInTheLoop, facts);
    if (rule.promptVersioning) plan.promptVersioning = fill(rule.promptVersioning, facts);
    if (rule.redTeamCadence) plan.redTeamCadence = fill(rule.redTeamCadence, facts);
    if (rule.killCriterion) union(plan.killCriteria, [fill(rule.killCriterion, facts)]);
  }
  plan.benchmarks = [...benchmarks.values()];
  return plan;
}

/** A later rule for the same metric replaces the earlier one where it stood. */
export function collectMetrics(
  rules: readonly RuleOf<'metrics'>[],
  facts: Facts,
  out: Explanations,
): Plan['metrics'] {
  const byName = new Map<string, Plan['metrics'][number]>();
  for (const { rule, because } of fire(rules, 'metrics', facts, out)) {
    const { name, target } = rule.metric;
    byName.set(name, { name, target: fill(target, facts), because: [because] });
  }
  return [...byName.values()];
}

const areaLabels = { useCase: 'Use case', data: 'Data', compliance: 'Compliance', team: 'Team' } as const;
/** Where every area starts before the answers move it: neutral, as nothing is known yet. */
export const READINESS_START = 50;

/** Each area starts at READINESS_START; every rule moves one area by its delta, and the score stays in 0–100. */
export function collectReadiness(
  rules: readonly RuleOf<'readiness'>[],
  facts: Facts,
  out: Explanations,
): Plan['readiness'] {
  const areas = readinessAreas.map((area) => ({
    area,
    label: areaLabels[area],
    score: READINESS_START,
    reasons: [] as string[],
    because: [] as Because[],
  }));
  for (const { rule, because } of fire(rules, 'readiness', facts, out)) {
    const area = areas.find((a) => a.area === rule.area)!;
    area.score += rule.delta;
    area.reasons.push(`${rule.delta > 0 ? '+' : ''}${rule.delta}: ${fill(rule.reason, facts)}`);
    area.because.push(because);
  }
  for (const area of areas) area.score = Math.min(100, Math.max(0, area.score));
  return areas;
}

/** A warning is raised once, by the first rule that raises it; blockers come first. */
export function collectWarnings(
  rules: readonly RuleOf<'warnings'>[],
  facts: Facts,
  out: Explanations,
): Plan['warnings'] {
  const byId = new Map<string, Plan['warnings'][number]>();
  for (const { rule, because } of fire(rules, 'warnings', facts, out)) {
    const { id, level, message, fix } = rule.warning;
    const raised = byId.get(id);
    if (raised) raised.because.push(because);
    else
      byId.set(id, { id, level, message: fill(message, facts), fix: fill(fix, facts), because: [because] });
  }
  // Blockers first, in the order raised.
  const warnings = [...byId.values()];
  return [...warnings.filter((w) => w.level === 'blocker'), ...warnings.filter((w) => w.level !== 'blocker')];
}

export function collectNextSteps(
  rules: readonly RuleOf<'next-steps'>[],
  facts: Facts,
  out: Explanations,
): Plan['nextSteps'] {
  return fire(rules, 'next-steps', facts, out).map(({ rule, because }) => ({
    text: fill(rule.step, facts),
    because: [because],
  }));
}
