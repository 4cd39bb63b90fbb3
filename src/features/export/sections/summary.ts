/**
 * The decision summary (`@/domain/decision-summary`) as document blocks: first in the full plan, and the whole of
 * the executive one-pager, which adds each risk's description and leaves the reasons to the full plan.
 */
import { decisionSummary, SUMMARY_LIMITS } from '@/domain/decision-summary';
import { formatMoneyRange, formatWeeksRange } from '@/domain/format';
import { ownerLabels } from '@/domain/legal';
import type { Plan } from '@/domain/plan';
import { questionById, type Answers } from '@/domain/questions';
import { basisText, basisOf } from '@/domain/reason-words';
import { preferenceReason } from '@/domain/say-once';
import { factLabel } from '@/engine';
import type { Block } from '../document';
import { item, para, text } from './blocks';
import type { Reasons } from './reasons';

export type SummaryVariant = 'full' | 'exec';

const severityWords = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' } as const;
const fineTuneWords = { lora: ' (parameter-efficient: LoRA/QLoRA)', full: ' (full fine-tuning)' } as const;

/** Free text the one-pager quotes by its start: the full plan has it whole. */
const clip = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/** The required questions still unanswered, by the label the questionnaire shows. */
export const missingLabels = (plan: Plan): string[] =>
  plan.missing.map((id) => questionById.get(id)?.label ?? id);

export function summaryBlocks(
  plan: Plan,
  active: Answers,
  reasons: Reasons,
  variant: SummaryVariant,
): Block[] {
  const exec = variant === 'exec';
  const s = decisionSummary(plan, exec ? { ...SUMMARY_LIMITS, mustDo: 5 } : SUMMARY_LIMITS);
  const blocks: Block[] = [];
  const money = (r: [number, number]) => formatMoneyRange(r, s.currencySymbol);

  if (s.missing) {
    const labels = missingLabels(plan);
    blocks.push(
      para(
        text('Provisional: ', true),
        text(
          `${s.missing} required ${s.missing === 1 ? 'answer is' : 'answers are'} still missing, so these figures may change (${clip(labels.join('; '), 200)}).`,
        ),
      ),
    );
  }
  const useCase = typeof active.useCaseSummary === 'string' ? active.useCaseSummary.trim() : '';
  if (useCase && exec) blocks.push(para(text('The use case: ', true), text(clip(useCase, 300))));

  const method = s.approach.fineTuneMethod ? fineTuneWords[s.approach.fineTuneMethod] : '';
  blocks.push(para(text('Recommended approach: ', true), text(`${s.approach.label}${method}`)));
  if (s.decidedBy.length) {
    const words = s.decidedBy.map((t) =>
      basisText(basisOf(t, { labelOf: factLabel, answers: active, currencySymbol: s.currencySymbol })),
    );
    blocks.push(para(text('Decided by: ', true), text(clip(words.join('; '), exec ? 320 : 1000))));
  }
  const preferred = s.approach.preferred;
  if (preferred) {
    const label =
      s.approach.alternatives.find((a) => a.approach === preferred.approach)?.label ?? s.approach.label;
    const verdict = preferred.verdict === 'honoured' ? 'followed' : 'not followed';
    blocks.push(
      para(
        text(`Your preference (${label}) is ${verdict}: `, true),
        text(clip(preferenceReason(s.approach) ?? '', exec ? 240 : 1000)),
      ),
    );
  }
  blocks.push({
    kind: 'table',
    head: ['Estimate', 'Range'],
    widths: [140, '*'],
    rows: [
      ['Timeline', formatWeeksRange(s.timeline)],
      ['Build cost', money(s.build)],
      ['Monthly run cost', money(s.monthly)],
    ],
  });

  const shown = exec ? s.blockers.slice(0, 3) : s.blockers;
  blocks.push({
    kind: 'subheading',
    text: s.blockers.length ? `Blockers to resolve first (${s.blockers.length})` : 'Blockers',
  });
  if (!s.blockers.length) blocks.push(para(text('None: nothing has to be settled before work can start.')));
  else
    blocks.push({
      kind: 'list',
      ordered: false,
      items: shown.map((b) =>
        item([text(b.message)], [`Fix: ${b.fix}`], exec ? [] : reasons.lines(b.because)),
      ),
    });
  if (shown.length < s.blockers.length)
    blocks.push(para(text(`${s.blockers.length - shown.length} more in the full plan.`)));

  const of = (n: number, total: number) => (total > n ? ` (${n} of ${total})` : '');
  blocks.push({ kind: 'subheading', text: `Top risks${of(s.risks.items.length, s.risks.total)}` });
  blocks.push(
    s.risks.items.length
      ? {
          kind: 'list',
          ordered: false,
          items: s.risks.items.map((r) =>
            item([
              text(r.title, true),
              text(` (${severityWords[r.severity]})${exec ? `: ${clip(r.description, 220)}` : ''}`),
            ]),
          ),
        }
      : para(text('No specific risks were identified from the answers.')),
  );

  blocks.push({
    kind: 'subheading',
    text: `Must do before launch${of(s.mustDo.items.length, s.mustDo.total)}`,
  });
  blocks.push(
    s.mustDo.items.length
      ? {
          kind: 'list',
          ordered: false,
          items: s.mustDo.items.map((o) =>
            item([text(o.title, true), text(` (owner: ${ownerLabels[o.owner].toLowerCase()})`)]),
          ),
        }
      : para(text('No obligation has to be met before launch.')),
  );

  blocks.push({ kind: 'subheading', text: 'Next steps' });
  blocks.push(
    s.nextSteps.items.length
      ? {
          kind: 'list',
          ordered: true,
          items: s.nextSteps.items.map((n) => item([text(n.text)], [], exec ? [] : reasons.lines(n.because))),
        }
      : para(text('No next steps are listed.')),
  );
  if (exec)
    blocks.push(
      para(
        text(
          'Every figure is a range drawn from cited sources or stated assumptions; the full plan gives the reasons, sources and the rest of the risks, obligations and steps.',
        ),
      ),
    );
  else if (useCase)
    blocks.push(para(text('The use case, as you described it:')), { kind: 'verbatim', text: useCase });
  return blocks;
}
