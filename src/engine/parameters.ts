/**
 * The estimator's parameters a plan rests on, listed with its assumptions: only those the plan used (GPU
 * throughput only when models are self-hosted, the "not sure" ranges only when an answer was "not sure"…), each
 * with its value and where it comes from.
 */
import type { Because } from '@/domain/plan';
import type { Range } from '@/domain/range';
import { formatNumber } from '@/domain/format';
import type { AssumptionId, AssumptionValues, AssumptionsFile } from './assumptions';
import type { Volume } from './estimation/run-cost';
import type { TeamBasis } from './estimates';
import type { Facts } from './facts';
import type { Explanations } from './fire';

const shown = (v: number | string | Range): string =>
  typeof v === 'string'
    ? v
    : typeof v === 'number'
      ? formatNumber(v)
      : v[0] === v[1]
        ? formatNumber(v[0])
        : `${formatNumber(v[0])}–${formatNumber(v[1])}`;

export function recordParameters(
  out: Explanations,
  file: AssumptionsFile,
  values: AssumptionValues,
  facts: Facts,
  { volume, team }: { volume: Volume | undefined; team: TeamBasis },
): void {
  const used: AssumptionId[] = ['ratePerEngineerWeek', 'referenceTeam', 'coordination'];
  const tier = facts.get('tier');
  const selfHosted = facts.get('selfHosted') === true;
  if (volume) {
    used.push('tokensPerWord', facts.get('customerFacing') === true ? 'daysExternal' : 'daysInternal');
    if (selfHosted) {
      used.push(
        facts.get('hostingChoice') === 'on-premises' ? 'gpuMonthlyOwned' : 'gpuMonthlyCloud',
        'peakFactor',
      );
      used.push(
        facts.get('customerFacing') === true ? 'activeHoursExternal' : 'activeHoursInternal',
        'opsSelfHosted',
      );
      if (tier !== 'frontier') used.push('throughputSmall');
      if (tier !== 'small') used.push('throughputLarge', 'gpusPerLargeReplica');
    } else {
      if (tier !== 'frontier') used.push('priceSmall');
      if (tier !== 'small') used.push('priceFrontier');
      used.push('optimisationSaving');
    }
    if (tier === 'routing') used.push('routingSmallShare');
  }
  if (facts.get('diagnosticUse') !== undefined) used.push('regulatoryLiaison');
  for (const id of used) {
    const e = file.values[id];
    const edited = JSON.stringify(values[id]) !== JSON.stringify(e.value);
    const because: Because = {
      ruleId: `assumptions.${id}`,
      title: e.label,
      triggers: [],
      sources: e.sources ?? [],
    };
    if (e.derivation) because.derivation = e.derivation;
    if (e.assumption) because.assumption = e.assumption;
    const basis = edited ? 'Your figure.' : (e.assumption ?? e.derivation ?? '');
    out.assumptions.push({
      id: `assumptions.${id}`,
      text: `${e.label}: ${shown(values[id])} ${e.unit}. ${basis}`.trim(),
      because: [because],
    });
  }
  const tables: [keyof Omit<AssumptionsFile, '$comment' | 'values'>, boolean][] = [
    [
      'notSure',
      team.source !== 'answer' ||
        facts.get('dailyUsers') === 'unsure' ||
        facts.get('requestsPerUser') === 'unsure',
    ],
    [
      'wordsByTask',
      volume !== undefined &&
        (facts.get('inputWords') === undefined || facts.get('outputWords') === undefined),
    ],
    [
      'modelCallsPerRequest',
      volume !== undefined && (facts.get('autonomy') === 'chain' || facts.get('autonomy') === 'agent'),
    ],
  ];
  for (const [id, isUsed] of tables) {
    if (!isUsed) continue;
    const t = file[id];
    const because: Because = {
      ruleId: `assumptions.${id}`,
      title: t.assumption ?? id,
      triggers: [],
      sources: t.sources ?? [],
    };
    if (t.assumption) because.assumption = t.assumption;
    out.assumptions.push({ id: `assumptions.${id}`, text: t.assumption ?? '', because: [because] });
  }
}
