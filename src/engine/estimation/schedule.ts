/**
 * From work to calendar: each phase's effort (person-weeks) is spread over the engineers who can usefully work on
 * it at once, never faster than the phase's shortest sensible duration, plus any time that passes whatever the
 * team does (an approval). More people finish sooner but spend more in total, because every extra person adds
 * coordination; beyond a phase's cap they add nothing. The same arithmetic is written out in docs/estimation.md.
 */
import type { Range } from '@/domain/range';

export interface PhaseWork {
  id: string;
  /** Person-weeks of work, before coordination overhead. */
  effort: Range;
  /** Weeks that pass whatever the team does (a regulator's review); not spread over people. */
  wait: Range;
  /** Person-weeks spent following the wait (answering a regulator's questions): they do not lengthen it. */
  waitEffort: Range;
  /** The most people who can usefully work on the phase at once. */
  maxStaff: number;
  /** The phase never takes fewer calendar weeks than this, however many people work on it. */
  minWeeks: number;
  /** Runs alongside the sequential phase before it; the next phase starts when both have finished. */
  parallel: boolean;
}

export interface Team {
  /** Engineers available to the project: a single number, or a range when the answer is "not sure". */
  engineers: Range;
  /** Extra effort per additional person on a phase, as a share (0.05: each extra person adds 5%). */
  coordination: number;
}

export interface ScheduledPhase {
  id: string;
  /** Person-weeks including coordination: low end with the fewest people, high end with the most. */
  effort: Range;
  /** Calendar weeks: low end with the most people and the least work, high end with the fewest and the most. */
  weeks: Range;
  /** People working on the phase at once. */
  staff: Range;
  parallel: boolean;
}

export interface Schedule {
  phases: ScheduledPhase[];
  /** Calendar weeks from start to launch. */
  totalWeeks: Range;
  /** Person-weeks of all phases. */
  effort: Range;
  /** The largest number of people any phase can use: more engineers than this add cost, not speed. */
  usefulTeam: number;
}

const halfWeek = (n: number): number => Math.round(n * 2) / 2;

/** People on a phase: as many as are available, up to what it can use; at least one. */
const staffing = (engineers: number, maxStaff: number): number => Math.max(1, Math.min(engineers, maxStaff));

const overhead = (staff: number, coordination: number): number => 1 + coordination * (staff - 1);

function weeksFor(effort: number, staff: number, p: PhaseWork, coordination: number, wait: number): number {
  if (effort <= 0) return wait;
  return Math.max(p.minWeeks, (effort * overhead(staff, coordination)) / staff) + wait;
}

export function schedulePhase(p: PhaseWork, team: Team): ScheduledPhase {
  const fewest = staffing(team.engineers[0], p.maxStaff);
  const most = staffing(team.engineers[1], p.maxStaff);
  const lo = halfWeek(weeksFor(p.effort[0], most, p, team.coordination, p.wait[0]));
  const hi = halfWeek(weeksFor(p.effort[1], fewest, p, team.coordination, p.wait[1]));
  return {
    id: p.id,
    effort: [
      p.effort[0] * overhead(fewest, team.coordination) + p.waitEffort[0],
      p.effort[1] * overhead(most, team.coordination) + p.waitEffort[1],
    ],
    weeks: [lo, Math.max(lo, hi)],
    staff: [fewest, most],
    parallel: p.parallel,
  };
}

/**
 * Phases in calendar order. A parallel phase overlaps the sequential phase before it, so that stretch lasts as long
 * as the longer of the two (at each end of the range).
 */
export function schedule(work: readonly PhaseWork[], team: Team): Schedule {
  const phases = work.map((p) => schedulePhase(p, team));
  let total: Range = [0, 0];
  let stretch: Range = [0, 0];
  let effort: Range = [0, 0];
  for (const p of phases) {
    effort = [effort[0] + p.effort[0], effort[1] + p.effort[1]];
    if (p.parallel) {
      stretch = [Math.max(stretch[0], p.weeks[0]), Math.max(stretch[1], p.weeks[1])];
      continue;
    }
    total = [total[0] + stretch[0], total[1] + stretch[1]];
    stretch = p.weeks;
  }
  total = [total[0] + stretch[0], total[1] + stretch[1]];
  const usefulTeam = work.reduce((m, p) => (p.effort[1] > 0 ? Math.max(m, p.maxStaff) : m), 1);
  return { phases, totalWeeks: total, effort, usefulTeam };
}
