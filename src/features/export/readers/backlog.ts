/**
 * The engineering backlog: the plan's phases as stories, its components and the obligations that gate the launch as
 * tasks, each with acceptance criteria. The same work items become the Markdown checklist and the CSV rows.
 */
import { formatWeeksExact } from '@/domain/format';
import { describeAppliesFrom, kindLabels, ownerLabels } from '@/domain/legal';
import { countRange, personWeeks } from '@/domain/plan-text';
import type { Plan } from '@/domain/plan';
import type { Answers } from '@/domain/questions';
import type { Block, PlanDocument, Section, WorkItem } from '../document';
import { para, text } from '../sections/blocks';
import { componentCriteria, genericComponentCriteria, phaseCriteria } from './backlog-criteria';
import { documentFrame, type ReaderContext } from './frame';

/** Where a component's work falls; the rest is built in the build phase. */
const componentPhase: Readonly<Record<string, string>> = {
  ingestion: 'data-prep',
  'synthetic-generator': 'data-prep',
  'rest-integration': 'integration',
  'database-connector': 'integration',
  webhooks: 'integration',
};
/** Savings that can wait until the system works. */
const optimisations = new Set(['model-router', 'semantic-cache', 'prompt-compression']);

const clip = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);
const sentence = (s: string): string => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

type Phase = Plan['timeline']['phases'][number];

function phaseItem(plan: Plan, p: Phase): WorkItem {
  const covers = [...new Set(p.because.map((b) => b.title))];
  const acceptance = [...(phaseCriteria[p.id] ?? [])];
  if (p.id === 'scoping' && plan.metrics.length)
    acceptance.push(
      `Success metrics agreed: ${plan.metrics.map((m) => `${m.name} (${m.target})`).join('; ')}.`,
    );
  if (p.id === 'evaluation')
    acceptance.push(...plan.evaluation.benchmarks.map((b) => `${b.name}: ${sentence(b.threshold)}`));
  if (p.id === 'regulatory-approval')
    acceptance.push(
      ...plan.obligations
        .filter((o) => o.schedule?.phase === 'regulatory-approval')
        .map((o) => `Authorised: ${o.title}.`),
    );
  return {
    title: `Phase: ${p.name}`,
    description: [
      `${formatWeeksExact(p.weeks)}, ${personWeeks(p.effort)}, ${countRange(p.staff)} ${p.staff[1] === 1 ? 'person' : 'people'}${p.parallel ? ', alongside the phase before' : ''}.`,
      ...(covers.length ? [`Covers: ${covers.join('; ')}.`] : []),
    ],
    acceptance,
    label: p.id,
    priority: 'Medium',
    type: 'Story',
  };
}

function componentItem(c: Plan['components'][number], phase: string): WorkItem {
  return {
    title: c.name,
    description: [c.purpose],
    acceptance: [...(componentCriteria[c.id] ?? genericComponentCriteria)],
    label: phase,
    priority: optimisations.has(c.id) ? 'Low' : 'Medium',
    type: 'Task',
  };
}

function obligationItem(o: Plan['obligations'][number], phase: string): WorkItem {
  const when = [kindLabels[o.kind], describeAppliesFrom(o)].filter(Boolean).join('. ');
  return {
    title: o.title,
    description: [o.why, `Owner: ${ownerLabels[o.owner]}. ${sentence(when)}`],
    acceptance: [...o.actions, `Evidence kept: ${o.evidence}`],
    label: phase,
    priority: 'High',
    type: 'Task',
  };
}

/** Every work item of the plan, by the phase it belongs to, in the timeline's order. */
export function backlogSections(plan: Plan): Section[] {
  const phaseIds = new Set(plan.timeline.phases.map((p) => p.id));
  /** The first of these phases the plan has (the last one stands in when it has none of them). */
  const inPhase = (...ids: string[]): string => ids.find((id) => phaseIds.has(id)) ?? ids.at(-1)!;
  const items = new Map<string, WorkItem[]>();
  const add = (phase: string, item: WorkItem) => items.set(phase, [...(items.get(phase) ?? []), item]);
  for (const c of plan.components) {
    const phase = inPhase(componentPhase[c.id] ?? 'build', 'build');
    add(phase, componentItem(c, phase));
  }
  for (const o of plan.obligations.filter((x) => x.kind === 'gate')) {
    // Before launch: in its own phase if it has one, else the last phase before the rollout.
    const phase = inPhase(o.schedule?.phase ?? 'compliance', 'compliance', 'evaluation', 'build');
    add(phase, obligationItem(o, phase));
  }

  const sections: Section[] = [];
  const blockers = plan.warnings.filter((w) => w.level === 'blocker');
  if (blockers.length)
    sections.push({
      id: 'blockers',
      title: 'Before anything else: blockers',
      blocks: [
        {
          kind: 'tasks',
          items: blockers.map((w) => ({
            title: `Resolve: ${clip(w.message, 90)}`,
            description: [w.message],
            acceptance: [w.fix],
            label: 'blocker',
            priority: 'High',
            type: 'Task',
          })),
        },
      ],
    });
  plan.timeline.phases.forEach((p, i) => {
    const blocks: Block[] = [{ kind: 'tasks', items: [phaseItem(plan, p), ...(items.get(p.id) ?? [])] }];
    sections.push({ id: `phase-${p.id}`, title: `Phase ${i + 1}: ${p.name}`, blocks });
  });
  // Without phases yet (answers missing), the work still has to be listed.
  const unplaced = [...items].filter(([phase]) => !phaseIds.has(phase)).flatMap(([, list]) => list);
  if (unplaced.length)
    sections.push({ id: 'other', title: 'Work items', blocks: [{ kind: 'tasks', items: unplaced }] });
  return sections;
}

export function backlogDocument(plan: Plan, active: Answers, ctx: ReaderContext): PlanDocument {
  const sections = backlogSections(plan);
  const count = sections.reduce(
    (n, s) => n + s.blocks.reduce((m, b) => m + (b.kind === 'tasks' ? b.items.length : 0), 0),
    0,
  );
  const intro: Section = {
    id: 'about',
    title: 'About this backlog',
    blocks: [
      para(
        text(
          `${count} work items in the order of the timeline: each phase as a story, then the components built in it and the obligations that must be met before launch, each with its acceptance criteria. The CSV export holds the same items for GitHub Issues, Jira and Linear.`,
        ),
      ),
    ],
  };
  return documentFrame('backlog', plan, active, ctx, { layout: 'report', sections: [intro, ...sections] });
}
