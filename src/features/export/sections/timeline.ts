import { formatShareRange, formatWeeksExact, formatWeeksRange } from '@/domain/format';
import { countRange, personWeeks, teamSentence } from '@/domain/plan-text';
import { layOutPhases } from '@/domain/phase-layout';
import type { Plan } from '@/domain/plan';
import type { Range } from '@/domain/range';
import type { Block } from '../document';
import { para, text } from './blocks';
import type { Reasons } from './reasons';

/** "20–41 weeks (5–9 months)"; no repetition when the range reads in weeks anyway. */
function totalWeeks(r: Range): string {
  const exact = formatWeeksExact(r);
  const readable = formatWeeksRange(r);
  return exact === readable ? exact : `${exact} (${readable})`;
}

/** The phases as a chart and a table, always in weeks so the rows visibly add up to the total. */
export function timelineBlocks({ timeline }: Plan, reasons: Reasons): Block[] {
  const blocks: Block[] = [];
  if (timeline.phases.length) {
    // The PDF chart works each finish out from start and weeks, so only the start is passed on.
    const phases = layOutPhases(timeline.phases).placed.map(({ phase, start, parallel }) => ({
      label: phase.name,
      start,
      weeks: phase.weeks,
      ...(parallel ? { parallel } : {}),
    }));
    blocks.push(
      {
        kind: 'chart',
        chart: {
          kind: 'timeline',
          title: 'Phases (weeks, shortest to longest)',
          phases,
          total: timeline.totalWeeks,
        },
      },
      {
        kind: 'table',
        head: ['Phase', 'Duration', 'Work', 'People', 'Why'],
        widths: [110, 70, 70, 40, '*'],
        rows: [
          ...timeline.phases.map((p) => [
            p.parallel ? `${p.name} (alongside the phase before)` : p.name,
            formatWeeksExact(p.weeks),
            personWeeks(p.effort),
            countRange(p.staff),
            reasons.cell(p.because),
          ]),
          ['Total', totalWeeks(timeline.totalWeeks), personWeeks(timeline.effort), '', ''],
        ],
      },
    );
  } else {
    blocks.push(para(text(`Total: ${formatWeeksRange(timeline.totalWeeks)}.`)));
    if (timeline.because.length) blocks.push({ kind: 'why', lines: reasons.lines(timeline.because) });
  }
  blocks.push(para(text(teamSentence(timeline.team))));
  blocks.push(para(text(`Data preparation is ${formatShareRange(timeline.dataPrepShare)} of the work.`)));
  return blocks;
}
