/** Round numbers for chart axes, shared by the results page and the PDF so both draw the same ticks. */

/** A round axis step giving at most `maxTicks` ticks up to `max`. */
export function niceStep(max: number, maxTicks = 6): number {
  if (!(max > 0)) return 1;
  const raw = max / maxTicks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  // No 2.5 steps: compact tick labels would round them ("$1.25k" reads "$1.3k").
  for (const m of [1, 2, 5, 10]) if (m * mag >= raw) return m * mag;
  return 10 * mag;
}

/** The axis end (the first step at or above `max`) and its ticks from 0. */
export function niceAxis(max: number, maxTicks = 6): { top: number; ticks: number[] } {
  const step = niceStep(max, maxTicks);
  const top = Math.max(step, Math.ceil(max / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let i = 0; i * step <= top + 1e-9; i++) ticks.push(Number((i * step).toPrecision(12)));
  return { top, ticks };
}
