/**
 * The plan checked against the figures the sources give for similar projects: where a reference fits the plan's
 * profile, the plan shows both side by side and says what explains a difference, so a reader can weigh the
 * estimate against the sources without opening them.
 */
import type { Because, Plan } from '@/domain/plan';
import type { Range } from '@/domain/range';
import { cite } from '@/domain/sources';
import { formatNumber } from '@/domain/format';
import type { AssumptionValues } from './assumptions';
import { moneyRange } from './estimates';
import type { Volume } from './estimation/run-cost';
import { num, type Facts } from './facts';
import { phases } from './labels';
import type { PhaseId } from './rules-schema';

type Check = Plan['checks'][number];

const weeks = ([a, b]: Range) =>
  a === b ? `${formatNumber(a, 1)} weeks` : `${formatNumber(a, 1)}–${formatNumber(b, 1)} weeks`;
const percent = ([a, b]: Range) => {
  const [x, y] = [Math.round(a * 100), Math.round(b * 100)];
  return x === y ? `${x}%` : `${x}–${y}%`;
};
const because = (id: string, title: string, sources: Because['sources']): Because[] => [
  { ruleId: `checks.${id}`, title, triggers: [], sources },
];

export interface CheckInputs {
  facts: Facts;
  timeline: Plan['timeline'];
  costs: Plan['costs'];
  values: AssumptionValues;
  volume: Volume | undefined;
}

export function checkAgainstSources({ facts, timeline, costs, values, volume }: CheckInputs): Check[] {
  const out: Check[] = [];
  const $ = values.currencySymbol;
  const money = (r: Range) => moneyRange(r, $);
  const approach = facts.get('approach');
  const enterprise = facts.get('enterpriseIntegration') === true;
  const integrations = num(facts.get('integrationCount')) ?? 0;
  const fineTunes = facts.get('fineTunes') === true;

  const share = timeline.dataPrepShare;
  if (share[1] < 0.4 || share[0] > 0.6) {
    const others = timeline.phases
      .filter((p) => p.id !== 'data-prep')
      .sort((a, b) => b.effort[1] - a.effort[1]);
    const largest = others[0];
    const reason =
      share[0] > 0.6
        ? 'the data needs more work than in most projects'
        : facts.get('retrieval') !== true && facts.get('fineTunes') !== true
          ? 'a system that is not grounded in documents or trained on examples needs only worked examples and a test set'
          : facts.get('docsReady') === true && largest?.id === 'build'
            ? 'your documents are ready, so less of the work is preparing them'
            : largest
              ? `${phases[largest.id as PhaseId].name.toLowerCase()} takes a larger share of the work here`
              : 'there is little data to prepare';
    out.push({
      id: 'data-prep-share',
      text: `Data preparation is ${percent(share)} of the work in this plan, ${share[0] > 0.6 ? 'above' : 'below'} the 40–60% most projects spend on it: ${reason}.`,
      because: because('data-prep-share', 'Data preparation is usually 40–60% of a project', [
        cite('000', 279),
      ]),
    });
  }

  if (approach === 'rag' && !enterprise && integrations <= 1) {
    out.push({
      id: 'grounded-qa',
      text:
        `The guide puts a grounded assistant on existing documents at 4–8 weeks, ${$}15,000–60,000 to build and ${$}2,000–10,000 a month to run. ` +
        `This plan: ${weeks(timeline.totalWeeks)}, ${money(costs.build)} and ${money(costs.monthly.total)} a month. ` +
        `The guide's figures are a development firm's prices; this plan prices the work at ${money(values.ratePerEngineerWeek)} an engineer-week, in-house salaries. Change the rate to your partner's if you build with one.`,
      because: because('grounded-qa', 'What the guide gives for a grounded assistant', [
        cite('000', 322),
        cite('000', 334),
      ]),
    });
  }
  if (approach === 'rag' && enterprise)
    out.push({
      id: 'rag-enterprise',
      text: `The guide puts retrieval with CRM or ERP integration and access control at 3–6 months; this plan: ${weeks(timeline.totalWeeks)}.`,
      because: because('rag-enterprise', 'What the guide gives for retrieval with enterprise integration', [
        cite('000', 322),
      ]),
    });
  if (fineTunes && facts.get('regulated') === true)
    out.push({
      id: 'fine-tune-regulated',
      text: `The guide puts a fine-tuned model for a regulated domain at 6–12 months; this plan: ${weeks(timeline.totalWeeks)}.`,
      because: because(
        'fine-tune-regulated',
        'What the guide gives for a fine-tuned model in a regulated domain',
        [cite('000', 322)],
      ),
    });
  if (fineTunes && integrations >= 1)
    out.push({
      id: 'fine-tune-integrated',
      text: `The guide puts an integrated system with a fine-tuned model at ${$}100,000–500,000 to build; this plan: ${money(costs.build)}.`,
      because: because('fine-tune-integrated', 'What the guide gives for an integrated fine-tuned system', [
        cite('000', 334),
      ]),
    });

  const users = volume?.dailyUsers;
  if (volume && users && costs.monthly.inference[1] > 0 && users[0] > 0) {
    const perFive: Range = [
      (costs.monthly.inference[0] * 500) / users[0],
      (costs.monthly.inference[1] * 500) / users[1],
    ];
    const lo = Math.min(...perFive);
    const hi = Math.max(...perFive);
    out.push({
      id: 'inference-500-users',
      text:
        `The guide cites ${$}50,000–500,000 a month for 500 daily users of API models at a mid-size company. ` +
        `With your use per person and your model choice, 500 users would cost ${money([lo, hi])} a month in inference here` +
        (hi < 50000
          ? `: the guide's figure implies far heavier use per person, or frontier models on long documents.`
          : '.'),
      because: because('inference-500-users', 'What the guide gives for 500 daily users', [cite('000', 312)]),
    });
  }
  return out;
}
