/**
 * Fast, locale-independent number formatting. The live preview re-evaluates on every keystroke, and
 * `toLocaleString` costs microseconds per call, so the engine formats its own numbers.
 */
function withCommas(digits: string): string {
  if (digits.length <= 3) return digits;
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

export function formatNumber(n: number, decimals = 2): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) < 1e15)
    return n < 0 ? `-${withCommas(String(-n))}` : withCommas(String(n));
  const f = 10 ** decimals;
  const r = Math.round(Math.abs(n) * f) / f;
  const s = String(r);
  // Split at the decimal point by hand: split('.') allocated an array on every call.
  const dot = s.indexOf('.');
  const int = dot < 0 ? s : s.slice(0, dot);
  const frac = dot < 0 ? '' : s.slice(dot + 1);
  return `${n < 0 && r !== 0 ? '-' : ''}${withCommas(int)}${frac ? `.${frac}` : ''}`;
}

/** Rounds to three significant figures: estimates should not pretend to more precision than they have. */
export function roundNice(n: number): number {
  if (n <= 0 || !Number.isFinite(n)) return 0;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 2);
  return Math.round(n / magnitude) * magnitude;
}

export const formatUsd = (n: number): string => `$${formatNumber(roundNice(n), 0)}`;

export const formatWeeks = (n: number): string => `${formatNumber(n, 1)} week${n === 1 ? '' : 's'}`;
