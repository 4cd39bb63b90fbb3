/** The appendices: the answers the plan was computed from, the sources its reasons cite, and how it was made. */
import { formatLegalDate } from '@/domain/legal';
import type { Plan } from '@/domain/plan';
import { applicableQuestions, formatAnswer, steps, type Answers } from '@/domain/questions';
import { notesOfAnswers, type Notes } from '@/domain/notes';
import type { Block } from '../document';
import { none, para, text } from './blocks';
import { traceLine, type Reasons } from './reasons';

/** The active answers, step by step, as the questionnaire asked them, with their notes when there are any. */
export function answersBlocks(active: Answers, notes: Notes = {}): Block[] {
  const blocks: Block[] = [];
  const kept = notesOfAnswers(notes, active);
  const withNotes = Object.keys(kept).length > 0;
  for (const step of steps) {
    const rows = applicableQuestions(active, step.id).map((q) => {
      const row = [q.label, formatAnswer(q, active[q.id])];
      return withNotes ? [...row, kept[q.id] ?? ''] : row;
    });
    if (!rows.length) continue;
    blocks.push(
      { kind: 'subheading', text: step.title },
      withNotes
        ? { kind: 'table', head: ['Question', 'Answer', 'Note'], widths: ['*', '*', '*'], rows }
        : { kind: 'table', head: ['Question', 'Answer'], widths: ['*', '*'], rows },
    );
  }
  return blocks.length ? blocks : [none('answers were given')];
}

/**
 * Built after every other section, so it lists each source their reasons cite, under the number they use. The full
 * plan lists every source of every rule that fired, even when its item is not shown above; a reader's document
 * lists what it cites.
 */
export function sourcesBlocks(plan: Plan, reasons: Reasons, { all = true } = {}): Block[] {
  if (all) for (const b of plan.trace) for (const s of b.sources) reasons.ref(s);
  const refs = reasons.sources();
  if (!refs.length) return [none('sources are cited')];
  return [
    para(
      text(
        'The lines of the source articles (file and line) and the legal texts (article and official address) the rules rest on. Reasons above refer to them by number.',
      ),
    ),
    {
      kind: 'table',
      head: ['Ref', 'Source', 'Location'],
      widths: [30, '*', 170],
      rows: refs.map((s) => [s.id, s.title, s.location]),
    },
  ];
}

export function aboutBlocks(plan: Plan, generated: string): Block[] {
  return [
    {
      kind: 'table',
      head: ['Fact', 'Value'],
      widths: [140, '*'],
      rows: [
        ['Ruleset version', plan.rulesetVersion],
        ['Plan schema version', String(plan.schemaVersion)],
        ['Generated', generated],
        ['Rules that fired', String(plan.trace.length)],
        ['Legal knowledge last reviewed', formatLegalDate(plan.legalReview.reviewedOn)],
      ],
    },
    para(
      text(
        'The plan is recomputed from the answers by a fixed ruleset; every estimate is a range drawn from the cited sources or a stated assumption.',
      ),
    ),
  ];
}

/**
 * What the plan keeps for whoever checks the rules themselves: every rule that fired, by id, with the facts it read
 * as the engine named them. Always the last section, so everything before it reads without internal names.
 */
export function traceBlocks(plan: Plan): Block[] {
  return [
    para(
      text(
        'Every rule that fired, in the order the engine evaluated them: its id and file, the facts it read (by their names in the rules) and how its figures were derived. For checking the ruleset; the sections above say the same in plain words.',
      ),
    ),
    {
      kind: 'list',
      ordered: true,
      items: plan.trace.map((b) => ({ spans: [text(traceLine(b))], details: [], why: [] })),
    },
  ];
}
