import fc from 'fast-check';
import {
  compactNumber,
  formatNumber,
  formatPercentRange,
  formatShareRange,
  formatMoney,
  formatMoneyRange,
  formatWeeksExact,
  formatWeeksRange,
} from '@/domain/format';
import { questions } from '@/domain/questions';

describe('formatNumber', () => {
  it.each([
    [0, 2, '0'],
    [1234, 2, '1,234'],
    [1234567.891, 2, '1,234,567.89'],
    [1234567.891, 0, '1,234,568'],
    [0.5, 0, '1'],
    [2.05, 1, '2.1'],
    [12.3, 2, '12.3'],
    [97.125, 3, '97.125'],
    [-3.25, 1, '-3.3'],
    [-0.004, 2, '0'],
    [999_999_999_999, 2, '999,999,999,999'],
  ] as const)('formatNumber(%s, %s) = %s', (n, decimals, expected) => {
    expect(formatNumber(n, decimals)).toBe(expected);
  });

  it('writes digits as en-US does, whatever the default locale', () => {
    for (const n of [0, 7, 1_000, 65_536, 10_000_000, 123_456_789])
      expect(formatNumber(n)).toBe(n.toLocaleString('en-US'));
  });
});

describe('USD formatting', () => {
  it.each([
    [0, '0'],
    [900, '900'],
    [999.6, '1k'],
    [1_500, '1.5k'],
    [15_000, '15k'],
    [999_999, '1M'],
    [1_200_000, '1.2M'],
    [25_000_000, '25M'],
    [3e9, '3B'],
    [4.2e13, '42T'],
    [-5, '0'],
    [Number.NaN, '0'],
  ])('compactNumber(%s) = %s', (n, expected) => {
    expect(compactNumber(n)).toBe(expected);
  });

  it('writes a range with one dollar sign and an en dash', () => {
    expect(formatMoneyRange([15_000, 60_000])).toBe('$15k–60k');
    expect(formatMoneyRange([1_800, 6_500])).toBe('$1.8k–6.5k');
    expect(formatMoneyRange([800_000, 1_200_000])).toBe('$800k–1.2M');
  });

  it('collapses a zero-width range to one figure', () => {
    expect(formatMoneyRange([0, 0])).toBe('$0');
    expect(formatMoneyRange([2_000, 2_000])).toBe('$2k');
    expect(formatMoney(2_000)).toBe('$2k');
  });

  it('keeps huge numbers short', () => {
    expect(formatMoneyRange([1e15, 2e15])).toBe('$1000T–2000T');
  });
});

describe('week formatting', () => {
  it('uses weeks for short ranges and months for long ones', () => {
    expect(formatWeeksRange([4, 8])).toBe('4–8 weeks');
    expect(formatWeeksRange([4.5, 9])).toBe('4.5–9 weeks');
    expect(formatWeeksRange([0, 0.5])).toBe('0–0.5 weeks');
    expect(formatWeeksRange([13, 26])).toBe('3–6 months');
    expect(formatWeeksRange([8, 26])).toBe('2–6 months');
    expect(formatWeeksRange([20, 41])).toBe('5–9 months');
  });

  it('handles single values and zero', () => {
    expect(formatWeeksRange([1, 1])).toBe('1 week');
    expect(formatWeeksRange([0, 0])).toBe('0 weeks');
    expect(formatWeeksRange([26, 26])).toBe('about 6 months');
  });

  it('keeps exact ranges in weeks however long they are', () => {
    expect(formatWeeksExact([20, 41])).toBe('20–41 weeks');
    expect(formatWeeksExact([0, 0.5])).toBe('0–0.5 weeks');
  });

  it('formats shares and percentages', () => {
    expect(formatShareRange([0.4, 0.6])).toBe('40–60%');
    expect(formatPercentRange([40, 70])).toBe('40–70%');
    expect(formatPercentRange([50, 50])).toBe('50%');
  });
});

describe('formatNumber without Intl', () => {
  /** What Intl writes, with its "-0" for a negative that rounds to zero read as the plain 0 a plan shows. */
  const intl = (n: number, decimals: 0 | 1 | 2 | 3) => {
    const text = new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals }).format(n);
    return text === '-0' ? '0' : text;
  };

  it('writes every number as Intl.NumberFormat("en-US") does, at every number of decimals', () => {
    const samples = [
      0,
      -0,
      1,
      999,
      1000,
      10_000_000,
      1234.5,
      0.1,
      0.0005,
      2.0004,
      -1234.5678,
      4.475,
      1e15 + 0.5,
      1e-7,
    ];
    for (const decimals of [0, 1, 2, 3] as const) {
      for (const n of samples)
        expect(formatNumber(n, decimals), `${n} to ${decimals}`).toBe(intl(n, decimals));
      fc.assert(
        fc.property(fc.double({ min: -1e16, max: 1e16, noNaN: true }), (n) => {
          expect(formatNumber(n, decimals)).toBe(intl(n, decimals));
        }),
        { numRuns: 1000 },
      );
    }
  });

  it('matches every bound of the question catalogue', () => {
    for (const q of questions)
      if (q.kind === 'number')
        for (const n of [q.min, q.max]) expect(formatNumber(n, 3)).toBe(n.toLocaleString('en-US'));
  });
});
