/**
 * Where each phase of a plan sits on the calendar: one layout for the results page's chart and the PDF's, so the
 * screen and the paper never disagree about what runs when.
 *
 * Parallel phases are read from the plan's own `parallel` flag and nothing else. Every plan comes fresh from the
 * engine (plans are derived, never stored or shared), and the engine sets the flag on every parallel phase, so a
 * phase without it is sequential; there are no older plans to guess for.
 */
import type { Plan } from './plan';
import type { Range } from './range';

export type Phase = Plan['timeline']['phases'][number];

export interface PlacedPhase {
  phase: Phase;
  /** Earliest and latest week the phase can start. */
  start: Range;
  /** Earliest and latest week the phase can finish. */
  end: Range;
  /** Runs alongside the phase before it instead of after it. */
  parallel: boolean;
}

export interface PhaseLayout {
  placed: PlacedPhase[];
  /** Earliest and latest finish of the whole schedule: the engine's total for an engine plan. */
  span: Range;
}

const add = (a: Range, b: Range): Range => [a[0] + b[0], a[1] + b[1]];
const later = (a: Range, b: Range): Range => [Math.max(a[0], b[0]), Math.max(a[1], b[1])];

/**
 * Sequential phases run end to end, so start ranges are cumulative: earliest start = sum of the shortest
 * durations before it, latest start = sum of the longest. A parallel phase starts with the sequential phase before
 * it, and the next sequential phase starts when both have finished, at each end of the range — the engine adds
 * the phases up the same way, so the span equals its total.
 */
export function layOutPhases(phases: readonly Phase[]): PhaseLayout {
  let cursor: Range = [0, 0];
  let lastStart: Range = [0, 0];
  let stretchEnd: Range = [0, 0];
  const placed = phases.map((phase): PlacedPhase => {
    const parallel = phase.parallel === true;
    if (!parallel) cursor = stretchEnd;
    const start = parallel ? lastStart : cursor;
    const end = add(start, phase.weeks);
    if (!parallel) lastStart = start;
    stretchEnd = later(stretchEnd, end);
    return { phase, start, end, parallel };
  });
  return { placed, span: stretchEnd };
}
