import {
  COUNSEL_NOTE,
  describeAppliesFrom,
  describeSchedule,
  jurisdictionLabels,
  jurisdictions,
  kindLabels,
  legalNotice,
  ownerLabels,
  shortLegalRef,
} from '@/domain/legal';
import type { Obligation, Plan } from '@/domain/plan';
import type { Block, ListItem } from '../document';
import { item, none, para, text } from './blocks';
import { sentence, type Reasons } from './reasons';

/** What an obligation asks, as its item's details: when, who, what to do, the evidence, the time and the law. */
export function obligationDuties(o: Obligation, reasons: Reasons): string[] {
  const when = [kindLabels[o.kind], describeAppliesFrom(o)].filter(Boolean).join('. ');
  const details = [
    `When: ${sentence(when)}`,
    `Owner: ${ownerLabels[o.owner]}.`,
    ...o.actions.map((x) => `Action: ${x}`),
    `Evidence to keep: ${o.evidence}`,
  ];
  if (o.schedule) details.push(`Time it takes: ${describeSchedule(o.schedule)}. ${o.schedule.basis}`);
  if (o.legal.length)
    details.push(
      `Law: ${o.legal
        .map((r) => `${shortLegalRef(r)} (${reasons.law(r)}${r.checkWithCounsel ? `, ${COUNSEL_NOTE}` : ''})`)
        .join('; ')}`,
    );
  return details;
}

/** The obligations by jurisdiction, each with when, who, what, the evidence to keep and the law behind it. */
export function obligationsBlocks(plan: Plan, reasons: Reasons): Block[] {
  const obligationItem = (o: Obligation): ListItem =>
    item(
      [text(o.title, true), text(` (${o.regime.short}): ${o.why}`)],
      obligationDuties(o, reasons),
      reasons.lines(o.because),
    );
  const blocks: Block[] = [para(text(legalNotice(plan.legalReview.reviewedOn)))];
  if (!plan.obligations.length) blocks.push(none('compliance obligations were triggered'));
  for (const j of jurisdictions) {
    const items = plan.obligations.filter((o) => o.regime.jurisdiction === j);
    if (!items.length) continue;
    blocks.push(
      { kind: 'subheading', text: jurisdictionLabels[j] },
      { kind: 'list', ordered: false, items: items.map(obligationItem) },
    );
  }
  return blocks;
}
