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

/** ",000" to ",999": a thousands separator and the zero-padded digits of every group, made once. */
const GROUPS: readonly string[] = Array.from({ length: 1000 }, (_, g) => `,${String(g).padStart(3, '0')}`);

/** A non-negative integer below 1e15 with thousands separators, built group by group from the number. */
function grouped(n: number): string {
  let out = '';
  while (n >= 1000) {
    const g = n % 1000;
    out = GROUPS[g]! + out;
    n = (n - g) / 1000;
  }
  return `${n}${out}`;
}

/** 10 ** k for k = 0…22, every power of ten a double holds exactly: looked up, as Math.pow and Math.log10 cost
 * more than the rest of a formatting. */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** Up to this size the digits of a number rounded to at most two decimals are read off integers (below). */
const EXACT_BELOW = 1e12;

export function formatNumber(n: number, decimals = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  if (Number.isInteger(n) && abs < 1e15) return n < 0 ? `-${grouped(abs)}` : grouped(n);
  const f = POW10[decimals] ?? 10 ** decimals;
  const scaled = Math.round(abs * f);
  if (abs < EXACT_BELOW && decimals >= 0 && decimals <= 2 && Number.isInteger(decimals)) {
    // The rounded value is scaled / f, whose shortest decimal form (what String() prints) is the integer part
    // and the remainder's digits without trailing zeros: below 1e12 neighbouring doubles are far closer than
    // 0.01, so no shorter decimal names the same double. Integer arithmetic avoids converting a fraction.
    const rest = scaled % f;
    const int = (scaled - rest) / f;
    const sign = n < 0 && scaled !== 0 ? '-' : '';
    if (rest === 0) return `${sign}${grouped(int)}`;
    const frac = f === 10 ? `${rest}` : rest % 10 === 0 ? `${rest / 10}` : rest < 10 ? `0${rest}` : `${rest}`;
    return `${sign}${grouped(int)}.${frac}`;
  }
  const r = scaled / f;
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
  if (n >= 1e22) {
    const magnitude = 10 ** (Math.floor(Math.log10(n)) - 2);
    return Math.round(n / magnitude) * magnitude;
  }
  // The magnitude 10^k keeps three digits: n is below 10^(k+3).
  let k = 0;
  while (n >= POW10[k + 3]!) k++;
  return Math.round(n / POW10[k]!) * POW10[k]!;
}

export const formatUsd = (n: number): string => `$${formatNumber(roundNice(n), 0)}`;

export const formatWeeks = (n: number): string => `${formatNumber(n, 1)} week${n === 1 ? '' : 's'}`;
