/**
 * Number formatting for the exports. It follows the results page's conventions (compact dollars, weeks turning
 * into months past 12 weeks, en-dash ranges) so a reader sees the same figures on screen and on paper; features
 * do not import each other, hence the small copy.
 */
import type { Range } from '@/domain/range';

export const DASH = '\u2013';

const units: [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'k'],
];

const trim = (n: number): string => {
  const fixed = n < 10 ? n.toFixed(1) : n.toFixed(0);
  return fixed.endsWith('.0') ? fixed.slice(0, -2) : fixed;
};

/** 900, 1.5k, 15k, 1.2M. */
export function compactNumber(value: number): string {
  const n = Number.isFinite(value) && value > 0 ? value : 0;
  const i = units.findIndex(([size]) => n >= size);
  if (i === -1) {
    const whole = Math.round(n);
    return whole >= 1000 ? '1k' : String(whole);
  }
  const [size, suffix] = units[i]!;
  const shown = trim(n / size);
  const bigger = units[i - 1];
  return shown === '1000' && bigger ? `1${bigger[1]}` : `${shown}${suffix}`;
}

export const formatUsd = (value: number): string => `$${compactNumber(value)}`;

/** "$15k–60k"; a degenerate range is one figure. */
export function formatUsdRange([min, max]: Range): string {
  const a = compactNumber(min);
  const b = compactNumber(max);
  return a === b ? `$${a}` : `$${a}${DASH}${b}`;
}

const WEEKS_PER_MONTH = 52 / 12;
const MAX_WEEKS_SHOWN_AS_WEEKS = 12;
const plural = (n: number, unit: string): string => `${unit}${n === 1 ? '' : 's'}`;
/** Weeks to the half week the engine estimates in: "4.5" rather than an optimistic or pessimistic "5". */
const halfWeeks = (n: number): string => String(Math.round(n * 2) / 2);
const weeks = (lo: number, hi: number): string => {
  const a = halfWeeks(lo);
  const b = halfWeeks(hi);
  return a === b ? `${a} ${a === '1' ? 'week' : 'weeks'}` : `${a}${DASH}${b} weeks`;
};

/** "4–8 weeks", or "3–6 months" past 12 weeks. */
export function formatWeeksRange([min, max]: Range): string {
  const lo = Math.max(0, min);
  const hi = Math.max(lo, max);
  if (hi <= MAX_WEEKS_SHOWN_AS_WEEKS) return weeks(lo, hi);
  const a = Math.max(lo > 0 ? 1 : 0, Math.round(lo / WEEKS_PER_MONTH));
  const b = Math.max(a, Math.round(hi / WEEKS_PER_MONTH));
  return a === b ? `about ${a} ${plural(a, 'month')}` : `${a}${DASH}${b} months`;
}

/** Phase lengths stay in weeks, so the rows of the timeline table add up visibly. */
export function formatWeeksExact([min, max]: Range): string {
  return weeks(Math.max(0, min), Math.max(min, max));
}

/** "40–60%" from shares in 0..1. */
export function formatShareRange([min, max]: Range): string {
  const a = Math.round(min * 100);
  const b = Math.round(max * 100);
  return a === b ? `${a}%` : `${a}${DASH}${b}%`;
}

/** "40–70%" from percentages in 0..100. */
export function formatPercentRange([min, max]: Range): string {
  const a = Math.round(min);
  const b = Math.round(max);
  return a === b ? `${a}%` : `${a}${DASH}${b}%`;
}

/** "2026-11-23 22:40 UTC" from an ISO timestamp, "2026-11-23" from a date; anything else is shown as given. */
export function formatGeneratedAt(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const d = new Date(iso);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(d.getTime())) return iso;
  const utc = d.toISOString();
  return `${utc.slice(0, 10)} ${utc.slice(11, 16)} UTC`;
}

/** The date part, for file names and the title page. */
export function datePart(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0] ?? 'undated';
}
