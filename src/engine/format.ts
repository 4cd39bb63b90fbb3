/** Figures in the plan's sentences: costs rounded to what the estimates can claim, weeks with their unit. */
import { formatNumber } from '@/domain/format';

/** Rounds to three significant figures (whole numbers below 1,000): estimates claim no more precision. */
export function roundNice(n: number): number {
  if (n <= 0 || !Number.isFinite(n)) return 0;
  if (n < 1000) return Math.round(n);
  const magnitude = 10 ** (Math.floor(Math.log10(n)) - 2);
  return Math.round(n / magnitude) * magnitude;
}

/** "$15,000": a cost rounded by roundNice, in whole dollars. */
export const formatDollars = (n: number): string => `$${formatNumber(roundNice(n), 0)}`;

/** "4.5 weeks", "1 week". */
export const formatWeeks = (n: number): string => `${formatNumber(n, 1)} week${n === 1 ? '' : 's'}`;
