/**
 * Plans side by side: scenario A (the first) and the others, row by row (approach, hosting, timeline, build, run,
 * readiness, blockers, risks, obligations, the answers that differ), each cell saying whether it differs from A
 * and by how much. The same comparison says what changed between an earlier ruleset's plan and today's
 * (`planChanges`). Pure: plans in, words and figures out; the screen, the Markdown and the PDF all read this.
 */
import { formatMoney, formatMoneyRange, formatWeeksRange } from '@/domain/format';
import type { ApproachId, Plan } from '@/domain/plan';
import type { Range } from '@/domain/range';
import { formatAnswer, isAnswered, questions, splitByApplicability, type Answers } from '@/domain/questions';
import { approachLabels } from '../labels';

export interface ComparedPlan {
  /** "A", "B", "C". */
  label: string;
  /** What the user called it. */
  name: string;
  answers: Answers;
  plan: Plan;
  /** The approach this scenario forces, if it does. */
  forceApproach?: ApproachId;
}

export interface ListItem {
  text: string;
  /**
   * Relative to A: present here but not in A, in A but not here (listed so the difference can be read), or in
   * both but read differently (a risk's severity), with A's reading in `was`.
   */
  change?: 'added' | 'removed' | 'changed';
  was?: string;
}

export interface Cell {
  text: string;
  /** Differs from A's cell. */
  differs: boolean;
  /** How far from A, in words: "+3 weeks", "+$40k". */
  delta?: string;
  /** A remark on the cell: a forced approach and what the answers alone would choose. */
  note?: string;
  items?: ListItem[];
}

export type RowId =
  | 'approach'
  | 'model'
  | 'timeline'
  | 'build'
  | 'monthly'
  | 'readiness'
  | 'blockers'
  | 'risks'
  | 'obligations'
  | 'answers';

export interface Row {
  id: RowId;
  label: string;
  cells: Cell[];
}

export interface Comparison {
  columns: { label: string; name: string }[];
  rows: Row[];
}

const middle = ([a, b]: Range) => (a + b) / 2;

function signed(n: number, unit: (abs: number) => string): string | undefined {
  if (Math.abs(n) < 1e-9) return undefined;
  return `${n > 0 ? '+' : '−'}${unit(Math.abs(n))}`;
}

const weeksDelta = (a: Range, b: Range) =>
  signed(Math.round((middle(b) - middle(a)) * 2) / 2, (n) => `${n} ${n === 1 ? 'week' : 'weeks'}`);
const moneyDelta = (a: Range, b: Range, symbol: string) =>
  signed(middle(b) - middle(a), (n) => formatMoney(n, symbol));

/** A list cell: this plan's items, those A lacks marked added, and A's items this plan lacks marked removed. */
function listCell(mine: Map<string, string>, base: Map<string, string> | undefined): Cell {
  if (!base)
    return {
      text: mine.size ? [...mine.values()].join('; ') : 'None',
      differs: false,
      items: [...mine.values()].map((text) => ({ text })),
    };
  const items: ListItem[] = [];
  for (const [id, text] of mine) {
    const was = base.get(id);
    items.push(
      was === undefined
        ? { text, change: 'added' }
        : was === text
          ? { text }
          : { text, change: 'changed', was },
    );
  }
  for (const [id, text] of base) if (!mine.has(id)) items.push({ text, change: 'removed' });
  const count = (c: ListItem['change']) => items.filter((i) => i.change === c).length;
  const [added, removed, changed] = [count('added'), count('removed'), count('changed')];
  const parts = [
    added && `${added} added`,
    removed && `${removed} removed`,
    changed && `${changed} changed`,
  ].filter(Boolean);
  return {
    text: mine.size ? [...mine.values()].join('; ') : 'None',
    differs: added + removed + changed > 0,
    ...(parts.length ? { delta: parts.join(', ') } : {}),
    items,
  };
}

const blockersOf = (p: Plan) =>
  new Map(p.warnings.filter((w) => w.level === 'blocker').map((w) => [w.id, w.message]));
const risksOf = (p: Plan) => new Map(p.risks.map((r) => [r.id, `${r.title} (${r.severity})`]));
const obligationsOf = (p: Plan) =>
  new Map(p.obligations.map((o) => [o.id, `${o.title} (${o.regime.short})`]));

/** The answers of `mine` that differ from `base`'s, as "Question: answer" (the forced approach included). */
function answerDifferences(base: ComparedPlan, mine: ComparedPlan): Map<string, string> {
  const a = splitByApplicability(base.answers).active;
  const b = splitByApplicability(mine.answers).active;
  const out = new Map<string, string>();
  for (const q of questions) {
    const x = a[q.id];
    const y = b[q.id];
    if (JSON.stringify(x) === JSON.stringify(y)) continue;
    out.set(q.id, `${q.label.replace(/[?:]$/, '')}: ${isAnswered(y) ? formatAnswer(q, y) : 'not answered'}`);
  }
  if (base.forceApproach !== mine.forceApproach)
    out.set(
      'forceApproach',
      `Approach: ${mine.forceApproach ? `${approachLabels[mine.forceApproach]}, chosen by hand` : 'as the answers decide'}`,
    );
  return out;
}

export function compareScenarios(scenarios: readonly ComparedPlan[]): Comparison {
  const [a] = scenarios;
  if (!a) return { columns: [], rows: [] };
  const row = (id: RowId, label: string, cell: (s: ComparedPlan, i: number) => Cell): Row => ({
    id,
    label,
    cells: scenarios.map(cell),
  });
  const rows: Row[] = [
    row('approach', 'Approach', (s, i) => {
      const { approach } = s.plan;
      const cell: Cell = {
        text: approach.label,
        differs: i > 0 && approach.recommended !== a.plan.approach.recommended,
      };
      if (approach.forced) {
        const instead = approachLabels[approach.forced.instead];
        cell.note =
          approach.forced.unmet.length > 0
            ? `Chosen by hand; the answers point to ${instead}. Not met: ${approach.forced.unmet.join(' ')}`
            : `Chosen by hand; the answers point to ${instead}, and its requirements hold.`;
      }
      return cell;
    }),
    row('model', 'Model and hosting', (s, i) => ({
      text: `${s.plan.model.hostingLabel}; ${s.plan.model.tierLabel}`,
      differs:
        i > 0 && (s.plan.model.hosting !== a.plan.model.hosting || s.plan.model.tier !== a.plan.model.tier),
    })),
    row('timeline', 'Timeline', (s, i) => {
      const r = s.plan.timeline.totalWeeks;
      const delta = i > 0 ? weeksDelta(a.plan.timeline.totalWeeks, r) : undefined;
      return {
        text: formatWeeksRange(r),
        differs: i > 0 && !sameRange(r, a.plan.timeline.totalWeeks),
        ...(delta ? { delta } : {}),
      };
    }),
    row('build', 'Build cost', (s, i) => {
      const r = s.plan.costs.build;
      const $ = s.plan.costs.currencySymbol;
      const delta = i > 0 ? moneyDelta(a.plan.costs.build, r, $) : undefined;
      return {
        text: formatMoneyRange(r, $),
        differs: i > 0 && !sameRange(r, a.plan.costs.build),
        ...(delta ? { delta } : {}),
      };
    }),
    row('monthly', 'Monthly run cost', (s, i) => {
      const r = s.plan.costs.monthly.total;
      const $ = s.plan.costs.currencySymbol;
      const delta = i > 0 ? moneyDelta(a.plan.costs.monthly.total, r, $) : undefined;
      return {
        text: `${formatMoneyRange(r, $)} a month`,
        differs: i > 0 && !sameRange(r, a.plan.costs.monthly.total),
        ...(delta ? { delta: `${delta} a month` } : {}),
      };
    }),
    row('readiness', 'Readiness', (s, i) => {
      const d = s.plan.headline.readiness - a.plan.headline.readiness;
      return {
        text: `${s.plan.headline.readiness} / 100`,
        differs: i > 0 && d !== 0,
        ...(i > 0 && d ? { delta: `${d > 0 ? '+' : '−'}${Math.abs(d)} points` } : {}),
      };
    }),
    row('blockers', 'Blockers', (s, i) =>
      listCell(blockersOf(s.plan), i > 0 ? blockersOf(a.plan) : undefined),
    ),
    row('risks', 'Risks', (s, i) => listCell(risksOf(s.plan), i > 0 ? risksOf(a.plan) : undefined)),
    row('obligations', 'Obligations', (s, i) =>
      listCell(obligationsOf(s.plan), i > 0 ? obligationsOf(a.plan) : undefined),
    ),
    row('answers', 'Answers changed from A', (s, i) => {
      if (i === 0) return { text: 'The answers scenario A was pinned with', differs: false };
      const diff = answerDifferences(a, s);
      return {
        text: diff.size ? [...diff.values()].join('; ') : 'Same answers as A',
        differs: diff.size > 0,
        items: [...diff.values()].map((text) => ({ text })),
      };
    }),
  ];
  return { columns: scenarios.map((s) => ({ label: s.label, name: s.name })), rows };
}

const sameRange = (x: Range, y: Range) => x[0] === y[0] && x[1] === y[1];

/** One thing that changed between two plans of the same answers, in words. */
export interface PlanChange {
  label: string;
  before?: string;
  after?: string;
  added?: string[];
  removed?: string[];
}

/**
 * What changed from `before` (an earlier ruleset's plan) to `after` (today's), for the same answers: the figures
 * and choices that differ, and the blockers, risks and obligations that came or went. Empty when nothing a reader
 * compares changed.
 */
export function planChanges(before: Plan, after: Plan, answers: Answers): PlanChange[] {
  const c = compareScenarios([
    { label: 'before', name: before.rulesetVersion, answers, plan: before },
    { label: 'after', name: after.rulesetVersion, answers, plan: after },
  ]);
  const out: PlanChange[] = [];
  for (const r of c.rows) {
    const [was, now] = r.cells as [Cell, Cell];
    if (r.id === 'answers' || !now.differs) continue;
    if (now.items) {
      const added = now.items.filter((i) => i.change === 'added').map((i) => i.text);
      const removed = now.items.filter((i) => i.change === 'removed').map((i) => i.text);
      for (const i of now.items)
        if (i.change === 'changed') out.push({ label: r.label, before: i.was, after: i.text });
      if (added.length || removed.length) out.push({ label: r.label, added, removed });
      else if (!now.items.some((i) => i.change === 'changed'))
        out.push({ label: r.label, before: was.text, after: now.text });
    } else out.push({ label: r.label, before: was.text, after: now.text });
  }
  return out;
}
