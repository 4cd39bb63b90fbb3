/**
 * A number as `toLocaleString('en-US')` writes it (thousands separators, at most three decimals), without Intl:
 * the first Intl call on a page loads locale data, which takes about 140 ms on a phone (4× CPU), and the answers
 * schema writes these numbers into its messages as soon as it loads, on the way to opening a shared plan.
 * Like Intl, it rounds the shortest decimal that reads back as the number ("0.1", not 0.1000000000000000055…).
 */
export function formatGrouped(n: number): string {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return n.toLocaleString('en-US');
  const shortest = String(Math.abs(n));
  let [whole = '0', fraction = ''] = (shortest.includes('e') ? Math.abs(n).toFixed(3) : shortest).split('.');
  if (fraction.length > 3) {
    // Half away from zero on the decimal digits, carrying into the whole part when it must.
    const up = fraction.charCodeAt(3) >= 53;
    const digits = `${whole}${fraction.slice(0, 3)}`;
    const rounded = up ? (BigInt(digits) + 1n).toString().padStart(digits.length, '0') : digits;
    whole = rounded.slice(0, -3) || '0';
    fraction = rounded.slice(-3);
  }
  const decimals = fraction.replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  const text = decimals ? `${grouped}.${decimals}` : grouped;
  // toLocaleString keeps the sign of anything below zero, even what rounds to 0 ("-0").
  return n < 0 || Object.is(n, -0) ? `-${text}` : text;
}
