/**
 * Timeline and costs: the rules of timeline.json and cost.json turned into a schedule and a bill with the
 * estimation model (src/engine/estimation, docs/estimation.md). Every figure comes with the arithmetic that made it.
 */
import type { Because, ObligationSchedule, Plan } from '@/domain/plan';
import type { Range } from '@/domain/range';
import { formatNumber } from '@/domain/format';
import type { AssumptionValues, AssumptionsFile } from './assumptions';
import {
  apiInference,
  monthlyRequests,
  monthlyTokens,
  routedPrice,
  sizeGpus,
  type Volume,
} from './estimation/run-cost';
import { schedule, type PhaseWork } from './estimation/schedule';
import { num, type Facts } from './facts';
import { fire, type Explanations } from './fire';
import { roundNice } from './format';
import { phases } from './labels';
import { phaseIds, type PhaseId, type RuleOf, type Ruleset } from './rules-schema';

const add = (a: Range, b: Range): Range => [a[0] + b[0], a[1] + b[1]];
const times = (a: Range, b: Range): Range => [a[0] * b[0], a[1] * b[1]];
const scaled = (a: Range, k: number): Range => [a[0] * k, a[1] * k];
const nice = ([a, b]: Range): Range => [roundNice(a), Math.max(roundNice(a), roundNice(b))];
/** Lower-cases the first letter only, and not an acronym's ("GPUs", "AI"), so a label reads mid-sentence. */
const lowerFirst = (s: string): string => (/^[A-Z]{2}/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));
const oneDecimal = (n: number) => Math.round(n * 10) / 10;
const span = ([a, b]: Range, decimals: 0 | 1 | 2 = 0): string =>
  formatNumber(a, decimals) === formatNumber(b, decimals)
    ? formatNumber(a, decimals)
    : `${formatNumber(a, decimals)}–${formatNumber(b, decimals)}`;

/** Money in the plan's currency: "$4,800–8,700". */
export function moneyRange(r: Range, symbol: string): string {
  const [a, b] = nice(r);
  return a === b ? `${symbol}${formatNumber(a, 0)}` : `${symbol}${formatNumber(a, 0)}–${formatNumber(b, 0)}`;
}

/** Where the team size comes from: the answer, the "not sure" range, or nobody assigned yet. */
export interface TeamBasis {
  engineers: Range;
  source: Plan['timeline']['team']['source'];
}

export function teamFor(facts: Facts, notSure: AssumptionsFile['notSure']['values']): TeamBasis {
  const n = num(facts.get('teamSize'));
  if (n === undefined)
    return {
      engineers: notSure.teamSize,
      source: facts.get('teamSize') === 'unsure' ? 'not-sure' : 'unanswered',
    };
  if (n === 0) return { engineers: notSure.teamSize, source: 'none' };
  return { engineers: [n, n], source: 'answer' };
}

interface PhaseTally {
  effort: Range;
  scale: Range;
  wait: Range;
  because: Because[];
}

/** Why a gate adds time: the obligation, and where its figures come from. */
function scheduleBecause(o: Plan['obligations'][number], schedule: ObligationSchedule): Because {
  const because: Because = {
    ruleId: `${o.id}.schedule`,
    title: `${o.title}: the time it takes`,
    triggers: o.because.flatMap((b) => b.triggers),
    sources: o.because.flatMap((b) => b.sources),
  };
  if (/^assumption/i.test(schedule.basis))
    because.assumption = schedule.basis.replace(/^assumption:?\s*/i, '');
  else because.derivation = schedule.basis;
  return because;
}

/** Work and waits a phase receives from a timeline rule or from an obligation that is a gate. */
interface PhaseInput {
  phase: PhaseId;
  effort?: Range;
  effortScale?: Range;
  wait?: Range;
  because: Because[];
}

/** The work of each phase, ready to be scheduled for a team: what the rules and the gates give it. */
export type TimelineWork = (PhaseWork & { because: Because[] })[];

export function estimateTimeline(
  file: Ruleset['timeline'],
  facts: Facts,
  obligations: Plan['obligations'],
  values: AssumptionValues,
  team: TeamBasis,
  out: Explanations,
): { timeline: Plan['timeline']; work: TimelineWork } {
  const fired = fire(file.rules, 'timeline', facts, out);
  const inputs: PhaseInput[] = [
    ...fired.map(({ rule, because }) => ({ ...rule, because: [because] })),
    // Gates that take time: their work goes into the compliance or approval phase, their wait runs alongside.
    ...obligations.flatMap((o) =>
      o.schedule ? [{ ...o.schedule, because: [scheduleBecause(o, o.schedule)] }] : [],
    ),
  ];
  const tallies = new Map<PhaseId, PhaseTally>();
  for (const input of inputs) {
    let t = tallies.get(input.phase);
    if (!t) tallies.set(input.phase, (t = { effort: [0, 0], scale: [1, 1], wait: [0, 0], because: [] }));
    if (input.effort) t.effort = add(t.effort, input.effort);
    if (input.effortScale) t.scale = times(t.scale, input.effortScale);
    // Waits run side by side: the longest counts.
    if (input.wait) t.wait = [Math.max(t.wait[0], input.wait[0]), Math.max(t.wait[1], input.wait[1])];
    t.because.push(...input.because);
  }
  // In calendar order; a phase no rule gives work or waiting time to is left out.
  const work: TimelineWork = [];
  for (const id of phaseIds) {
    const t = tallies.get(id);
    if (!t) continue;
    const effort = times(t.effort, t.scale);
    if (effort[1] <= 0 && t.wait[1] <= 0) continue;
    const shape = file.phases[id];
    // Someone follows a wait part-time: a little work, done while waiting.
    const liaison = times(t.wait, values.regulatoryLiaison);
    work.push({
      id,
      effort: shape.workDuringWait ? [0, 0] : effort,
      wait: t.wait,
      waitEffort: shape.workDuringWait ? add(effort, liaison) : liaison,
      maxStaff: shape.maxStaff,
      minWeeks: shape.minWeeks,
      parallel: phases[id].parallel,
      because: t.because,
    });
  }
  const s = scheduleFor(work, team, values);
  const phasesOut = s.phases.map((p, i) => {
    const { because } = work[i]!;
    const phase = {
      id: p.id,
      name: phases[p.id as PhaseId].name,
      weeks: p.weeks,
      effort: [oneDecimal(p.effort[0]), oneDecimal(p.effort[1])] as Range,
      staff: p.staff,
      because,
    };
    return p.parallel ? { ...phase, parallel: true } : phase;
  });
  const dataPrep = s.phases.find((p) => p.id === 'data-prep')?.effort ?? [0, 0];
  const share = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : 0);
  const shares = [share(dataPrep[0], s.effort[0]), share(dataPrep[1], s.effort[1])];
  const timeline: Plan['timeline'] = {
    phases: phasesOut,
    totalWeeks: s.totalWeeks,
    effort: [oneDecimal(s.effort[0]), oneDecimal(s.effort[1])],
    team: { engineers: team.engineers, useful: s.usefulTeam, source: team.source },
    dataPrepShare: [Math.min(...shares), Math.max(...shares)],
    because: fired.map((f) => f.because),
  };
  return { timeline, work };
}

/** The phases' work spread over a team. */
export const scheduleFor = (work: TimelineWork, team: TeamBasis, values: AssumptionValues) =>
  schedule(work, { engineers: team.engineers, coordination: values.coordination });

/** The volume the running costs are priced on, or undefined while daily users or requests are unknown. */
export function volumeFor(
  facts: Facts,
  a: AssumptionsFile,
  values: AssumptionValues,
): (Volume & { tokensPerCall: Range }) | undefined {
  const audience = facts.get('audience');
  const customerFacing = facts.get('customerFacing') === true;
  const dailyAnswer = facts.get('dailyUsers');
  const perUserAnswer = facts.get('requestsPerUser');
  const notSure = a.notSure.values;
  const users: Range | undefined =
    dailyAnswer === 'unsure'
      ? notSure.dailyUsers[audience === 'customers' || audience === 'public' ? audience : 'internal']
      : pointOf(dailyAnswer);
  const perUser: Range | undefined =
    perUserAnswer === 'unsure' ? notSure.requestsPerUser : pointOf(perUserAnswer);
  if (!users || !perUser) return undefined;
  const task = facts.get('taskCategory');
  const typical = typeof task === 'string' ? a.wordsByTask.values[task] : undefined;
  const input = pointOf(facts.get('inputWords')) ?? typical?.input;
  const output = pointOf(facts.get('outputWords')) ?? typical?.output;
  if (!input || !output) return undefined;
  const autonomy = facts.get('autonomy');
  const calls =
    a.modelCallsPerRequest.values[autonomy === 'chain' || autonomy === 'agent' ? autonomy : 'single'];
  const tokensPerCall = scaled(add(input, output), values.tokensPerWord);
  return {
    tokensPerCall,
    dailyUsers: users,
    requestsPerUser: perUser,
    daysPerMonth: customerFacing ? values.daysExternal : values.daysInternal,
    tokensPerRequest: times(tokensPerCall, calls),
  };
}

function pointOf(v: unknown): Range | undefined {
  const n = num(v);
  return n === undefined ? undefined : [n, n];
}

export interface CostInputs {
  effort: Range;
  volume: (Volume & { tokensPerCall: Range }) | undefined;
  values: AssumptionValues;
}

export function estimateCosts(
  rules: readonly RuleOf<'cost'>[],
  facts: Facts,
  { effort, volume, values }: CostInputs,
  out: Explanations,
): Plan['costs'] {
  const $ = values.currencySymbol;
  const money = (r: Range) => moneyRange(r, $);
  const fired = fire(rules, 'cost', facts, out);
  const arithmetic: string[] = [];

  // Build: the work at the cost of an engineer-week, plus one-off costs.
  const rate = values.ratePerEngineerWeek;
  const labour = times(effort, rate);
  const oneOff = fired
    .filter(({ rule }) => rule.oneOff)
    .map(({ rule, because }) => ({
      id: rule.item.id,
      label: rule.item.label,
      cost: nice(rule.oneOff!),
      because: [because],
    }));
  const oneOffTotal = oneOff.reduce<Range>((sum, i) => add(sum, i.cost), [0, 0]);
  const build = nice(add(labour, oneOffTotal));
  arithmetic.push(
    `Build: ${span(effort, 1)} person-weeks × ${money(rate)} an engineer-week = ${money(labour)}` +
      oneOff.map((i) => ` + ${money(i.cost)} ${lowerFirst(i.label)}`).join('') +
      (oneOff.length ? ` ≈ ${money(build)}.` : '.'),
  );

  // Running: the bill's fixed lines, then inference or GPUs from the volume.
  const items: Plan['costs']['monthly']['items'] = fired
    .filter(({ rule }) => rule.monthly)
    .map(({ rule, because }) => ({
      id: rule.item.id,
      label: rule.item.label,
      monthly: nice(rule.monthly!),
      because: [because],
    }));
  const saving = values.optimisationSaving;
  const running = volume ? priceRunning(volume, facts, values) : undefined;
  const inference = running?.inference ?? [0, 0];
  const optimised = running?.optimised ?? [0, 0];
  let gpus: Plan['costs']['gpus'];
  if (!volume || !running) {
    arithmetic.push('Running: answer how many people use it each day and how often, to price inference.');
  } else {
    const tokens = monthlyTokens(volume);
    arithmetic.push(
      `Requests: ${span(volume.dailyUsers)} people × ${span(volume.requestsPerUser)} requests a day × ${volume.daysPerMonth} days = ${span(monthlyRequests(volume))} requests a month.`,
      `Tokens: ${span(volume.tokensPerRequest.map(Math.round) as Range)} a request (words in and out × ${values.tokensPerWord} tokens a word${volume.tokensPerRequest[1] > volume.tokensPerCall[1] ? ', × the model calls each request makes' : ''}) = ${span(tokens.map((t) => t / 1e6) as Range, 1)} million tokens a month.`,
    );
    if (running.price)
      arithmetic.push(
        `Inference: ${span(tokens.map((t) => t / 1e6) as Range, 1)} million tokens × ${$}${span(running.price, 2)} per million = ${money(inference)} a month.`,
      );
    if (running.selfHosted) {
      const { sized, perGpu, gpuCost, ops, activeHours, minReplicas } = running.selfHosted;
      gpus = {
        count: sized.gpus,
        peakTokensPerSecond: sized.peakTokensPerSecond.map(Math.round) as Range,
        perGpuMonthly: perGpu,
      };
      items.push(
        {
          id: 'gpus',
          label:
            facts.get('hostingChoice') === 'on-premises'
              ? 'Your own GPUs, amortised'
              : 'GPUs in your private cloud',
          monthly: gpuCost,
          because: [],
        },
        { id: 'operations', label: 'People to run the models', monthly: ops, because: [] },
      );
      arithmetic.push(
        `Busiest hour: ${span(gpus.peakTokensPerSecond)} tokens a second (the month's tokens over ${volume.daysPerMonth} days of ${activeHours} hours, × ${span(values.peakFactor)} at the peak).`,
        `GPUs: ${span(sized.gpus)} (at least ${minReplicas} cop${minReplicas === 1 ? 'y' : 'ies'} of each model kept running) × ${money(perGpu)} a GPU-month = ${money(gpuCost)} a month.`,
        `Running the models yourself: ${span(values.opsSelfHosted, 2)} of an engineer × ${money(rate)} a week × ${values.weeksPerMonth} weeks = ${money(ops)} a month.`,
      );
    }
  }
  const fixed = items.reduce<Range>((sum, i) => add(sum, i.monthly), [0, 0]);
  const total: Range = add(fixed, inference);
  arithmetic.push(
    `Monthly total: ${items.map((i) => `${money(i.monthly)} ${lowerFirst(i.label)}`).join(' + ')}${inference[1] > 0 ? ` + ${money(inference)} inference` : ''} = ${money(total)}.`,
  );
  if (inference[1] > 0)
    arithmetic.push(
      `Model routing, semantic caching and prompt compression cut inference by ${span(saving)}%: ${money(optimised)} a month instead.`,
    );
  return {
    currencySymbol: $,
    build,
    buildBreakdown: { effort, rate, labour: nice(labour), oneOff },
    monthly: { hosting: fixed, inference, total, items },
    optimisedInference: { savingPercent: saving, monthly: optimised },
    ...(gpus ? { gpus } : {}),
    arithmetic,
    because: fired.map((f) => f.because),
  };
}

/**
 * What running costs a month for a volume, apart from the fixed lines of the bill: inference for API models, or
 * GPUs sized to the busiest hour and the people to run them for self-hosted ones.
 */
export function priceRunning(volume: Volume, facts: Facts, values: AssumptionValues) {
  const tier = facts.get('tier');
  const customerFacing = facts.get('customerFacing') === true;
  const saving = values.optimisationSaving;
  if (facts.get('selfHosted') !== true) {
    const price =
      tier === 'small'
        ? values.priceSmall
        : tier === 'frontier'
          ? values.priceFrontier
          : routedPrice(values.priceSmall, values.priceFrontier, values.routingSmallShare);
    const inference = nice(apiInference(monthlyTokens(volume), price));
    const optimised = nice([inference[0] * (1 - saving[1] / 100), inference[1] * (1 - saving[0] / 100)]);
    return { price, inference, optimised, extra: [0, 0] as Range, selfHosted: undefined };
  }
  const activeHours = customerFacing ? values.activeHoursExternal : values.activeHoursInternal;
  const minReplicas = customerFacing ? 2 : 1;
  const serve = (share: number, perGpu: Range, perReplica: number) =>
    sizeGpus(
      { ...volume, tokensPerRequest: scaled(volume.tokensPerRequest, share) },
      {
        activeHoursPerDay: activeHours,
        peakFactor: values.peakFactor,
        tokensPerSecondPerGpu: perGpu,
        gpusPerReplica: perReplica,
        minReplicas,
      },
    );
  let sized;
  if (tier === 'small') sized = serve(1, values.throughputSmall, 1);
  else if (tier === 'frontier') sized = serve(1, values.throughputLarge, values.gpusPerLargeReplica);
  else {
    const s = values.routingSmallShare;
    const a = serve(s[1], values.throughputSmall, 1);
    const b = serve(1 - s[0], values.throughputLarge, values.gpusPerLargeReplica);
    sized = {
      peakTokensPerSecond: add(a.peakTokensPerSecond, b.peakTokensPerSecond),
      gpus: add(a.gpus, b.gpus),
    };
  }
  const perGpu =
    facts.get('hostingChoice') === 'on-premises' ? values.gpuMonthlyOwned : values.gpuMonthlyCloud;
  const gpuCost = nice(times(sized.gpus, perGpu));
  const ops = nice(scaled(times(values.opsSelfHosted, values.ratePerEngineerWeek), values.weeksPerMonth));
  return {
    price: undefined,
    inference: [0, 0] as Range,
    optimised: [0, 0] as Range,
    extra: add(gpuCost, ops),
    selfHosted: { sized, perGpu, gpuCost, ops, activeHours, minReplicas },
  };
}

/**
 * The headline figures again for another team or volume, cheaply enough to run for every "not sure" answer on each
 * keystroke. Neither the timeline's nor the cost's rules read the team or the volume, so the work and the bill's
 * fixed lines stay; only the schedule and the running price are redone (a property test holds this to a full
 * evaluation).
 */
export function estimateAgain(
  base: { work: TimelineWork; costs: Plan['costs'] },
  at: { team: TeamBasis; volume: Volume | undefined },
  facts: Facts,
  values: AssumptionValues,
) {
  const s = scheduleFor(base.work, at.team, values);
  const effort: Range = [oneDecimal(s.effort[0]), oneDecimal(s.effort[1])];
  const oneOff = base.costs.buildBreakdown.oneOff.reduce<Range>((sum, i) => add(sum, i.cost), [0, 0]);
  const fixed = base.costs.monthly.items
    .filter((i) => i.id !== 'gpus' && i.id !== 'operations')
    .reduce<Range>((sum, i) => add(sum, i.monthly), [0, 0]);
  const running = at.volume ? priceRunning(at.volume, facts, values) : undefined;
  return {
    totalWeeks: s.totalWeeks,
    build: nice(add(times(effort, values.ratePerEngineerWeek), oneOff)),
    monthly: running ? add(add(fixed, running.extra), running.inference) : fixed,
    currencySymbol: values.currencySymbol,
  };
}
