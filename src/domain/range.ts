/** Inclusive [min, max] ranges: every estimate in the plan is one, never a single false-precision number. */
import { z } from './zod';

export type Range = [number, number];
export const rangeSchema = z
  .tuple([z.number().check(z.nonnegative()), z.number().check(z.nonnegative())])
  .check(z.refine(([a, b]) => a <= b, 'min must not exceed max'));

export const addRanges = (...rs: Range[]): Range =>
  rs.reduce<Range>((acc, r) => [acc[0] + r[0], acc[1] + r[1]], [0, 0]);
export const scaleRange = ([a, b]: Range, [fa, fb]: Range): Range => [a * fa, b * fb];
export const mulRange = (r: Range, k: number): Range => [r[0] * k, r[1] * k];
export const roundRange = ([a, b]: Range, step = 1): Range => [
  Math.round(a / step) * step,
  Math.max(Math.round(a / step) * step, Math.round(b / step) * step),
];
export const overlaps = (a: Range, b: Range): boolean => a[0] <= b[1] && b[0] <= a[1];
