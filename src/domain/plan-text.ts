/**
 * Sentences about a plan that the results page and the exports both print, written once so screen and paper
 * say the same thing.
 */
import { DASH, formatNumber } from './format';
import type { Plan } from './plan';
import type { Range } from './range';

/** "3" or "2–6". */
export const countRange = ([a, b]: Range): string => (a === b ? String(a) : `${a}${DASH}${b}`);

/** "11.3–22.6 person-weeks". */
export const personWeeks = ([a, b]: Range): string =>
  a === b
    ? `${formatNumber(a, 1)} person-weeks`
    : `${formatNumber(a, 1)}${DASH}${formatNumber(b, 1)} person-weeks`;

/** Who the schedule is worked out for, and how many people the phases can use. */
export function teamSentence(team: Plan['timeline']['team']): string {
  const engineers = `${countRange(team.engineers)} engineer${team.engineers[1] === 1 ? '' : 's'}`;
  const basis =
    team.source === 'answer'
      ? `Worked out for your ${engineers}`
      : team.source === 'none'
        ? `No engineers are assigned yet, so it is worked out for ${engineers}, a typical team`
        : `The team size is not known, so it is worked out for ${engineers}, a typical team`;
  return `${basis}; no phase can use more than ${team.useful} at once.`;
}
