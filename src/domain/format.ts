/**
 * Compact, honest number formatting shared by the results page and the exports, so a reader sees the same
 * figures on screen and on paper. Ranges are always shown as ranges: the plan never claims more precision than
 * its sources give.
 */
import type { Range } from './range';

/** En dash: the typographic range separator, read as "to" by screen readers. */
export const DASH = '\u2013';

/**
 * A number with thousands separators and at most `decimals` decimals, without trailing zeros: 1,234.5. The one
 * way the product writes grouped digits, whatever the reader's locale, so a plan reads the same everywhere. It
 * writes what `Intl.NumberFormat('en-US', { maximumFractionDigits })` writes (a test checks it) without calling
 * Intl, which would load locale data on the way to opening a shared plan (src/engine/README.md, Speed). Rounding is
 * half away from zero on the shortest decimal that reads back as the number, as Intl does ("0.1", not 0.1000…55).
 */
export function formatNumber(n: number, decimals: 0 | 1 | 2 | 3 = 2): string {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21)
    return n.toLocaleString('en-US', { maximumFractionDigits: decimals });
  const shortest = String(Math.abs(n));
  let [whole = '0', fraction = ''] = (shortest.includes('e') ? Math.abs(n).toFixed(20) : shortest).split('.');
  if (fraction.length > decimals) {
    const up = fraction.charCodeAt(decimals) >= 53; // '5'
    const digits = `${whole}${fraction.slice(0, decimals)}`;
    const rounded = up ? (BigInt(digits) + 1n).toString().padStart(digits.length, '0') : digits;
    whole = (decimals ? rounded.slice(0, -decimals) : rounded) || '0';
    fraction = decimals ? rounded.slice(-decimals) : '';
  }
  const kept = fraction.replace(/0+$/, '');
  const grouped = whole.length <= 3 ? whole : whole.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+$)/g, ',');
  const text = kept ? `${grouped}.${kept}` : grouped;
  // A negative number that rounds to zero is plain 0.
  return n < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}

const units: [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'k'],
];

const trim = (n: number): string => {
  // One decimal below ten units ("1.5k"), none above ("15k"): enough to tell ranges apart, no false precision.
  const fixed = n < 10 ? n.toFixed(1) : n.toFixed(0);
  return fixed.endsWith('.0') ? fixed.slice(0, -2) : fixed;
};

/** A dollar amount without the sign: 900, 1.5k, 15k, 1.2M. Non-finite or negative input shows as 0. */
export function compactNumber(value: number): string {
  const n = Number.isFinite(value) && value > 0 ? value : 0;
  const i = units.findIndex(([size]) => n >= size);
  if (i === -1) {
    const whole = Math.round(n);
    return whole >= 1000 ? '1k' : String(whole);
  }
  const [size, suffix] = units[i]!;
  const shown = trim(n / size);
  // Rounding can carry into the next unit: 999,999 reads "1M", not "1000k".
  const bigger = units[i - 1];
  return shown === '1000' && bigger ? `1${bigger[1]}` : `${shown}${suffix}`;
}

/** "$15k": an amount in the plan's currency (its symbol is editable, "$" by default). */
export const formatMoney = (value: number, symbol = '$'): string => `${symbol}${compactNumber(value)}`;

/** "$15k–60k"; a degenerate range is one figure ("$2k"). */
export function formatMoneyRange([min, max]: Range, symbol = '$'): string {
  const a = compactNumber(min);
  const b = compactNumber(max);
  return a === b ? `${symbol}${a}` : `${symbol}${a}${DASH}${b}`;
}

const WEEKS_PER_MONTH = 52 / 12;
/** Up to this many weeks a range reads best in weeks; beyond it, months are the unit people plan in. */
const MAX_WEEKS_SHOWN_AS_WEEKS = 12;

const plural = (n: number, unit: string): string => `${unit}${n === 1 ? '' : 's'}`;

/** Weeks to the half week the engine estimates in: "4.5" rather than an optimistic or pessimistic "5". */
const halfWeeks = (n: number): string => String(Math.round(n * 2) / 2);

const weeks = (lo: number, hi: number): string => {
  const a = halfWeeks(lo);
  const b = halfWeeks(hi);
  return a === b ? `${a} ${a === '1' ? 'week' : 'weeks'}` : `${a}${DASH}${b} weeks`;
};

/** "4–8 weeks" (or "4.5–9 weeks") for short ranges, "3–6 months" for long ones, "1 week" for a single value. */
export function formatWeeksRange([min, max]: Range): string {
  const lo = Math.max(0, min);
  const hi = Math.max(lo, max);
  if (hi <= MAX_WEEKS_SHOWN_AS_WEEKS) return weeks(lo, hi);
  const a = Math.max(lo > 0 ? 1 : 0, Math.round(lo / WEEKS_PER_MONTH));
  const b = Math.max(a, Math.round(hi / WEEKS_PER_MONTH));
  return a === b ? `about ${a} ${plural(a, 'month')}` : `${a}${DASH}${b} months`;
}

/**
 * Always in weeks, however long: the exports' phase tables stay in one unit so their rows add up visibly.
 * The upper end is clamped to `min`, not to 0 as in `formatWeeksRange`; plan ranges are never negative, so the
 * two agree on every valid plan and the exporters' output is kept exactly as it was.
 */
export function formatWeeksExact([min, max]: Range): string {
  return weeks(Math.max(0, min), Math.max(min, max));
}

/** "40–60%" from shares in 0..1. */
export function formatShareRange([min, max]: Range): string {
  const a = Math.round(min * 100);
  const b = Math.round(max * 100);
  return a === b ? `${a}%` : `${a}${DASH}${b}%`;
}

/** "40–70%" from percentages already in 0..100. */
export function formatPercentRange([min, max]: Range): string {
  const a = Math.round(min);
  const b = Math.round(max);
  return a === b ? `${a}%` : `${a}${DASH}${b}%`;
}
