import { formatMoneyRange, formatWeeksRange } from '@/domain/format';
import type { Plan } from '@/domain/plan';
import type { Answers } from '@/domain/questions';
import type { Block } from '../document';
import { item, para, text } from './blocks';

/** Blockers first, then the figures; a plan with required answers missing says it is provisional. */
export function headlineBlocks(plan: Plan, active: Answers): Block[] {
  const blocks: Block[] = [];
  const blockers = plan.warnings.filter((w) => w.level === 'blocker');
  if (blockers.length) {
    blocks.push(
      para(
        text(`${blockers.length} ${blockers.length === 1 ? 'blocker' : 'blockers'} to resolve first:`, true),
      ),
      {
        kind: 'list',
        ordered: false,
        items: blockers.map((b) => item([text(b.message)], [`Fix: ${b.fix}`])),
      },
    );
  }
  const h = plan.headline;
  blocks.push({
    kind: 'table',
    head: ['Item', 'Estimate'],
    widths: [140, '*'],
    rows: [
      ['Recommended approach', h.approachLabel],
      ['Total timeline', formatWeeksRange(h.timelineWeeks)],
      ['Build cost', formatMoneyRange(h.buildCost, plan.costs.currencySymbol)],
      ['Monthly run cost', formatMoneyRange(h.monthlyCost, plan.costs.currencySymbol)],
      ['Readiness', `${Math.round(h.readiness)} / 100`],
      ['Blockers', String(h.blockers)],
    ],
  });
  if (plan.missing.length) {
    blocks.push(
      para(
        text('Provisional: ', true),
        text(`${plan.missing.length} required answers are still missing (${plan.missing.join(', ')}).`),
      ),
    );
  }
  const useCase = typeof active.useCaseSummary === 'string' ? active.useCaseSummary : undefined;
  if (useCase)
    blocks.push(para(text('The use case, as you described it:')), { kind: 'verbatim', text: useCase });
  return blocks;
}
