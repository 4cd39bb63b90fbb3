/**
 * The plan as a neutral document (sections of paragraphs, lists, tables, verbatim text and charts) that both the
 * Markdown and the PDF exporter render. Building it once keeps the two exports saying exactly the same thing.
 * Every string here is plain text: each renderer escapes it for its own format.
 */
import { layOutPhases } from '@/domain/phase-layout';
import type { Because, Plan } from '@/domain/plan';
import type { Range } from '@/domain/range';
import {
  applicableQuestions,
  formatAnswer,
  splitByApplicability,
  steps,
  type Answers,
} from '@/domain/questions';
import { formatCitation, seedTitles, type Citation } from '@/domain/sources';
import {
  formatPercentRange,
  formatShareRange,
  formatUsdRange,
  formatWeeksExact,
  formatWeeksRange,
} from '@/domain/format';
import { formatGeneratedAt } from './format';

export interface Span {
  text: string;
  strong?: boolean;
}

export interface ListItem {
  spans: Span[];
  /** Sub-points (actions, mitigations), rendered nested. */
  details: string[];
  /** Compact reasons: one line per contributing rule. */
  why: string[];
}

export type Chart =
  | {
      kind: 'timeline';
      title: string;
      /** `start` as laid out (`@/domain/phase-layout`): [0] in the all-shortest schedule, [1] in the all-longest. */
      phases: { label: string; start: Range; weeks: Range; parallel?: boolean }[];
      total: Range;
    }
  | { kind: 'usd-ranges'; title: string; bars: { label: string; range: Range }[] }
  | { kind: 'scores'; title: string; bars: { label: string; score: number }[] };

export type Block =
  | { kind: 'paragraph'; spans: Span[] }
  | { kind: 'subheading'; text: string }
  | { kind: 'list'; ordered: boolean; items: ListItem[] }
  | { kind: 'table'; head: string[]; rows: string[][]; widths?: (number | '*' | 'auto')[] }
  /** Free text kept as written (the use-case summary). */
  | { kind: 'verbatim'; text: string }
  /** Why a whole section says what it says: one line per contributing rule. */
  | { kind: 'why'; lines: string[] }
  /** Only the PDF draws charts; their figures are always in a table too. */
  | { kind: 'chart'; chart: Chart };

export interface Section {
  id: string;
  title: string;
  blocks: Block[];
}

export interface SourceRef {
  id: string;
  title: string;
  location: string;
}

export interface PlanDocument {
  title: string;
  projectName: string | undefined;
  generatedAt: string;
  rulesetVersion: string;
  /** One-line facts under the title. */
  meta: string[];
  sections: Section[];
}

export const SECTION_TITLES = {
  headline: 'Headline',
  approach: 'Approach',
  model: 'Model and hosting',
  components: 'Components',
  timeline: 'Timeline',
  costs: 'Costs',
  risks: 'Risks',
  obligations: 'Compliance obligations',
  evaluation: 'Evaluation and governance',
  metrics: 'Success metrics',
  readiness: 'Readiness',
  warnings: 'Warnings and blockers',
  nextSteps: 'Next steps',
  assumptions: 'Assumptions',
  answers: 'Appendix A: Your answers',
  sources: 'Appendix B: Sources',
  about: 'Appendix C: About this plan',
} as const;

const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low'] as const;

/** Numbers each distinct citation once, in order of first use, so reasons can say "S3" and the appendix lists S3. */
class SourceRegistry {
  private readonly byKey = new Map<string, SourceRef>();
  ref(c: Citation): string {
    const key = formatCitation(c);
    let s = this.byKey.get(key);
    if (!s) {
      s = { id: `S${this.byKey.size + 1}`, title: seedTitles[c.file], location: key };
      this.byKey.set(key, s);
    }
    return s.id;
  }
  all(): SourceRef[] {
    return [...this.byKey.values()];
  }
}

/** "20–41 weeks (5–9 months)"; no repetition when the range reads in weeks anyway. */
function totalWeeks(r: Range): string {
  const exact = formatWeeksExact(r);
  const readable = formatWeeksRange(r);
  return exact === readable ? exact : `${exact} (${readable})`;
}

/** Items that are sentences already read best joined by a space; fragments get semicolons. */
const joinItems = (items: string[]): string =>
  items.every((x) => /[.!?]$/.test(x.trim())) ? items.join(' ') : items.join('; ');

const text = (t: string, strong = false): Span => (strong ? { text: t, strong } : { text: t });
const para = (...spans: Span[]): Block => ({ kind: 'paragraph', spans });
const none = (what: string): Block => para(text(`No ${what} for this plan.`));
/** An empty list would print as nothing at all, so the reader is told there is none instead. */
const listOrNone = (items: ListItem[], what: string, ordered = false): Block[] =>
  items.length ? [{ kind: 'list', ordered, items }] : [none(what)];
const item = (spans: Span[], details: string[] = [], why: string[] = []): ListItem => ({
  spans,
  details,
  why,
});

export function buildPlanDocument(plan: Plan, answers: Answers, opts: { generatedAt: string }): PlanDocument {
  const sources = new SourceRegistry();
  const { active } = splitByApplicability(answers);

  /** "rule.id (Title): fact = value; fact = value. Sources S1, S2. Assumption: …" */
  const why = (because: Because[]): string[] =>
    because.map((b) => {
      const parts = [`${b.ruleId} (${b.title})`];
      if (b.triggers.length) parts.push(`when ${b.triggers.map((t) => `${t.fact} = ${t.value}`).join('; ')}`);
      if (b.sources.length)
        parts.push(`sources ${[...new Set(b.sources.map((c) => sources.ref(c)))].join(', ')}`);
      if (b.assumption) parts.push(`assumption: ${b.assumption}`);
      return parts.join(' · ');
    });
  const whyCell = (because: Because[]): string => why(because).join(' / ') || '–';

  const projectName = typeof active.projectName === 'string' ? active.projectName : undefined;
  const useCase = typeof active.useCaseSummary === 'string' ? active.useCaseSummary : undefined;
  const h = plan.headline;
  const blockers = plan.warnings.filter((w) => w.level === 'blocker');
  const warnings = plan.warnings.filter((w) => w.level === 'warning');

  const headline: Block[] = [];
  if (blockers.length) {
    headline.push(
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
  headline.push({
    kind: 'table',
    head: ['Item', 'Estimate'],
    widths: [140, '*'],
    rows: [
      ['Recommended approach', h.approachLabel],
      ['Total timeline', formatWeeksRange(h.timelineWeeks)],
      ['Build cost', formatUsdRange(h.buildCost)],
      ['Monthly run cost', formatUsdRange(h.monthlyCost)],
      ['Readiness', `${Math.round(h.readiness)} / 100`],
      ['Blockers', String(h.blockers)],
    ],
  });
  if (plan.missing.length) {
    headline.push(
      para(
        text('Provisional: ', true),
        text(`${plan.missing.length} required answers are still missing (${plan.missing.join(', ')}).`),
      ),
    );
  }
  if (useCase)
    headline.push(para(text('The use case, as you described it:')), { kind: 'verbatim', text: useCase });

  const a = plan.approach;
  const approach: Block[] = [para(text(a.label, true), text(`: ${a.summary}`))];
  if (a.fineTuneMethod)
    approach.push(
      para(text(`Fine-tuning method: ${a.fineTuneMethod === 'lora' ? 'LoRA/QLoRA' : 'full fine-tuning'}.`)),
    );
  if (a.preferred) {
    const label =
      a.alternatives.find((x) => x.approach === a.preferred?.approach)?.label ?? a.preferred.approach;
    approach.push(
      para(text(`Your preference (${label}) was ${a.preferred.verdict}: `, true), text(a.preferred.reason)),
    );
  }
  if (a.because.length) approach.push({ kind: 'why', lines: why(a.because) });
  approach.push({ kind: 'subheading', text: 'Alternatives considered' });
  approach.push(
    ...listOrNone(
      a.alternatives.map((x) =>
        item([text(x.label, true), text(` (not chosen): ${x.whyNot}`)], [], why(x.because)),
      ),
      'alternatives were weighed',
    ),
  );

  const m = plan.model;
  const model: Block[] = [
    {
      kind: 'table',
      head: ['Decision', 'Choice'],
      widths: [140, '*'],
      rows: [
        ['Model tier', m.tierLabel],
        ['Hosting', m.hostingLabel],
        ['Model family', m.familyLabel],
      ],
    },
  ];
  if (m.because.length) model.push({ kind: 'why', lines: why(m.because) });
  if (m.notes.length)
    model.push({
      kind: 'list',
      ordered: false,
      items: m.notes.map((n) => item([text(n.text)], [], why(n.because))),
    });

  const components: Block[] = plan.components.length
    ? [
        {
          kind: 'table',
          head: ['Component', 'Purpose', 'Why'],
          widths: [110, '*', 170],
          rows: plan.components.map((c) => [c.name, c.purpose, whyCell(c.because)]),
        },
      ]
    : [none('components are listed')];

  const t = plan.timeline;
  // The PDF chart works each finish out from start and weeks, so only the start is passed on.
  const phases = layOutPhases(t.phases).placed.map(({ phase, start, parallel }) => ({
    label: phase.name,
    start,
    weeks: phase.weeks,
    ...(parallel ? { parallel } : {}),
  }));
  const timeline: Block[] = [];
  if (t.phases.length) {
    timeline.push(
      {
        kind: 'chart',
        chart: {
          kind: 'timeline',
          title: 'Phases (weeks, shortest to longest)',
          phases,
          total: t.totalWeeks,
        },
      },
      {
        kind: 'table',
        head: ['Phase', 'Duration', 'Why'],
        widths: [130, 80, '*'],
        rows: [
          ...t.phases.map((p) => [p.name, formatWeeksExact(p.weeks), whyCell(p.because)]),
          ['Total', totalWeeks(t.totalWeeks), whyCell(t.because)],
        ],
      },
    );
  } else {
    timeline.push(para(text(`Total: ${formatWeeksRange(t.totalWeeks)}.`)));
    if (t.because.length) timeline.push({ kind: 'why', lines: why(t.because) });
  }
  timeline.push(para(text(`Data preparation takes ${formatShareRange(t.dataPrepShare)} of the total.`)));

  const c = plan.costs;
  const costs: Block[] = [
    {
      kind: 'chart',
      chart: {
        kind: 'usd-ranges',
        title: 'Build cost (one-off, USD)',
        bars: [{ label: 'Build', range: c.build }],
      },
    },
    {
      kind: 'chart',
      chart: {
        kind: 'usd-ranges',
        title: 'Monthly run cost (USD)',
        bars: [
          { label: 'Hosting', range: c.monthly.hosting },
          { label: 'Inference', range: c.monthly.inference },
          { label: 'Total', range: c.monthly.total },
          { label: 'Inference, optimised', range: c.optimisedInference.monthly },
        ],
      },
    },
    {
      kind: 'table',
      head: ['Cost', 'Range (USD)'],
      widths: [200, '*'],
      rows: [
        ['Build (one-off)', formatUsdRange(c.build)],
        ['Monthly hosting', formatUsdRange(c.monthly.hosting)],
        ['Monthly inference', formatUsdRange(c.monthly.inference)],
        ['Monthly total', formatUsdRange(c.monthly.total)],
        ['Monthly inference, optimised', formatUsdRange(c.optimisedInference.monthly)],
        ['Saving from routing, caching, compression', formatPercentRange(c.optimisedInference.savingPercent)],
      ],
    },
    para(
      text('The optimised inference figure is shown separately: it is not included in the monthly total.'),
    ),
    { kind: 'subheading', text: 'The arithmetic' },
    ...listOrNone(
      c.arithmetic.map((line) => item([text(line)])),
      'arithmetic lines are available',
    ),
  ];
  if (c.because.length) costs.push({ kind: 'why', lines: why(c.because) });

  const risks: Block[] = plan.risks.length
    ? [
        {
          kind: 'table',
          head: ['Risk', 'Severity', 'What could happen', 'Mitigations', 'Why'],
          widths: [80, 45, '*', '*', 110],
          rows: [...plan.risks]
            .sort((x, y) => SEVERITY_ORDER.indexOf(x.severity) - SEVERITY_ORDER.indexOf(y.severity))
            .map((r) => [
              r.title,
              r.severity,
              r.description,
              joinItems(r.mitigations) || '–',
              whyCell(r.because),
            ]),
        },
      ]
    : [none('risks were identified')];

  const obligations = listOrNone(
    plan.obligations.map((o) =>
      item(
        [text(o.title, true), text(`: ${o.why}`)],
        o.actions.map((x) => `Action: ${x}`),
        why(o.because),
      ),
    ),
    'compliance obligations were triggered',
  );

  const e = plan.evaluation;
  const evaluation: Block[] = [
    e.benchmarks.length
      ? {
          kind: 'table',
          head: ['Benchmark', 'Threshold', 'Why'],
          widths: [120, 100, '*'],
          rows: e.benchmarks.map((b) => [b.name, b.threshold, whyCell(b.because)]),
        }
      : none('benchmarks are set'),
  ];
  for (const [label, value] of [
    ['Human in the loop', e.humanInTheLoop],
    ['Prompt versioning', e.promptVersioning],
    ['Red-team cadence', e.redTeamCadence],
  ] as const) {
    if (value) evaluation.push(para(text(`${label}: `, true), text(value)));
  }
  evaluation.push({ kind: 'subheading', text: 'Kill criteria' });
  evaluation.push(
    ...listOrNone(
      e.killCriteria.map((k) => item([text(k)])),
      'kill criteria are set',
    ),
  );
  if (e.because.length) evaluation.push({ kind: 'why', lines: why(e.because) });

  const metrics: Block[] = plan.metrics.length
    ? [
        {
          kind: 'table',
          head: ['Metric', 'Target', 'Why'],
          widths: [140, 100, '*'],
          rows: plan.metrics.map((x) => [x.name, x.target, whyCell(x.because)]),
        },
      ]
    : [none('success metrics are set')];

  const overall = `Overall readiness: ${Math.round(h.readiness)} / 100`;
  const readiness: Block[] = [];
  if (!plan.readiness.length) readiness.push(para(text(`${overall}.`, true)));
  else {
    readiness.push(
      {
        kind: 'chart',
        chart: {
          kind: 'scores',
          title: `${overall}. Scores by area (0–100)`,
          bars: plan.readiness.map((r) => ({ label: r.label, score: r.score })),
        },
      },
      {
        kind: 'table',
        head: ['Area', 'Score', 'Reasons', 'Why'],
        widths: [80, 45, '*', 150],
        rows: [
          ...plan.readiness.map((r) => [
            r.label,
            `${Math.round(r.score)} / 100`,
            joinItems(r.reasons) || '–',
            whyCell(r.because),
          ]),
          ['Overall', `${Math.round(h.readiness)} / 100`, 'Mean of the areas', '–'],
        ],
      },
    );
  }

  const warningsBlocks = listOrNone(
    [...blockers, ...warnings].map((w) =>
      item(
        [text(w.level === 'blocker' ? 'Blocker: ' : 'Warning: ', true), text(w.message)],
        [`Fix: ${w.fix}`],
        why(w.because),
      ),
    ),
    'warnings or blockers',
  );

  const nextSteps = listOrNone(
    plan.nextSteps.map((n) => item([text(n.text)], [], why(n.because))),
    'next steps are listed',
    true,
  );

  const assumptions = listOrNone(
    plan.assumptions.map((x) => item([text(x.text)], [], why(x.because))),
    'assumptions are stated',
  );

  const answerBlocks: Block[] = [];
  for (const step of steps) {
    const rows = applicableQuestions(active, step.id).map((q) => [q.label, formatAnswer(q, active[q.id])]);
    if (!rows.length) continue;
    answerBlocks.push(
      { kind: 'subheading', text: step.title },
      { kind: 'table', head: ['Question', 'Answer'], widths: ['*', '*'], rows },
    );
  }

  // Every rule that fired contributes its sources, even when its item is not shown above.
  for (const b of plan.trace) for (const s of b.sources) sources.ref(s);
  const refs = sources.all();
  const sourceBlocks: Block[] = refs.length
    ? [
        para(text('Lines in the source articles the rules rest on. Reasons above refer to them by number.')),
        {
          kind: 'table',
          head: ['Ref', 'Source', 'Location'],
          widths: [30, '*', 170],
          rows: refs.map((s) => [s.id, s.title, s.location]),
        },
      ]
    : [none('sources are cited')];

  const generated = formatGeneratedAt(opts.generatedAt);
  const about: Block[] = [
    {
      kind: 'table',
      head: ['Fact', 'Value'],
      widths: [140, '*'],
      rows: [
        ['Ruleset version', plan.rulesetVersion],
        ['Plan schema version', String(plan.schemaVersion)],
        ['Generated', generated],
        ['Rules that fired', String(plan.trace.length)],
      ],
    },
    para(
      text(
        'The plan is recomputed from the answers by a fixed ruleset; every estimate is a range drawn from the cited sources or a stated assumption.',
      ),
    ),
  ];

  const S = SECTION_TITLES;
  const sections: Section[] = [
    { id: 'headline', title: S.headline, blocks: headline },
    { id: 'approach', title: S.approach, blocks: approach },
    { id: 'model', title: S.model, blocks: model },
    { id: 'components', title: S.components, blocks: components },
    { id: 'timeline', title: S.timeline, blocks: timeline },
    { id: 'costs', title: S.costs, blocks: costs },
    { id: 'risks', title: S.risks, blocks: risks },
    { id: 'obligations', title: S.obligations, blocks: obligations },
    { id: 'evaluation', title: S.evaluation, blocks: evaluation },
    { id: 'metrics', title: S.metrics, blocks: metrics },
    { id: 'readiness', title: S.readiness, blocks: readiness },
    { id: 'warnings', title: S.warnings, blocks: warningsBlocks },
    { id: 'nextSteps', title: S.nextSteps, blocks: nextSteps },
    { id: 'assumptions', title: S.assumptions, blocks: assumptions },
    {
      id: 'answers',
      title: S.answers,
      blocks: answerBlocks.length ? answerBlocks : [none('answers were given')],
    },
    { id: 'sources', title: S.sources, blocks: sourceBlocks },
    { id: 'about', title: S.about, blocks: about },
  ];

  return {
    title: projectName ? `Scopewise plan: ${projectName}` : 'Scopewise plan',
    projectName,
    generatedAt: generated,
    rulesetVersion: plan.rulesetVersion,
    meta: [`Generated ${generated}`, `Ruleset ${plan.rulesetVersion}`],
    sections,
  };
}
