import type { Plan } from '@/domain/plan';
import type { Block } from '../document';
import { item, listOrNone, none, notGivenBy, para, text } from './blocks';
import type { Reasons } from './reasons';

/** Benchmarks, the single-valued practices that are set, and the kill criteria. */
export function evaluationBlocks({ evaluation }: Plan, reasons: Reasons): Block[] {
  const blocks: Block[] = [
    evaluation.benchmarks.length
      ? {
          kind: 'table',
          head: ['Benchmark', 'Threshold', 'Why'],
          widths: [120, 100, '*'],
          rows: evaluation.benchmarks.map((b) => [b.name, b.threshold, reasons.cell(b.because)]),
        }
      : none('benchmarks are set'),
  ];
  for (const [label, value] of [
    ['Human in the loop', evaluation.humanInTheLoop],
    ['Prompt versioning', evaluation.promptVersioning],
    ['Red-team cadence', evaluation.redTeamCadence],
  ] as const) {
    if (value) blocks.push(para(text(`${label}: `, true), text(value)));
  }
  blocks.push({ kind: 'subheading', text: 'Kill criteria' });
  blocks.push(
    ...listOrNone(
      evaluation.killCriteria.map((k) => item([text(k)])),
      'kill criteria are set',
    ),
  );
  const own = notGivenBy(evaluation.because, evaluation.benchmarks);
  if (own.length) blocks.push({ kind: 'why', lines: reasons.lines(own) });
  return blocks;
}
