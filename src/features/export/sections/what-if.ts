/**
 * What if, on paper: the decisive answers (the plan's `decisive`, worked out by the engine) grouped by what they
 * change, and the answers that move the figures most. Every sentence comes from the engine; nothing is added here
 * but headings.
 */
import { formatMoneyRange, formatWeeksRange } from '@/domain/format';
import type { Decisive, Plan } from '@/domain/plan';
import type { Range } from '@/domain/range';
import type { Metric, Sensitivity } from '@/engine/what-if';
import type { Block } from '../document';
import { item, para, text } from './blocks';
import { triggerLabel } from './reasons';

/** Sections a plan has only when its what-if analysis was worked out (so not in SECTION_TITLES). */
export const WHAT_IF_TITLES = {
  decisive: 'What decides this plan',
  sensitivity: 'What moves the figures most',
} as const;

/** The decisive answers by what they change: the approach, else the hosting, else a blocker. */
export function decisiveGroups(decisive: readonly Decisive[]) {
  return {
    approach: decisive.filter((d) => d.becomes.approach),
    hosting: decisive.filter((d) => !d.becomes.approach && d.becomes.hosting),
    blockers: decisive.filter((d) => !d.becomes.approach && !d.becomes.hosting),
  };
}

export function decisiveBlocks(plan: Plan): Block[] {
  const decisive = plan.decisive ?? [];
  const blocks: Block[] = [
    para(
      text(
        'Answers that, were they different, would change the recommended approach, the hosting or a blocker: every other option of each answer was tried, and for numbers and dates the value where the plan changes was searched for.',
      ),
    ),
  ];
  if (plan.approach.decidedBy.length)
    blocks.push(
      para(
        text('The approach was decided by: ', true),
        text(plan.approach.decidedBy.map((t) => `${triggerLabel(t.fact)} ${t.value}`).join('; ')),
      ),
    );
  if (!decisive.length) {
    blocks.push(para(text('No single answer changes the approach, the hosting or a blocker.')));
    return blocks;
  }
  const groups = decisiveGroups(decisive);
  const list = (title: string, ds: Decisive[]) => {
    if (!ds.length) return;
    blocks.push(
      { kind: 'subheading', text: title },
      { kind: 'list', ordered: false, items: ds.map((d) => item([text(d.text)])) },
    );
  };
  list('What would change the approach', groups.approach);
  list('What would change the hosting', groups.hosting);
  list('What would clear a blocker', groups.blockers);
  return blocks;
}

const metricTitles: Record<Metric, string> = {
  build: 'Build cost',
  monthly: 'Monthly run cost',
  weeks: 'Timeline',
};

/** The answers that move each figure most: the top rows of the sensitivity, with their lowest and highest. */
export function sensitivityBlocks(s: Sensitivity, top = 5): Block[] {
  const show = (m: Metric, r: Range) =>
    m === 'weeks' ? formatWeeksRange(r) : formatMoneyRange(r, s.currencySymbol);
  const blocks: Block[] = [
    para(
      text(
        'Each answer was varied on its own (every other option; numbers halved and increased by half; “not sure”) and the plan worked out again. The rows are the answers that move each figure most, with the lowest and highest it reaches.',
      ),
    ),
  ];
  for (const m of ['build', 'monthly', 'weeks'] as const) {
    const rows = s.rows[m].slice(0, top);
    blocks.push({ kind: 'subheading', text: `${metricTitles[m]}: as answered ${show(m, s.base[m])}` });
    if (!rows.length) {
      blocks.push(para(text('No single answer moves it.')));
      continue;
    }
    blocks.push({
      kind: 'table',
      head: ['Answer', 'Now', 'Lowest', 'Highest'],
      widths: ['*', 90, 110, 110],
      rows: rows.map((r) => [
        r.label,
        r.current,
        `${show(m, r.low.range)} (${r.low.label})`,
        `${show(m, r.high.range)} (${r.high.label})`,
      ]),
    });
  }
  return blocks;
}
