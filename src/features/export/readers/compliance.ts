/**
 * The compliance appendix, for legal and compliance: every obligation by jurisdiction with why it applies, the
 * answers behind it, what to do and keep, and the law; then what is still open, and the sources it cites.
 */
import {
  formatLegalDate,
  jurisdictionLabels,
  jurisdictions,
  legalNotice,
  shortLegalRef,
} from '@/domain/legal';
import type { Obligation, Plan } from '@/domain/plan';
import { questionById, questionIds, UNSURE, type Answers } from '@/domain/questions';
import { basisText, reasonWords } from '@/domain/reason-words';
import { derivedFacts, factLabel } from '@/engine';
import type { Block, ListItem, PlanDocument, Section } from '../document';
import { sourcesBlocks } from '../sections/appendices';
import { item, none, para, text } from '../sections/blocks';
import { obligationDuties } from '../sections/obligations';
import { Reasons } from '../sections/reasons';
import { documentFrame, type ReaderContext } from './frame';

const NOT_SURE = /^not sure/i;

const isUnsure = (v: unknown): boolean => v === UNSURE || (Array.isArray(v) && v.includes(UNSURE));

/**
 * The questions an obligation's reasons read: the answers among its triggers, and those a derived trigger is worked
 * out from (the engine documents each derived fact with the answers it reads, "usStates has ca…").
 */
function questionsBehind(o: Obligation): string[] {
  const facts = new Set(o.because.flatMap((b) => b.triggers.map((t) => t.fact)));
  const out = new Set<string>();
  for (const f of facts) {
    if (questionById.has(f)) out.add(f);
    const doc = (derivedFacts as Record<string, { description: string } | undefined>)[f];
    if (doc) for (const id of questionIds) if (new RegExp(`\\b${id}\\b`).test(doc.description)) out.add(id);
  }
  return [...out];
}

/** The answers an obligation rests on, each once, in the reader's words. */
function answersBehind(o: Obligation, active: Answers, symbol: string) {
  const seen = new Map<string, { text: string; unsure: boolean; label: string }>();
  for (const b of o.because)
    for (const x of reasonWords(b, { labelOf: factLabel, answers: active, currencySymbol: symbol }).basis) {
      const key = `${x.label}\u0000${x.value}`;
      if (!seen.has(key))
        seen.set(key, { text: basisText(x), unsure: NOT_SURE.test(x.value), label: x.label });
    }
  return [...seen.values()];
}

function obligationItem(o: Obligation, active: Answers, plan: Plan, reasons: Reasons): ListItem {
  const behind = answersBehind(o, active, plan.costs.currencySymbol);
  const details = [
    `Why it applies: ${o.why}`,
    ...(behind.length ? [`The answers behind it: ${behind.map((b) => b.text).join('; ')}.`] : []),
    ...obligationDuties(o, reasons),
  ];
  return item([text(o.title, true), text(` (${o.regime.short})`)], details);
}

/** What legal should still settle: statements to confirm, answers not known yet, duties that start later. */
function openQuestions(plan: Plan, active: Answers): string[] {
  const out: string[] = [];
  for (const o of plan.obligations) {
    const toConfirm = o.legal.filter((r) => r.checkWithCounsel);
    if (toConfirm.length)
      out.push(`Confirm with counsel for “${o.title}”: ${toConfirm.map(shortLegalRef).join('; ')}.`);
  }
  const unsure = new Map<string, string[]>();
  for (const o of plan.obligations) {
    for (const b of answersBehind(o, active, plan.costs.currencySymbol))
      if (b.unsure) unsure.set(b.label, [...(unsure.get(b.label) ?? []), o.title]);
    for (const id of questionsBehind(o))
      if (isUnsure(active[id])) {
        const label = questionById.get(id)!.label;
        unsure.set(label, [...(unsure.get(label) ?? []), o.title]);
      }
  }
  for (const [label, titles] of unsure)
    out.push(
      `Find out: “${label}” was answered “not sure”, so the plan assumes the obligations it could bring apply (${[...new Set(titles)].join('; ')}).`,
    );
  for (const o of plan.obligations.filter((x) => x.afterLaunch && x.appliesFrom))
    out.push(
      `“${o.title}” starts to apply on ${formatLegalDate(o.appliesFrom!)}, after your target launch: the system will have to meet it while in use.`,
    );
  const missing = plan.missing.map((id) => questionById.get(id)).filter((q) => q?.step === 'compliance');
  for (const q of missing) out.push(`Answer “${q!.label}”: obligations may follow from it.`);
  return out;
}

export function complianceDocument(plan: Plan, active: Answers, ctx: ReaderContext): PlanDocument {
  const reasons = new Reasons(plan, active);
  const gates = plan.obligations.filter((o) => o.kind === 'gate').length;
  const regimes = [...new Set(plan.obligations.map((o) => o.regime.name))];
  const scope: Block[] = [
    para(text(legalNotice(plan.legalReview.reviewedOn))),
    plan.obligations.length
      ? para(
          text(
            `${plan.obligations.length} obligations: ${gates} to meet before launch and ${plan.obligations.length - gates} ongoing. They come from ${regimes.join(', ')}.`,
          ),
        )
      : none('compliance obligations were triggered'),
  ];
  const sections: Section[] = [{ id: 'scope', title: 'Scope', blocks: scope }];
  for (const j of jurisdictions) {
    const list = plan.obligations.filter((o) => o.regime.jurisdiction === j);
    if (list.length)
      sections.push({
        id: `obligations-${j}`,
        title: jurisdictionLabels[j],
        blocks: [
          { kind: 'list', ordered: false, items: list.map((o) => obligationItem(o, active, plan, reasons)) },
        ],
      });
  }
  const open = openQuestions(plan, active);
  sections.push({
    id: 'open',
    title: 'Open questions',
    blocks: open.length
      ? [{ kind: 'list', ordered: false, items: open.map((q) => item([text(q)])) }]
      : [para(text('None: every obligation above follows from a definite answer and a verified reference.'))],
  });
  sections.push({ id: 'sources', title: 'Sources', blocks: sourcesBlocks(plan, reasons, { all: false }) });
  return documentFrame('compliance', plan, active, ctx, { layout: 'report', sections });
}
