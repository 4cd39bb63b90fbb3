/**
 * The architecture decision record, in the headings of MADR 4 (Markdown Architectural Decision Records): the
 * context, the drivers, the options with why each was not chosen, the outcome and its consequences, how the decision
 * is confirmed, and what is still open. Status "proposed": the team decides.
 */
import { formatMoneyRange, formatWeeksRange } from '@/domain/format';
import type { Plan } from '@/domain/plan';
import { approachIds } from '@/domain/plan';
import { questionById, type Answers } from '@/domain/questions';
import { basisOf, basisText } from '@/domain/reason-words';
import { alternativeWhyNot, preferenceReason } from '@/domain/say-once';
import { factLabel } from '@/engine';
import type { Block, PlanDocument, Section } from '../document';
import { datePart } from '../format';
import { item, para, text } from '../sections/blocks';
import { sentence } from '../sections/reasons';
import { documentFrame, type ReaderContext } from './frame';

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const bullets = (lines: string[]): Block => ({
  kind: 'list',
  ordered: false,
  items: lines.map((l) => item([text(l)])),
});

export function adrDocument(plan: Plan, active: Answers, ctx: ReaderContext): PlanDocument {
  const a = plan.approach;
  const symbol = plan.costs.currencySymbol;
  const words = (t: Plan['approach']['decidedBy'][number]) =>
    basisText(basisOf(t, { labelOf: factLabel, answers: active, currencySymbol: symbol }));
  const name =
    typeof active.projectName === 'string' && active.projectName.trim() ? active.projectName.trim() : '';
  const useCase = typeof active.useCaseSummary === 'string' ? active.useCaseSummary.trim() : '';
  const method =
    a.fineTuneMethod === 'lora' ? ' (LoRA/QLoRA)' : a.fineTuneMethod === 'full' ? ' (full fine-tuning)' : '';

  const context: Block[] = [];
  if (useCase) context.push(para(text('The use case:')), { kind: 'verbatim', text: useCase });
  context.push(
    para(
      text(
        `Which way should ${name ? `“${name}”` : 'the project'} be built: prompting a foundation model, retrieval over its own documents (RAG), fine-tuning, both, or an agent that plans and calls tools? The choice sets the timeline, the cost and the risks, and it is hard to change once the build has started.`,
      ),
    ),
  );

  const drivers = a.decidedBy.map(words);
  const preferred = a.preferred;
  if (preferred)
    drivers.push(
      `Stated preference: ${preferred.approach === a.recommended ? a.label : (a.alternatives.find((x) => x.approach === preferred.approach)?.label ?? preferred.approach)}.`,
    );
  for (const n of plan.model.notes) drivers.push(n.text);
  for (const b of plan.warnings.filter((w) => w.level === 'blocker')) drivers.push(`Blocker: ${b.message}`);

  const options = approachIds.map((id) =>
    id === a.recommended ? a.label : (a.alternatives.find((x) => x.approach === id)?.label ?? id),
  );

  const outcome: Block[] = [
    para(text(`Chosen option: “${a.label}${method}”. ${sentence(a.summary)}`)),
    para(
      text(
        `The model: ${lowerFirst(plan.model.tierLabel)}, ${lowerFirst(plan.model.hostingLabel)}, a ${lowerFirst(plan.model.familyLabel)}.`,
      ),
    ),
  ];
  if (preferred)
    outcome.push(
      para(text(`Your preference was ${preferred.verdict}: ${preferenceReason(a) ?? preferred.reason}`)),
    );

  const consequences: string[] = [
    `Neutral, because it takes ${formatWeeksRange(plan.headline.timelineWeeks)}, costs ${formatMoneyRange(plan.headline.buildCost, symbol)} to build and ${formatMoneyRange(plan.headline.monthlyCost, symbol)} a month to run.`,
    `Neutral, because it needs ${plan.components.length} components: ${plan.components.map((c) => lowerFirst(c.name)).join(', ')}.`,
    ...plan.risks
      .filter((r) => r.severity === 'critical' || r.severity === 'high')
      .map((r) => `Bad, because it carries a ${r.severity} risk, ${lowerFirst(r.title)}: ${r.description}`),
    ...plan.approach.notes.map((n) => `Neutral, because ${lowerFirst(n.text)}`),
  ];
  const gates = plan.obligations.filter((o) => o.kind === 'gate');
  if (gates.length)
    consequences.push(
      `Bad, because ${gates.length} ${gates.length === 1 ? 'obligation has' : 'obligations have'} to be met before launch: ${gates.map((o) => o.title).join('; ')}.`,
    );

  const confirmation = [
    ...plan.evaluation.benchmarks.map((b) => `${b.name}: ${sentence(b.threshold)}`),
    ...plan.evaluation.killCriteria,
  ];

  const pros: Block[] = [];
  pros.push(
    { kind: 'subheading', text: a.label },
    bullets(['Good, because it is what the decision drivers above call for.']),
  );
  for (const alt of a.alternatives) {
    const also = alt.whyNot.startsWith(`${alt.label} would also work`);
    pros.push(
      { kind: 'subheading', text: alt.label },
      bullets([
        also
          ? `Neutral, because it would also work, but the decision drivers favour ${lowerFirst(a.label)}.`
          : `Bad, because ${lowerFirst(sentence(alternativeWhyNot(a, alt)))}`,
      ]),
    );
  }

  const open: string[] = [
    ...plan.missing.map((id) => `Not answered yet: ${questionById.get(id)?.label ?? id}`),
    ...plan.nextSteps
      .filter((n) => n.because.some((b) => b.ruleId.startsWith('unknowns.')))
      .map((n) => n.text),
    ...plan.obligations
      .filter((o) => o.legal.some((r) => r.checkWithCounsel))
      .map((o) => `To confirm with counsel: ${o.title}.`),
  ];

  const sections: Section[] = [
    { id: 'context', title: 'Context and Problem Statement', blocks: context },
    {
      id: 'drivers',
      title: 'Decision Drivers',
      blocks: [bullets(drivers.length ? drivers : ['No answer decided it yet.'])],
    },
    { id: 'options', title: 'Considered Options', blocks: [bullets(options)] },
    {
      id: 'outcome',
      title: 'Decision Outcome',
      blocks: [
        ...outcome,
        { kind: 'subheading', text: 'Consequences' },
        bullets(consequences),
        { kind: 'subheading', text: 'Confirmation' },
        para(text('The decision holds while the system meets these on the test set and in the pilot:')),
        bullets(confirmation.length ? confirmation : ['The benchmarks are not set yet.']),
      ],
    },
    { id: 'pros-cons', title: 'Pros and Cons of the Options', blocks: pros },
    {
      id: 'more',
      title: 'More Information',
      blocks: [
        { kind: 'subheading', text: 'Open questions' },
        bullets(open.length ? open : ['None: every answer the decision rests on is given.']),
        para(
          text(
            `Made by Scopewise (ruleset ${plan.rulesetVersion}) from the answers to its questionnaire; the full plan gives the reasons and sources behind each point.`,
          ),
        ),
      ],
    },
  ];
  return documentFrame('adr', plan, active, ctx, {
    layout: 'report',
    title: `Use ${lowerFirst(a.label)}${name ? ` for ${name}` : ''}`,
    frontMatter: [
      ['status', 'proposed'],
      ['date', datePart(ctx.generatedAt)],
    ],
    sections,
  });
}
