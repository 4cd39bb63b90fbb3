/**
 * Interpreters for the list-shaped concerns: components, risks, obligations, evaluation, metrics, readiness…
 * Each puts its rules' effects into one shape when they are prepared (see `prepare` in explain.ts).
 */
import type { Plan } from '@/domain/plan';
import type { Facts } from './facts';
import { fill, fire, optionalTemplate, prepare, template, type Explanations, type Template } from './explain';
import { indexedLike } from './labels';
import { readinessAreas, type RuleOf } from './rules-schema';

/** Dense numbers for the ids of one kind of item, given as rules are prepared. */
class Ids {
  private readonly numbers = new Map<string, number>();

  of(id: string): number {
    let n = this.numbers.get(id);
    if (n === undefined) this.numbers.set(id, (n = this.numbers.size));
    return n;
  }

  get size(): number {
    return this.numbers.size;
  }
}

/**
 * Items by their id's number, like a Map by id (in the order first set; setting again replaces in place), with
 * the lookups done by index.
 */
class ById<T> {
  readonly items: T[] = [];
  /** Where each id number's item stands in `items`. */
  private readonly at: (number | undefined)[];

  constructor(ids: Ids) {
    this.at = new Array(ids.size);
  }

  get(n: number): T | undefined {
    const i = this.at[n];
    return i === undefined ? undefined : this.items[i];
  }

  set(n: number, item: T): void {
    const i = this.at[n];
    if (i === undefined) this.at[n] = this.items.push(item) - 1;
    else this.items[i] = item;
  }
}

const union = (a: string[], b: readonly string[]) => {
  for (const x of b) if (!a.includes(x)) a.push(x);
  return a;
};

const componentIds = new Ids();
const componentEffect = (r: RuleOf<'components'>) => ({
  n: componentIds.of(r.component.id),
  component: r.component,
});

export function collectComponents(
  rules: readonly RuleOf<'components'>[],
  facts: Facts,
  out: Explanations,
): Plan['components'] {
  const { effects, because } = fire(prepare(rules, 'components', componentEffect), facts, out);
  const byId = new ById<Plan['components'][number]>(componentIds);
  for (let i = 0; i < effects.length; i++) {
    const e = effects[i]!;
    const c = byId.get(e.n);
    if (c) c.because.push(because[i]!);
    else {
      const { id, name, purpose } = e.component;
      byId.set(e.n, { id, name, purpose, because: [because[i]!] });
    }
  }
  return byId.items;
}

const severities = ['low', 'medium', 'high', 'critical'] as const;
const riskIds = new Ids();
const riskEffect = ({ risk }: RuleOf<'risks'>) => ({
  n: riskIds.of(risk.id),
  id: risk.id,
  title: risk.title,
  severity: risk.severity,
  rank: severities.indexOf(risk.severity),
  description: template(risk.description),
  mitigations: risk.mitigations.map(template),
});

/** Several rules may raise the same risk: the highest severity wins and their mitigations are merged. */
export function collectRisks(
  rules: readonly RuleOf<'risks'>[],
  facts: Facts,
  out: Explanations,
): Plan['risks'] {
  const { effects, because } = fire(prepare(rules, 'risks', riskEffect), facts, out);
  const byId = new ById<Plan['risks'][number]>(riskIds);
  for (let i = 0; i < effects.length; i++) {
    const r = effects[i]!;
    const cur = byId.get(r.n);
    const mitigations = r.mitigations.map((m) => fill(m, facts));
    if (!cur) {
      byId.set(r.n, {
        id: r.id,
        title: r.title,
        severity: r.severity,
        description: fill(r.description, facts),
        mitigations,
        because: [because[i]!],
      });
      continue;
    }
    if (r.rank > severities.indexOf(cur.severity)) {
      cur.severity = r.severity;
      cur.description = fill(r.description, facts);
    }
    union(cur.mitigations, mitigations);
    cur.because.push(because[i]!);
  }
  // Most severe first, in the order raised within a severity.
  const sorted: Plan['risks'] = [];
  for (let rank = severities.length - 1; rank >= 0; rank--)
    for (const r of byId.items) if (r.severity === severities[rank]) sorted.push(r);
  return sorted;
}

const obligationIds = new Ids();
const obligationEffect = ({ obligation }: RuleOf<'compliance'>) => ({
  n: obligationIds.of(obligation.id),
  obligation,
  why: template(obligation.why),
});

export function collectObligations(
  rules: readonly RuleOf<'compliance'>[],
  facts: Facts,
  out: Explanations,
): Plan['obligations'] {
  const { effects, because } = fire(prepare(rules, 'compliance', obligationEffect), facts, out);
  const byId = new ById<Plan['obligations'][number]>(obligationIds);
  for (let i = 0; i < effects.length; i++) {
    const { n, obligation: o, why: whyText } = effects[i]!;
    const cur = byId.get(n);
    const why = fill(whyText, facts);
    if (!cur) byId.set(n, { id: o.id, title: o.title, why, actions: [...o.actions], because: [because[i]!] });
    else {
      if (!cur.why.includes(why)) cur.why = `${cur.why} ${why}`;
      union(cur.actions, o.actions);
      cur.because.push(because[i]!);
    }
  }
  return byId.items;
}

const benchmarkIds = new Ids();
const evaluationEffect = (r: RuleOf<'evaluation'>) => ({
  benchmark: r.benchmark && {
    n: benchmarkIds.of(r.benchmark.id),
    id: r.benchmark.id,
    name: r.benchmark.name,
    threshold: template(r.benchmark.threshold),
  },
  humanInTheLoop: optionalTemplate(r.humanInTheLoop),
  promptVersioning: optionalTemplate(r.promptVersioning),
  redTeamCadence: optionalTemplate(r.redTeamCadence),
  killCriterion: optionalTemplate(r.killCriterion),
});

export function collectEvaluation(
  rules: readonly RuleOf<'evaluation'>[],
  facts: Facts,
  out: Explanations,
): Plan['evaluation'] {
  const { effects, because } = fire(prepare(rules, 'evaluation', evaluationEffect), facts, out);
  const benchmarks = new ById<Plan['evaluation']['benchmarks'][number]>(benchmarkIds);
  const plan: Plan['evaluation'] = {
    benchmarks: [],
    humanInTheLoop: '',
    promptVersioning: '',
    redTeamCadence: '',
    killCriteria: [],
    because,
  };
  // Later rules in the file are the more specific ones, so they override single-valued fields.
  for (let i = 0; i < effects.length; i++) {
    const e = effects[i]!;
    const b = e.benchmark;
    if (b) {
      // A later rule for the same benchmark replaces the earlier one where it stood.
      benchmarks.set(b.n, {
        id: b.id,
        name: b.name,
        threshold: fill(b.threshold, facts),
        because: [because[i]!],
      });
    }
    if (e.humanInTheLoop) plan.humanInTheLoop = fill(e.humanInTheLoop, facts);
    if (e.promptVersioning) plan.promptVersioning = fill(e.promptVersioning, facts);
    if (e.redTeamCadence) plan.redTeamCadence = fill(e.redTeamCadence, facts);
    if (e.killCriterion) union(plan.killCriteria, [fill(e.killCriterion, facts)]);
  }
  plan.benchmarks = benchmarks.items;
  return plan;
}

const metricNames = new Ids();
const metricEffect = ({ metric }: RuleOf<'metrics'>) => ({
  n: metricNames.of(metric.name),
  name: metric.name,
  target: template(metric.target),
});

export function collectMetrics(
  rules: readonly RuleOf<'metrics'>[],
  facts: Facts,
  out: Explanations,
): Plan['metrics'] {
  const { effects, because } = fire(prepare(rules, 'metrics', metricEffect), facts, out);
  const byName = new ById<Plan['metrics'][number]>(metricNames);
  for (let i = 0; i < effects.length; i++) {
    const m = effects[i]!;
    // A later rule for the same metric replaces the earlier one where it stood.
    byName.set(m.n, { name: m.name, target: fill(m.target, facts), because: [because[i]!] });
  }
  return byName.items;
}

const areaLabels = { useCase: 'Use case', data: 'Data', compliance: 'Compliance', team: 'Team' } as const;
const areaLabelList = indexedLike(readinessAreas, areaLabels);
/** Where every area starts before the answers move it: neutral, as nothing is known yet. */
export const READINESS_START = 50;

const readinessEffect = (r: RuleOf<'readiness'>) => ({
  area: readinessAreas.indexOf(r.area),
  delta: r.delta,
  /** How the reason is introduced, e.g. "+10: ". */
  prefix: `${r.delta > 0 ? '+' : ''}${r.delta}: `,
  reason: template(r.reason),
});

export function collectReadiness(
  rules: readonly RuleOf<'readiness'>[],
  facts: Facts,
  out: Explanations,
): Plan['readiness'] {
  const areas = readinessAreas.map((area, i) => ({
    area,
    label: areaLabelList[i]!,
    score: READINESS_START,
    reasons: [] as string[],
    because: [] as Plan['readiness'][number]['because'],
  }));
  const { effects, because } = fire(prepare(rules, 'readiness', readinessEffect), facts, out);
  for (let i = 0; i < effects.length; i++) {
    const e = effects[i]!;
    const a = areas[e.area]!;
    a.score += e.delta;
    a.reasons.push(e.prefix + fill(e.reason, facts));
    a.because.push(because[i]!);
  }
  for (const a of areas) a.score = Math.min(100, Math.max(0, a.score));
  return areas;
}

const warningIds = new Ids();
const warningEffect = ({ warning }: RuleOf<'warnings'>) => ({
  n: warningIds.of(warning.id),
  id: warning.id,
  level: warning.level,
  message: template(warning.message),
  fix: template(warning.fix),
});

export function collectWarnings(
  rules: readonly RuleOf<'warnings'>[],
  facts: Facts,
  out: Explanations,
): Plan['warnings'] {
  const { effects, because } = fire(prepare(rules, 'warnings', warningEffect), facts, out);
  const byId = new ById<Plan['warnings'][number]>(warningIds);
  for (let i = 0; i < effects.length; i++) {
    const w = effects[i]!;
    const cur = byId.get(w.n);
    if (cur) cur.because.push(because[i]!);
    else
      byId.set(w.n, {
        id: w.id,
        level: w.level,
        message: fill(w.message, facts),
        fix: fill(w.fix, facts),
        because: [because[i]!],
      });
  }
  // Blockers first, in the order raised.
  const blockers = byId.items.filter((w) => w.level === 'blocker');
  for (const w of byId.items) if (w.level !== 'blocker') blockers.push(w);
  return blockers;
}

const nextStepEffect = (r: RuleOf<'next-steps'>): Template => template(r.step);

export function collectNextSteps(
  rules: readonly RuleOf<'next-steps'>[],
  facts: Facts,
  out: Explanations,
): Plan['nextSteps'] {
  const { effects, because } = fire(prepare(rules, 'next-steps', nextStepEffect), facts, out);
  return effects.map((step, i) => ({ text: fill(step, facts), because: [because[i]!] }));
}
