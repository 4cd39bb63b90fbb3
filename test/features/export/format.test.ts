import {
  datePart,
  formatGeneratedAt,
  formatUsdRange,
  formatWeeksExact,
  formatWeeksRange,
} from '@/features/export/format';

describe('export formatting', () => {
  it('shows money compactly and ranges with an en dash', () => {
    expect(formatUsdRange([15_000, 60_000])).toBe('$15k–60k');
    expect(formatUsdRange([1_800, 6_500])).toBe('$1.8k–6.5k');
    expect(formatUsdRange([2_000, 2_000])).toBe('$2k');
  });

  it('keeps half weeks, and switches to months past 12 weeks except for phase lengths', () => {
    expect(formatWeeksRange([4.5, 9])).toBe('4.5–9 weeks');
    expect(formatWeeksRange([1, 1])).toBe('1 week');
    expect(formatWeeksRange([20, 41])).toBe('5–9 months');
    expect(formatWeeksExact([20, 41])).toBe('20–41 weeks');
    expect(formatWeeksExact([0, 0.5])).toBe('0–0.5 weeks');
  });

  it('dates exports in UTC and passes through what it cannot read', () => {
    expect(formatGeneratedAt('2026-11-23T23:40:00+01:00')).toBe('2026-11-23 22:40 UTC');
    expect(formatGeneratedAt('2026-11-23')).toBe('2026-11-23');
    expect(formatGeneratedAt('yesterday')).toBe('yesterday');
    expect(datePart('2026-11-23T22:40:00Z')).toBe('2026-11-23');
    expect(datePart('soon')).toBe('undated');
  });
});
